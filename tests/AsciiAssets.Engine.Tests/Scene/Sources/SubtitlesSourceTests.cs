using AsciiAssets.Scene;
using AsciiAssets.Scene.Sources;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Sources;

public class SubtitlesSourceTests
{
    private static readonly string Srt = TestFiles.Write("lyrics.srt", "1\n00:00:00,500 --> 00:00:01,000\nFirst line\n\n2\n00:00:01,000 --> 00:00:02,000\nSecond\ncue\n");

    private static string Spec(string animation = "") => TestRender.LayerSpec(
        $"source: {{ type: subtitles, file: \"{TestFiles.Relative(Srt)}\"{animation} }}\ngrid: xxl\ncolor: {{ type: fixed, color: \"#ffffff\" }}", size: "320x180");

    [Theory]
    [InlineData("", 9, "9be5a491a4c0f2fd")]
    [InlineData("", 15, "f4dfa1b2504b6133")]
    [InlineData(", animation: { type: typewriter, duration: 0.5 }", 14, "dbcf42d93ec42df9")]
    public void Matches_golden_hash(string animation, int frame, string expected) => TestRender.ShouldMatchGolden(Spec(animation), frame, expected);

    [Fact]
    public void Each_cue_shows_from_its_start_until_its_end_in_video_time()
    {
        var source = new SubtitlesSource(new InputFile("lyrics.srt", Srt));
        var (executor, cells, atlas, grid) = Probe.Source(source);
        string Shown(int frame)
        {
            executor.Render(Probe.At(frame), cells);
            return string.Concat(Enumerable.Range(0, cells.Count).Where(i => cells.Coverage[i] > 0).Select(i => atlas.Characters[cells.Glyphs[i]]));
        }

        // 12 fps: cue 1 covers frames 6 to 11, cue 2 frames 12 to 23.
        Shown(5).Should().BeEmpty();
        Shown(6).Should().Be("Firstline");
        Shown(11).Should().Be("Firstline");
        Shown(12).Should().Be("Secondcue");
        Shown(24).Should().BeEmpty();
        executor.Render(Probe.At(12), cells);
        Enumerable.Range(0, cells.Count).Where(i => cells.Coverage[i] > 0).Select(i => i / grid.Columns).Distinct().Should().HaveCount(2, "a cue's lines are rows");
    }
}
