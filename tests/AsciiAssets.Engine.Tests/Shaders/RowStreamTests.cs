using AsciiAssets.Frames;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class RowStreamTests
{
    // An odd height leaves a last row without a grain partner; the pattern has bright spots for the bloom.
    private const int Width = 203;
    private const int Height = 117;

    private static FrameBuffer Pattern() =>
        ShaderTestKit.Frame(Width, Height, (x, y, c) => (byte)((x * 7 + y * 13 + c * 50) % 97 == 0 ? 255 : (x * 3 + y * 5 + c * 31) % 200));

    private static IShader[] Chain(params ShaderParameters[] shaders) =>
        shaders.Select(s => s.Create(new ShaderSetup(Width, Height, 11))).ToArray();

    private static byte[] OneAfterAnother(IShader[] chain)
    {
        using var frame = Pattern();
        foreach (var shader in chain)
        {
            shader.Apply(frame, Probe.At(5));
        }

        return frame.Pixels.ToArray();
    }

    [Fact]
    public void Row_shaders_behind_a_streaming_shader_give_what_whole_frame_passes_give()
    {
        var chain = Chain(new BloomShader(Threshold: 100), new VignetteShader(0.8f), new GrainShader(30), new ScanlinesShader());
        var stream = new RowStream();
        using var frame = Pattern();

        stream.Begin(frame, Probe.At(5), chain, 1, 3);
        ((IStreamingShader)chain[0]).Apply(frame, Probe.At(5), stream);
        stream.End();

        frame.Pixels.ToArray().Should().Equal(OneAfterAnother(chain));
    }

    [Fact]
    public void A_chain_of_row_shaders_runs_band_by_band_with_the_same_result()
    {
        var chain = Chain(new GrainShader(20), new VignetteShader(1.2f), new ScanlinesShader(Spacing: 3));
        var stream = new RowStream();
        using var frame = Pattern();

        stream.Begin(frame, Probe.At(5), chain, 0, 3);
        stream.Finished(37);
        stream.Finished(90);
        stream.End();

        using var original = Pattern();
        frame.Pixels.ToArray().Should().Equal(OneAfterAnother(chain));
        frame.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray(), "the shaders changed the frame");
    }
}
