using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>Rendered videos behave like any build output: copied, published and cleaned.</summary>
public sealed class BuildOutputTests
{
    [Fact]
    public void Videos_are_published_skipped_on_request_and_removed_by_clean()
    {
        var project = ConsumerProject.Console("Outputs");
        project.Write("media/logo.video.yaml", Specs.Tiny(seed: 4));
        var video = project.RenderedVideo("media/logo.mp4");
        var copy = project.PathOf("bin/Debug/net10.0/media/logo.mp4");

        var build = project.Build();
        build.ExitCode.Should().Be(0, build.ToString());
        Media.IsMp4(copy).Should().BeTrue(build.Output);

        // Publish builds in Release: it renders there too, at that configuration's quality.
        var publish = project.Run("publish", "-o", project.PathOf("published"));
        publish.ExitCode.Should().Be(0, publish.ToString());
        Media.IsMp4(project.PathOf("published/media/logo.mp4")).Should().BeTrue(publish.Output);

        project.Write("media/later.video.yaml", Specs.Tiny(seed: 12));
        var skipped = project.Build("-p:SkipAsciiVideoRendering=true");
        skipped.ExitCode.Should().Be(0, skipped.ToString());
        skipped.Output.Should().NotContain("AsciiVideo: rendered");
        File.Exists(project.PathOf("bin/Debug/net10.0/media/later.mp4")).Should().BeFalse("rendering was skipped");
        Media.IsMp4(copy).Should().BeTrue("videos from earlier builds are still copied");

        var clean = project.Run("clean");
        clean.ExitCode.Should().Be(0, clean.ToString());
        File.Exists(video).Should().BeFalse("clean removes the rendered video");
        File.Exists(video + ".fingerprint").Should().BeFalse();
        File.Exists(video + ".inputs").Should().BeFalse();
        File.Exists(copy).Should().BeFalse("clean removes the copy in the output folder");
    }

    [Fact]
    public void Item_metadata_names_the_output_and_sets_its_quality()
    {
        var project = ConsumerProject.Create("Metadata", """
            <PropertyGroup>
              <TargetFramework>net10.0</TargetFramework>
              <EnableDefaultAsciiVideoItems>false</EnableDefaultAsciiVideoItems>
            </PropertyGroup>
            <ItemGroup>
              <AsciiVideo Include="specs/banner.video.yaml" OutputLink="wwwroot/media/hero.mp4" Quality="preview" />
            </ItemGroup>
            """);
        project.Write("specs/banner.video.yaml", Specs.Tiny(seed: 5));
        project.Write("specs/ignored.video.yaml", Specs.Tiny(seed: 6));

        var build = project.Build();

        build.ExitCode.Should().Be(0, build.ToString());
        Media.IsMp4(project.PathOf("bin/Debug/net10.0/wwwroot/media/hero.mp4")).Should().BeTrue(build.Output);
        File.ReadAllText(project.PathOf("obj/Debug/net10.0/asciivideo/asciivideo.settings")).Should().Contain("|preview");
        Directory.EnumerateFiles(project.PathOf("bin"), "ignored*", SearchOption.AllDirectories).Should().BeEmpty("the default glob is off");
    }
}
