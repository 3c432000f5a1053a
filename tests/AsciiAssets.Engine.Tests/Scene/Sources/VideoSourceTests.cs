using System.Reflection;
using AsciiAssets.Frames;
using AsciiAssets.Scene.Sources;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Sources;

/// <summary>Footage as characters, decoded by the ffmpeg on PATH: the sample project's four seconds of testsrc2 at 24 fps.</summary>
public class VideoSourceTests
{
    private static readonly string Root = typeof(VideoSourceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string Footage = TestFiles.Write("footage.mp4", File.ReadAllBytes(Path.Combine(Root, "sample-project", "videos", "footage.mp4")));

    private static string Spec(string source, string layer = "grid: sm\npalette: dense\ncolor: source") =>
        TestRender.LayerSpec($"source: {{ type: video, file: \"{TestFiles.Relative(Footage)}\"{source} }}\n{layer}", size: "320x180");

    public static TheoryData<string, string, int, string> Goldens => new()
    {
        { "", "grid: sm\npalette: dense\ncolor: source", 6, "fca340723d6d51b1" },
        { ", mode: edge", "grid: sm\ncolor: source", 6, "8c841b30525c9ff4" },
        { ", mode: shape", "grid: sm\npalette: dense\ncolor: source", 6, "fc74dcbd39106101" },
        { ", mode: motion, motion_gain: 6", "grid: sm\npalette: dense\ncolor: { type: fixed, color: \"#66ff99\" }", 6, "3ba8060d67ca74d4" },
        { ", dither: diffusion, gamma: 0.7", "grid: sm\npalette: minimal\ncolor: { type: palette, name: mono_green }", 6, "0866e7f853ebd5cb" },
        { ", start: 1s, speed: 2, fit: cover", "grid: sm\npalette: dense\ncolor: source", 6, "4f8852d7bbe4320c" },
        { ", length: 0.5s, end: hold", "grid: sm\npalette: dense\ncolor: source", 20, "53f3717b000d12a8" },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Matches_golden_hash(string source, string layer, int frame, string expected) =>
        TestRender.ShouldMatchGolden(Spec(source, layer), frame, expected);

    [Fact]
    public void Held_footage_shows_its_last_frame_and_looped_footage_starts_again()
    {
        string Frame(string source, int frame) => TestRender.FrameHash(Spec(source), frame);

        // 0.5 s of footage is 6 video frames at 12 fps: frame 5 shows its last frame, frame 6 its first again or its last.
        Frame(", length: 0.5s, end: hold", 20).Should().Be(Frame(", length: 0.5s, end: hold", 6)).And.NotBe(Frame(", length: 0.5s", 6));
        Frame(", length: 0.5s", 6).Should().Be(Frame("", 0));
        Frame(", start: 1s", 0).Should().Be(Frame("", 12));
    }

    [Fact]
    public void Motion_mode_shows_nothing_on_the_first_frame_and_the_moving_parts_later()
    {
        var first = TestRender.Frame(TestRender.Plan(Spec(", mode: motion")), 0);
        var later = TestRender.Frame(TestRender.Plan(Spec(", mode: motion")), 6);

        first.Distinct().Should().ContainSingle("the first footage frame has none before it: no cell has a character");
        TestRender.Mean(later).Should().BeGreaterThan(TestRender.Mean(first) + 1, "testsrc2 moves");
    }

    [Fact]
    public void A_frame_is_the_same_whichever_frame_the_renderer_starts_at()
    {
        var plan = TestRender.Plan(Spec(", mode: motion"));
        byte[] Render(params int[] frames)
        {
            using var renderer = new AsciiAssets.Rendering.FrameRenderer(plan);
            using var buffer = new FrameBuffer(plan.Width, plan.Height);
            foreach (var frame in frames)
            {
                renderer.Render(frame, buffer);
            }

            return buffer.Pixels.ToArray();
        }

        // A worker that starts a segment at frame 9 must get what one that rendered 0..9 in order gets.
        Render(9).Should().Equal(Render(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Render(20, 9).Should().Equal(Render(9));
    }

    [Fact]
    public void Showing_the_next_footage_frame_allocates_nothing()
    {
        var plan = TestRender.Plan(Spec(""));
        using var renderer = new AsciiAssets.Rendering.FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(0, buffer);
        var frame = 0;

        // Each run reads on from the running ffmpeg: a restart (a new process) only comes on a seek, which this is not.
        Probe.Allocated(() =>
        {
            for (var i = 0; i < 4; i++)
            {
                renderer.Render(++frame, buffer);
            }
        }).Should().Be(0);
    }
}
