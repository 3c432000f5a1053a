using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Colors;

[Registered("source", "Each cell keeps the colour of the image or footage under it (the layer's source gives it).")]
public sealed record SourceColor(
    [Doc("Saturation: 0 grey, 1 as in the source, 2 twice as vivid.")][Range(0, 2)] float Saturation = 1f) : ColorParameters
{
    public override IColorizer Create(Grid grid) => new Executor(this);

    /// <summary>The layer hands over the source's colours in <c>colors</c>; only the saturation changes them.</summary>
    private sealed class Executor(SourceColor p) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            var saturation = p.Saturation;
            if (saturation == 1f)
            {
                return;
            }

            for (var i = 0; i < colors.Length; i++)
            {
                var c = colors[i];
                var grey = 0.299f * c.R + 0.587f * c.G + 0.114f * c.B;
                colors[i] = new Rgb24(Channel(grey, c.R, saturation), Channel(grey, c.G, saturation), Channel(grey, c.B, saturation));
            }
        }

        private static byte Channel(float grey, byte value, float saturation)
        {
            var v = grey + (value - grey) * saturation;
            return (byte)(v <= 0 ? 0 : v >= 255 ? 255 : v + 0.5f);
        }
    }
}
