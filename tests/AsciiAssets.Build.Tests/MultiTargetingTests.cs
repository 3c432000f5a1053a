using System.Text.RegularExpressions;
using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

public sealed class MultiTargetingTests
{
    [Fact]
    public void A_multi_targeted_library_renders_once_and_its_videos_reach_every_output_and_referencing_projects()
    {
        var library = ConsumerProject.Create("Library", """
            <PropertyGroup>
              <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
            </PropertyGroup>
            """);
        library.Write("videos/splash.video.yaml", Specs.Tiny(seed: 9));
        var app = ConsumerProject.Create("App", $"""
            <PropertyGroup>
              <OutputType>Exe</OutputType>
              <TargetFramework>net10.0</TargetFramework>
            </PropertyGroup>
            <ItemGroup>
              <ProjectReference Include="{library.ProjectFile}" />
            </ItemGroup>
            """, programCs: "System.Console.WriteLine();\n", directory: Path.Combine(library.Directory, "..", Path.GetFileName(library.Directory) + "-app"));
        var shared = library.RenderedVideo("videos/splash.mp4", intermediateFolder: "obj/Debug");

        var build = library.Build();

        build.ExitCode.Should().Be(0, build.ToString());
        Regex.Matches(build.Output, "AsciiVideo: rendered videos/splash.mp4").Should().HaveCount(1, "the outer build renders for all frameworks");
        Media.IsMp4(shared).Should().BeTrue();
        Media.IsMp4(library.PathOf("bin/Debug/net10.0/videos/splash.mp4")).Should().BeTrue();
        Media.IsMp4(library.PathOf("bin/Debug/netstandard2.0/videos/splash.mp4")).Should().BeTrue();

        var appBuild = app.Build();

        appBuild.ExitCode.Should().Be(0, appBuild.ToString());
        appBuild.Output.Should().NotContain("AsciiVideo: rendered");
        Media.IsMp4(app.PathOf("bin/Debug/net10.0/videos/splash.mp4")).Should().BeTrue("a referencing project copies the videos too");

        var clean = library.Run("clean");

        clean.ExitCode.Should().Be(0, clean.ToString());
        File.Exists(shared).Should().BeFalse();
        File.Exists(library.PathOf("bin/Debug/netstandard2.0/videos/splash.mp4")).Should().BeFalse();
    }
}
