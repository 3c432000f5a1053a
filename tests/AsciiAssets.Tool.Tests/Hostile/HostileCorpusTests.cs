using System.Text.RegularExpressions;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Hostile;

/// <summary>
/// Every case of the generated hostile corpus, run as a user runs the tool (validate, then render): a coded error
/// with its exit code and position, or a correct render; never a stack trace, a file outside the output folder, a
/// child process left running, a temporary file left behind, or a changed previous output.
/// </summary>
[Collection(ToolCollection.Name)]
public class HostileCorpusTests
{
    private const string Previous = "the previous render";

    public static IEnumerable<object[]> CaseNames => HostileCorpus.Cases.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(CaseNames))]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Hostile_input_gets_a_coded_error_or_a_correct_render_and_nothing_escapes(string name)
    {
        var hostile = HostileCorpus.Cases.Single(c => c.Name == name);
        using var box = new Sandbox();
        hostile.Arrange?.Invoke(box);
        var spec = box.Videos(hostile.SpecFile);
        if (!File.Exists(spec) && new FileInfo(spec).LinkTarget is null)
        {
            File.WriteAllText(spec, hostile.Spec(box));
        }

        File.WriteAllText(box.Out("demo.mp4"), Previous);
        var before = box.Snapshot();
        var environment = new Dictionary<string, string?> { ["TMPDIR"] = box.Temp };

        var validate = await ToolProcess.RunToolAsync(box.Project, environment, "validate", "videos");
        var render = await ToolProcess.RunToolAsync(box.Project, environment, "render", "videos", "--out-dir", "out", "--workers", "1", "--encoder", "libx264", "--quality", "draft");

        var expected = hostile.Outcome;
        foreach (var (command, result) in new[] { ("validate", validate), ("render", render) })
        {
            result.AllOutput.Should().NotContain("   at ", $"{command} prints no stack trace").And.NotContain("Unhandled exception");
            result.ExitCode.Should().Be(expected.ExitCode, $"{command}: {result.AllOutput}");
            if (expected.Code is { } code)
            {
                result.AllOutput.Should().MatchRegex(Position(spec, expected) + Regex.Escape($"error {code}: "), $"{command} reports {code} at its position");
            }
        }

        box.Snapshot().Should().Equal(before, "nothing outside the output folder is written or changed");
        Directory.EnumerateFileSystemEntries(box.Temp).Should().BeEmpty("no temporary file or socket is left behind");
        Processes.Named(box.Root).Should().BeEmpty("no child process outlives the tool");
        var outputs = Directory.GetFiles(box.Out(""), "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(box.Out(""), p)).ToArray();
        outputs.Where(p => p.Contains(".tmp", StringComparison.Ordinal)).Should().BeEmpty();
        if (expected.ExitCode != 0)
        {
            File.ReadAllText(box.Out("demo.mp4")).Should().Be(Previous, "a failed render keeps the previous output");
            outputs.Where(p => !p.StartsWith(".ascii-assets", StringComparison.Ordinal)).Should().Equal("demo.mp4");
            return;
        }

        var rendered = outputs.Where(p => p.EndsWith(".mp4", StringComparison.Ordinal) && !p.StartsWith(".ascii-assets", StringComparison.Ordinal))
            .Select(p => box.Out(p))
            .Where(p => File.ReadAllText(p) != Previous)
            .Should().ContainSingle("one video is rendered").Subject;
        var streams = await Media.ProbeAsync(rendered);
        streams.Should().Contain(s => s.CodecType == "video" && s.CodecName == "h264" && s.Width == 64 && s.Height == 36 && s.Frames == 6);
        if (hostile.Spec(box).Contains("audio:", StringComparison.Ordinal))
        {
            streams.Should().Contain(s => s.CodecType == "audio" && s.CodecName == "aac");
        }
    }

    [Fact]
    public void The_corpus_covers_every_group_of_the_issue()
    {
        var groups = HostileCorpus.Cases.GroupBy(c => c.Name.Split(':')[0]).ToDictionary(g => g.Key, g => g.Count());
        groups.Keys.Should().BeEquivalentTo("output", "spec file name", "audio name", "image name", "footage name", "audio content", "image content", "footage content", "value", "file");
        HostileCorpus.Cases.Count.Should().BeGreaterThan(100);
        HostileCorpus.Cases.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        HostileCorpus.Cases.Count(c => c.Outcome.ExitCode == 0).Should().BeGreaterThan(20, "hostile-looking but legal names must render");
    }

    /// <summary>The canonical origin the tool prints: the spec's full path (control characters as U+XXXX) and line and column.</summary>
    private static string Position(string spec, Outcome outcome)
    {
        var path = Regex.Escape(string.Concat(spec.Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString())));
        return outcome.Line switch
        {
            null => path + @"(\(\d+,\d+\))?: ",
            0 => path + ": ",
            var line when outcome.Column is null => path + Regex.Escape($"({line},") + @"\d+\): ",
            var line => path + Regex.Escape($"({line},{outcome.Column}): "),
        };
    }
}
