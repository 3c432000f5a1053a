using AsciiAssets.Build.Tasks;

namespace AsciiAssets.Build.Tests.Tasks;

public sealed class EngineOutputParserTests
{
    [Fact]
    public void A_canonical_error_keeps_its_file_line_column_and_code()
    {
        var line = EngineOutputParser.Parse("/src/videos/intro.video.yaml(12,5): error AA1002: Unknown key 'colour' in the layer.");

        line.Kind.Should().Be(EngineLineKind.Error);
        line.File.Should().Be("/src/videos/intro.video.yaml");
        line.Line.Should().Be(12);
        line.Column.Should().Be(5);
        line.Code.Should().Be("AA1002");
        line.Message.Should().Be("Unknown key 'colour' in the layer.");
    }

    [Fact]
    public void A_windows_path_keeps_its_drive_letter()
    {
        var line = EngineOutputParser.Parse(@"C:\site\intro.video.yaml(3,1): warning AA2001: Glyph missing.");

        line.Kind.Should().Be(EngineLineKind.Warning);
        line.File.Should().Be(@"C:\site\intro.video.yaml");
        (line.Line, line.Column, line.Code).Should().Be((3, 1, "AA2001"));
    }

    [Theory]
    [InlineData("/a/b.video.yaml(7): error AA1009: Bad time.", "/a/b.video.yaml", 7, 0)]
    [InlineData("/a/b.video.yaml: error AA1023: The spec is empty.", "/a/b.video.yaml", 0, 0)]
    [InlineData("ascii-assets: error AA3001: ffmpeg was not found.", "ascii-assets", 0, 0)]
    public void The_location_is_optional(string text, string file, int lineNumber, int column)
    {
        var line = EngineOutputParser.Parse(text);

        line.Kind.Should().Be(EngineLineKind.Error);
        (line.File, line.Line, line.Column).Should().Be((file, lineNumber, column));
    }

    [Theory]
    [InlineData("info: intro.mp4: audio music.wav changed", nameof(EngineLineKind.Info), "intro.mp4: audio music.wav changed")]
    [InlineData("detail: intro.mp4: up to date", nameof(EngineLineKind.Detail), "intro.mp4: up to date")]
    [InlineData("rendered: /obj/videos/intro.mp4", nameof(EngineLineKind.Rendered), "/obj/videos/intro.mp4")]
    [InlineData("uptodate: /obj/videos/intro.mp4", nameof(EngineLineKind.UpToDate), "/obj/videos/intro.mp4")]
    [InlineData("failed: /obj/videos/intro.mp4", nameof(EngineLineKind.Failed), "/obj/videos/intro.mp4")]
    [InlineData("Rendering frame 12 of 48", nameof(EngineLineKind.Text), "Rendering frame 12 of 48")]
    [InlineData("an error in the middle: is not a diagnostic", nameof(EngineLineKind.Text), "an error in the middle: is not a diagnostic")]
    public void Prefixed_lines_are_told_apart(string text, string kind, string message)
    {
        var line = EngineOutputParser.Parse(text);

        line.Kind.ToString().Should().Be(kind);
        line.Message.Should().Be(message);
    }
}
