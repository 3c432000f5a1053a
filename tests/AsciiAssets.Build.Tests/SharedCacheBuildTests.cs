using AsciiAssets.Build.Tests.Support;
using AsciiAssets.Tests.Shared;

namespace AsciiAssets.Build.Tests;

/// <summary>
/// Two copies of the sample project's videos in two projects on one machine, with one shared cache (a real nginx
/// WebDAV server on loopback): the first build renders, the second renders nothing and gets the same bytes.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SharedCacheBuildTests
{
    [Fact]
    public void A_second_project_with_the_shared_cache_renders_zero_frames_and_gets_the_same_videos()
    {
        using var nginx = new NginxCache();
        var first = SampleCopy("FirstClone", nginx.Url);
        var second = SampleCopy("SecondClone", nginx.Url);

        var built = first.Build("-v:d");
        var reused = second.Build("-v:d");

        built.ExitCode.Should().Be(0, built.ToString());
        built.Output.Should().Contain("AsciiVideo: rendered videos/logo-rain.mp4");
        reused.ExitCode.Should().Be(0, reused.ToString());
        foreach (var video in new[] { "logo-rain", "plasma-crt", "title-fire" })
        {
            // The samples deliver WebM, poster and snippet beside the MP4, so their segments come from the cache, not a whole MP4.
            reused.Output.Should().MatchRegex($@"{video}\.mp4: (\d+) of \1 segments from the cache \(0 local, \1 shared\)");
            File.ReadAllBytes(second.RenderedVideo($"videos/{video}.mp4")).Should().Equal(File.ReadAllBytes(first.RenderedVideo($"videos/{video}.mp4")), video);
        }

        reused.Output.Should().NotContain("segments to render").And.NotContain("rendering segment");
    }

    private static ConsumerProject SampleCopy(string name, string cacheUrl)
    {
        var project = ConsumerProject.Console(name, $"<AsciiVideoCacheUrl>{cacheUrl}</AsciiVideoCacheUrl>");
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "sample-project", "videos")))
        {
            Directory.CreateDirectory(project.PathOf("videos"));
            File.Copy(file, project.PathOf(Path.Combine("videos", Path.GetFileName(file))));
        }

        return project;
    }
}
