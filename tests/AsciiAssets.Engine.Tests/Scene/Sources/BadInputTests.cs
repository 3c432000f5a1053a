using System.Reflection;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Sources;

/// <summary>
/// Every file a source reads that cannot serve is one coded error at the position of the key that names it: missing,
/// unreadable, truncated, not an image, not footage, subtitles with bad timing, a font that is not a font. Binding finds
/// the files that are not there or cannot be read; the media check (run by validate and render before anything renders)
/// finds the rest. Paths only ever reach ffmpeg as files, whatever they look like.
/// </summary>
public class BadInputTests
{
    private static readonly string Root = typeof(BadInputTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly byte[] LogoBytes = File.ReadAllBytes(Path.Combine(Root, "sample-project", "videos", "logo.png"));

    private static readonly byte[] FootageBytes = File.ReadAllBytes(Path.Combine(Root, "sample-project", "videos", "footage.mp4"));

    private static readonly string SpecPath = Path.Combine(TestFiles.SpecFolder, "test.video.yaml");

    /// <summary>The source on line 9 of the spec; its first value after "{ type: …, " is where <paramref name="source"/> puts it.</summary>
    private static string Spec(string source) => TestRender.LayerSpec($"source: {source}\ngrid: md");

    private static string Name(string file) => TestFiles.Relative(file);

    public static TheoryData<string, string, string> Unreadable => new()
    {
        // { type: image, file: "…" }: the value starts at column 38.
        { "{ type: image, file: \"missing.png\" }", "(9,38): error AA1007", "'missing.png' not found" },
        { $"{{ type: image, file: \"{Name(Folder("a-folder.png"))}\" }}", "(9,38): error AA1032", "cannot be read: it is a folder" },
        { $"{{ type: video, file: \"{Name(TestFiles.Write("empty.mp4", []))}\" }}", "(9,38): error AA1032", "cannot be read: it is an empty file" },
        // { type: image, frames: "…" }: column 40.
        { "{ type: image, frames: \"nothing-here/*.png\" }", "(9,40): error AA1073", "No file matches 'nothing-here/*.png'" },
        { $"{{ type: image, frames: \"{Name(TestFiles.Write("one.png", LogoBytes))}\" }}", "(9,40): error AA1072", "takes a pattern of files" },
        // { type: text, text: hi, font: "…" }: column 47.
        { "{ type: text, text: hi, font: \"missing.ttf\" }", "(9,47): error AA1007", "'missing.ttf' not found" },
        // A name that looks like an ffmpeg option or protocol is a file like any other: here one that is not there.
        { "{ type: video, file: \"concat:a.mp4|b.mp4\" }", "(9,38): error AA1007", "'concat:a.mp4|b.mp4' not found" },
        { "{ type: video, file: \"-i\" }", "(9,38): error AA1007", "'-i' not found" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_is_not_there_or_cannot_be_read_is_an_error_at_its_key(string source, string position, string message)
    {
        var act = () => TestRender.Parse(Spec(source));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Should().ContainSingle().Which.ToString()
            .Should().StartWith(SpecPath + position + ": ").And.Contain(message);
    }

    public static TheoryData<string, string, string> Unusable => new()
    {
        { $"{{ type: image, file: \"{Name(TestFiles.Write("notes.png", "these are not pixels\n"))}\" }}", "(9,38)", "is not a usable image" },
        { $"{{ type: image, file: \"{Name(TestFiles.Write("cut.png", LogoBytes[..(LogoBytes.Length / 2)]))}\" }}", "(9,38)", "is not a usable image" },
        { $"{{ type: image, file: \"{Name(TestFiles.Write("noise.jpg", Noise(4000)))}\" }}", "(9,38)", "is not a usable image" },
        { $"{{ type: video, file: \"{Name(TestFiles.Write("notes.mp4", "these are not frames\n"))}\" }}", "(9,38)", "is not usable footage" },
        { $"{{ type: video, file: \"{Name(TestFiles.Write("cut.mp4", FootageBytes[..(FootageBytes.Length / 2)]))}\" }}", "(9,38)", "is not usable footage" },
        { $"{{ type: video, file: \"{Name(TestFiles.Write("noise.mp4", Noise(20000)))}\" }}", "(9,38)", "is not usable footage" },
        // { type: subtitles, file: "…" }: column 42; the problem names the line of the SRT file.
        { $"{{ type: subtitles, file: \"{Name(TestFiles.Write("backwards.srt", "1\n00:00:03,000 --> 00:00:02,000\nbackwards\n"))}\" }}", "(9,42)", "is not usable subtitles: line 2: the cue ends at 00:00:02,000" },
        { $"{{ type: subtitles, file: \"{Name(TestFiles.Write("garbled.srt", "1\n00:00:01 -> 00:00:02\nhi\n"))}\" }}", "(9,42)", "is not usable subtitles: line 2:" },
        // { type: text, text: hi, font: "…" }: column 47.
        { $"{{ type: text, text: hi, font: \"{Name(TestFiles.Write("notes.ttf", "these are not glyphs\n"))}\" }}", "(9,47)", "is not a usable font" },
        { $"{{ type: text, text: hi, font: \"{Name(TestFiles.Write("logo.otf", LogoBytes))}\" }}", "(9,47)", "is not a usable font" },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task A_file_that_is_not_what_its_key_expects_is_an_error_at_its_key(string source, string position, string message)
    {
        var loaded = TestRender.Parse(Spec(source));

        var problems = await MediaCheck.CheckAsync(loaded, FfmpegInstall.Locate(null), CancellationToken.None);

        problems.Should().ContainSingle().Which.ToString().Should().StartWith(SpecPath + position + ": error AA1034: ").And.Contain(message);
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task Preview_finds_the_same_problems_without_ffmpeg_except_in_footage(string source, string position, string message)
    {
        var loaded = TestRender.Parse(Spec(source));

        var withoutFfmpeg = MediaCheck.CheckFiles(loaded).Select(d => d.ToString());

        var expected = (await MediaCheck.CheckAsync(loaded, FfmpegInstall.Locate(null), CancellationToken.None)).Select(d => d.ToString());
        withoutFfmpeg.Should().Equal(source.Contains("type: video", StringComparison.Ordinal) ? [] : expected, $"{message} at {position}");
    }

    [Theory]
    [InlineData("-i")]
    [InlineData("concat:footage.mp4|footage.mp4")]
    [InlineData("pipe:0")]
    [InlineData("-f lavfi -i testsrc")]
    public async Task Footage_under_a_name_ffmpeg_would_read_as_an_option_or_a_protocol_is_read_as_that_file(string name)
    {
        var file = TestFiles.Write(name, FootageBytes);
        var plan = TestRender.Plan(Spec($"{{ type: video, file: \"{Name(file)}\" }}"));

        (await MediaCheck.CheckAsync(plan.Source, FfmpegInstall.Locate(null), CancellationToken.None)).Should().BeEmpty();
        TestRender.Frame(plan, 6).Should().Equal(TestRender.Frame(TestRender.Plan(Spec($"{{ type: video, file: \"{Name(TestFiles.Write("plain.mp4", FootageBytes))}\" }}")), 6));
    }

    private static string Folder(string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(TestFiles.Write("marker", ""))!, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static byte[] Noise(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
