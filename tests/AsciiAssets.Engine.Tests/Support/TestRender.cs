using System.IO.Hashing;
using System.Runtime.CompilerServices;
using AsciiAssets.Frames;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;

namespace AsciiAssets.Tests.Support;

/// <summary>Renders single frames of an in-memory spec, for golden hashes and pixel checks.</summary>
public static class TestRender
{
    /// <summary>A machine description fixed for tests, so 'auto' never depends on the test host.</summary>
    public static readonly HardwareInfo FixedHardware = new(8, 16L << 30, "linux-x64");

    public static LoadedSpec Parse(string yaml, string fileName = "test.video.yaml")
    {
        var path = Path.Combine(Path.GetTempPath(), "ascii-assets-tests", fileName);
        return SpecLoader.Parse(path, yaml);
    }

    public static RenderPlan Plan(string yaml, QualityName quality = QualityName.Production) =>
        RenderPlanner.Plan(Parse(yaml), new RenderOptions(Quality: quality));

    /// <summary>Renders one frame and returns its rgb24 bytes.</summary>
    public static byte[] Frame(RenderPlan plan, int frame)
    {
        using var renderer = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(frame, buffer);
        return buffer.Pixels.ToArray();
    }

    /// <summary>Renders one frame of a transparent spec: its premultiplied rgb24 bytes, its alpha plane and the straight RGBA the encoders read.</summary>
    public static (byte[] Rgb, byte[] Alpha, byte[] Rgba) AlphaFrame(RenderPlan plan, int frame)
    {
        using var renderer = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height, withAlpha: true);
        renderer.Render(frame, buffer);
        buffer.PackStraightRgba();
        return (buffer.Pixels.ToArray(), buffer.Alpha.ToArray(), buffer.Encoded(alpha: true).ToArray());
    }

    public static string Hash(byte[] pixels) => Convert.ToHexString(XxHash64.Hash(pixels)).ToLowerInvariant();

    public static string FrameHash(string yaml, int frame, QualityName quality = QualityName.Production) =>
        Hash(Frame(Plan(yaml, quality), frame));

    /// <summary>Renders a frame and checks its golden hash; a mismatch is written as a PNG named after the test (see <see cref="Golden"/>).</summary>
    public static void ShouldMatchGolden(string yaml, int frame, string expected, QualityName quality = QualityName.Production, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var plan = Plan(yaml, quality);
        Golden.Check(Frame(plan, frame), plan.Width, plan.Height, expected, $"{Path.GetFileNameWithoutExtension(file)}.{test}.f{frame}");
    }

    public static double Mean(byte[] pixels) => pixels.Average(b => (double)b);

    /// <summary>A one-scene, one-layer spec around a layer body, at a small size.</summary>
    public static string LayerSpec(string layerYaml, string sceneExtras = "", string size = "160x90") => $"""
        size: {size}
        fps: 12
        seed: 7
        scenes:
          - start: 0s
            end: 2s
        {Indent(sceneExtras, 4)}
            layers:
              - {Indent(layerYaml, 8).TrimStart()}
        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));
}
