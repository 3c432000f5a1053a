using System.Globalization;
using System.Text.RegularExpressions;
using AsciiAssets.Build.Tests.Support;
using Xunit.Abstractions;

namespace AsciiAssets.Build.Tests;

/// <summary>What the integration adds to a build that has nothing to render: the no-op fast path.</summary>
public sealed class NoOpBuildCostTests(ITestOutputHelper output)
{
    private const int Videos = 20;

    [Fact]
    public void A_no_op_build_with_twenty_up_to_date_videos_spends_well_under_300_ms_in_the_video_targets()
    {
        var project = ConsumerProject.Console("NoOp");
        for (var i = 0; i < Videos; i++)
        {
            project.Write($"videos/clip{i:00}.video.yaml", Specs.Tiny(seed: 100 + i));
        }

        var first = project.Build();
        first.ExitCode.Should().Be(0, first.ToString());

        var noOp = project.Build("--no-restore", "-clp:PerformanceSummary");

        noOp.ExitCode.Should().Be(0, noOp.ToString());
        noOp.Output.Should().NotContain("AsciiVideo: rendered");
        var targetSummary = noOp.Output[noOp.Output.IndexOf("Target Performance Summary:", StringComparison.Ordinal)..noOp.Output.IndexOf("Task Performance Summary:", StringComparison.Ordinal)];
        var targets = Regex.Matches(targetSummary, @"^\s*(?<ms>\d+) ms\s+(?<target>\S*AsciiVideo\S*)\s+\d+ calls", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["target"].Value, m => int.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture));
        targets.Should().ContainKey("RenderAsciiVideos", noOp.Output);
        var total = targets.Values.Sum();
        output.WriteLine($"No-op build with {Videos} up-to-date videos: {total} ms in the AsciiVideo targets ({string.Join(", ", targets.Select(t => $"{t.Key} {t.Value} ms"))}).");
        total.Should().BeLessThan(300);
    }
}
