using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>Every output a spec lists is a build output: copied with the spec and kind as metadata, published, up to date without an MP4, cleaned.</summary>
public sealed class DeliveredOutputsTests
{
    private const string Spec = """
        size: 64x36
        fps: 6
        seed: 5
        outputs: [webm, poster, { type: spritesheet, width: 32 }, html]
        scenes:
          - start: 0s
            end: 1s
            layers:
              - field: plasma
        """;

    private static readonly string[] Files = { "logo.webm", "logo.poster.png", "logo.sheet-0.png", "logo.sheet.json", "logo.html" };

    [Fact]
    public void Every_output_of_a_spec_is_copied_published_listed_with_its_kind_and_cleaned()
    {
        var project = ConsumerProject.Console("Delivered");
        project.Write("media/logo.video.yaml", Spec);
        project.Write("Items.targets", """
            <Project>
              <Target Name="ListDelivered" AfterTargets="Build">
                <Message Importance="high" Text="delivered: %(ContentWithTargetPath.TargetPath) kind=%(ContentWithTargetPath.Kind)" Condition="'%(ContentWithTargetPath.Kind)' != ''" />
              </Target>
            </Project>
            """);

        var build = project.Build("-p:CustomAfterMicrosoftCommonTargets=" + project.PathOf("Items.targets"));
        build.ExitCode.Should().Be(0, build.ToString());
        foreach (var file in Files)
        {
            File.Exists(project.PathOf("bin/Debug/net10.0/media/" + file)).Should().BeTrue(file);
        }

        File.Exists(project.PathOf("bin/Debug/net10.0/media/logo.mp4")).Should().BeFalse("the spec lists no mp4");
        build.Output.Should().Contain($"delivered: {Path.Combine("media", "logo.webm")} kind=webm").And.Contain($"delivered: {Path.Combine("media", "logo.sheet.json")} kind=spritesheet");

        var again = project.Build();
        again.Output.Should().NotContain("AsciiVideo: rendered", "a spec without an MP4 is up to date too");

        var publish = project.Run("publish", "-o", project.PathOf("published"));
        publish.ExitCode.Should().Be(0, publish.ToString());
        File.Exists(project.PathOf("published/media/logo.html")).Should().BeTrue(publish.Output);

        project.Run("clean").ExitCode.Should().Be(0);
        foreach (var file in Files)
        {
            File.Exists(project.PathOf("bin/Debug/net10.0/media/" + file)).Should().BeFalse(file);
            File.Exists(project.PathOf("obj/Debug/net10.0/asciivideo/media/" + file)).Should().BeFalse(file);
        }
    }
}
