using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

/// <summary>Which input channel each output channel takes, red, green, blue in that order.</summary>
public enum ChannelOrder
{
    Rgb,
    Rbg,
    Grb,
    Gbr,
    Brg,
    Bgr,
}

[Registered("channel_swap", "Reorders the colour channels (bgr swaps red and blue): fire turns to ice, foliage to violet.")]
public sealed record ChannelSwapShader(
    [Doc("The input channels that become red, green and blue: rbg, grb, gbr, brg, bgr (rgb leaves the frame).")] ChannelOrder Order = ChannelOrder.Bgr) : MatrixShader
{
    protected override void Matrix(Span<int> weights, Span<int> offsets, float time)
    {
        var order = Order.ToString().ToLowerInvariant();
        weights.Clear();
        for (var c = 0; c < 3; c++)
        {
            weights[3 * c + "rgb".IndexOf(order[c])] = 256;
        }

        offsets.Clear();
    }
}
