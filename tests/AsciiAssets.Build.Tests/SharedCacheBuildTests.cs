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
            reused.Output.Should().Contain($"{video}.mp4: the whole video from the shared cache");
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
            var copy = project.PathOf(Path.Combine("videos", Path.GetFileName(file)));
            File.Copy(file, copy);
            if (file.EndsWith(".video.yaml", StringComparison.Ordinal))
            {
                // The MP4 alone, as the cache is what is tested: the samples' WebM, poster and snippet would triple the render.
                File.WriteAllLines(copy, File.ReadAllLines(copy).Where(line => !line.StartsWith("outputs:", StringComparison.Ordinal)));
            }
        }

        return project;
    }
}
