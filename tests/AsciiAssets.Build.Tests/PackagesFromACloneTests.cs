using System.Diagnostics;
using System.Text.RegularExpressions;
using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>The README's way from a clone to a project using the packages, run line for line as it is written there.</summary>
public sealed class PackagesFromACloneTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    [Fact]
    public void The_readme_commands_make_a_local_feed_install_the_tool_and_render_a_projects_video()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The README's lines are for a POSIX shell.
        }

        var root = Directory.CreateTempSubdirectory("asciiassets-clone-").FullName;
        try
        {
            var clone = Path.Combine(root, "asciiassets");
            CopyRepository(clone);
            // The README's "your project": a console game beside the clone, with one spec.
            var project = Path.Combine(root, "my-game");
            Directory.CreateDirectory(Path.Combine(project, "videos"));
            File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine();\n");
            File.WriteAllText(Path.Combine(project, "my-game.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "videos", "intro.video.yaml"), Specs.Tiny(seed: 40));

            // A machine of its own: user-wide NuGet sources, global tools and the package cache all under root.
            var home = Path.Combine(root, "home");
            var environment = new Dictionary<string, string?>(PackageFeed.Shared.Environment)
            {
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
                ["NUGET_PACKAGES"] = Path.Combine(root, "packages"),
                ["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            };

            using var shell = DotNetProcess.StartProgram("bash", clone, environment, "-euo", "pipefail", "-c", ReadmeLines());
            var result = shell.WaitForExit(Timeout);

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("dotnet ascii-assets").And.Contain("AsciiVideo: rendered videos/intro.mp4");
            Directory.GetFiles(Path.Combine(clone, "artifacts", "packages"), "*.nupkg").Select(Path.GetFileName)
                .Should().BeEquivalentTo(new[] { $"AsciiAssets.Build.{PackageFeed.Shared.Version}.nupkg", $"AsciiAssets.Tool.{PackageFeed.Shared.Version}.nupkg" });
            Media.IsMp4(Path.Combine(project, "bin", "Debug", "net10.0", "videos", "intro.mp4")).Should().BeTrue(result.Output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The shell block under "From a clone" in the README.</summary>
    private static string ReadmeLines()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var block = Regex.Match(readme, @"From a clone of this repository[^\n]*\n\n```sh\n(?<lines>.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("the README has the block");
        return block.Groups["lines"].Value;
    }

    /// <summary>What a clone holds: the files git tracks or would track, without build outputs.</summary>
    private static void CopyRepository(string destination)
    {
        var listing = Process.Start(new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
        })!;
        var files = listing.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        listing.WaitForExit(60_000).Should().BeTrue("git ls-files finishes");
        foreach (var file in files.Where(f => File.Exists(Path.Combine(Repository.Root, f))))
        {
            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repository.Root, file), target);
            if (!OperatingSystem.IsWindows())
            {
                // build/pack.sh stays executable.
                File.SetUnixFileMode(target, File.GetUnixFileMode(Path.Combine(Repository.Root, file)));
            }
        }
    }
}
