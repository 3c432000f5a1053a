using System.Diagnostics;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Hostile;

/// <summary>An output folder that cannot take the video fails before the first frame, not after all of them.</summary>
[Collection(ToolCollection.Name)]
public class OutputFolderTests
{
    [Theory]
    [InlineData("a file", "out")]
    [InlineData("below a file", "out/videos")]
    public async Task An_unusable_output_folder_fails_before_anything_renders(string label, string outDir)
    {
        using var dir = new TempFolder();
        dir.Write("long.video.yaml", Specs.Long("10m"));
        dir.Write("out", "a file where the folder should be");
        var clock = Stopwatch.StartNew();

        var result = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--out-dir", outDir, "--encoder", "libx264");

        result.ExitCode.Should().Be(3, label);
        result.StandardError.Should().Contain($"error AA3004: Could not write '{dir.File(outDir)}': the video cannot be written there:");
        result.StandardOutput.Should().NotContain("%", "not one frame is rendered");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "ten minutes of video are not rendered first");
        File.ReadAllText(dir.File("out")).Should().Be("a file where the folder should be");
    }
}
