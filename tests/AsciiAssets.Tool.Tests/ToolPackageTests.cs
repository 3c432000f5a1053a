using System.IO.Compression;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests;

/// <summary>The tool as users get it: packed, installed with `dotnet tool install`, run by its command name.</summary>
[Collection(ToolCollection.Name)]
public class ToolPackageTests
{
    [Fact]
    public async Task Installs_as_a_dotnet_tool_trimmed_and_renders()
    {
        using var dir = new TempFolder();
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var project = Path.Combine(ToolProcess.RepositoryRoot, "src", "AsciiAssets.Tool", "AsciiAssets.Tool.csproj");
        var pack = await ToolProcess.RunAsync("dotnet", new[] { "pack", project, "-c", "Release", "-o", dir.File("feed"), $"-p:Version={version}" }, dir.Path, timeoutSeconds: 600);
        pack.ExitCode.Should().Be(0, pack.AllOutput);

        var package = dir.File($"feed/AsciiAssets.Tool.{version}.nupkg");
        new FileInfo(package).Length.Should().BeLessThan(40L << 20, "native assets are trimmed to the platforms the tool runs on");
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.Entries.Should().NotContain(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
            zip.Entries.Should().Contain(e => e.FullName.EndsWith("runtimes/linux-x64/native/libSkiaSharp.so", StringComparison.Ordinal));
            zip.Entries.Should().NotContain(e => e.FullName.Contains("runtimes/win-x86/", StringComparison.Ordinal));
        }

        var install = await ToolProcess.RunAsync("dotnet", new[] { "tool", "install", "AsciiAssets.Tool", "--version", version, "--tool-path", dir.File("tools"), "--add-source", dir.File("feed") }, dir.Path, IsolatedPackages(dir), timeoutSeconds: 300);
        install.ExitCode.Should().Be(0, install.AllOutput);

        dir.Write("demo.video.yaml", Specs.Plasma);
        var render = await ToolProcess.RunAsync(dir.File("tools/dotnet-ascii-assets"), new[] { "render", "demo.video.yaml" }, dir.Path);
        render.ExitCode.Should().Be(0, render.AllOutput);
        (await Media.ProbeAsync(dir.File("demo.mp4"))).Single().Frames.Should().Be(24);
    }

    /// <summary>Test versions go to a throwaway package cache, not the user's.</summary>
    private static Dictionary<string, string?> IsolatedPackages(TempFolder dir) => new() { ["NUGET_PACKAGES"] = dir.File("packages") };
}
