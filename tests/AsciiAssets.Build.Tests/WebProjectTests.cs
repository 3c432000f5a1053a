using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests;

/// <summary>
/// Real `dotnet new web` and `dotnet new blazor` projects: their videos are static web assets, served by the running
/// app through MapStaticAssets with its headers, from obj/ after a build and from wwwroot/ after a publish.
/// </summary>
public sealed class WebProjectTests
{
    [Fact]
    public async Task A_web_project_serves_a_video_routed_into_wwwroot_after_build_and_after_publish()
    {
        var project = ConsumerProject.FromTemplate("web", "WebSite");
        // The empty web template serves no files; an app with static files maps them like this.
        project.Write("Program.cs", File.ReadAllText(project.PathOf("Program.cs"))
            .Replace("var app = builder.Build();", "var app = builder.Build();\napp.MapStaticAssets();"));
        project.Write("WebSite.csproj", File.ReadAllText(project.ProjectFile).Replace("</Project>", """
              <ItemGroup>
                <AsciiVideo Update="videos/intro.video.yaml" OutputLink="wwwroot/media/intro.mp4" />
              </ItemGroup>
            </Project>
            """));
        project.Write("videos/intro.video.yaml", Specs.Tiny(seed: 21));

        var build = project.Build();

        build.ExitCode.Should().Be(0, build.ToString());
        var rendered = project.RenderedVideo("wwwroot/media/intro.mp4");
        Media.IsMp4(rendered).Should().BeTrue(build.Output);
        File.Exists(project.PathOf("bin/Debug/net10.0/wwwroot/media/intro.mp4")).Should().BeFalse("while developing the app serves it from obj/");
        using (var app = RunningWebApp.Start(project.Directory, project.Feed.Environment, "bin/Debug/net10.0/WebSite.dll", "--environment", "Development"))
        {
            var video = await GetVideo(app, "/media/intro.mp4", File.ReadAllBytes(rendered));
            video.Headers.CacheControl!.NoCache.Should().BeTrue("MapStaticAssets revalidates every asset while developing");
        }

        // Beside the project: a Razor project would take a publish folder inside it for its own content.
        var published = project.Directory + "-published";
        var publish = project.Run("publish", "-o", published);

        publish.ExitCode.Should().Be(0, publish.ToString());
        var publishedVideo = Path.Combine(published, "wwwroot", "media", "intro.mp4");
        Media.IsMp4(publishedVideo).Should().BeTrue(publish.Output);
        using (var app = RunningWebApp.Start(published, project.Feed.Environment, "WebSite.dll"))
        {
            var video = await GetVideo(app, "/media/intro.mp4", File.ReadAllBytes(publishedVideo));
            // The SDK's caching header for media files.
            video.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromHours(1));
            video.Headers.CacheControl.MustRevalidate.Should().BeTrue();

            var fingerprinted = await GetVideo(app, "/" + FingerprintedRoute(Path.Combine(published, "WebSite.staticwebassets.endpoints.json"), "media/intro"), File.ReadAllBytes(publishedVideo));
            fingerprinted.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromDays(365));
            fingerprinted.Headers.CacheControl.Extensions.Should().Contain(e => e.Name == "immutable");
        }
    }

    [Fact]
    public async Task A_blazor_app_serves_a_spec_under_wwwroot_as_its_video_and_dotnet_watch_builds_it_once()
    {
        var project = ConsumerProject.FromTemplate("blazor", "BlazorSite");
        project.Write("wwwroot/media/hero.video.yaml", Specs.Tiny(seed: 22));

        var build = project.Build();

        build.ExitCode.Should().Be(0, build.ToString());
        var rendered = project.RenderedVideo("wwwroot/media/hero.mp4");
        Media.IsMp4(rendered).Should().BeTrue(build.Output);
        using (var app = RunningWebApp.Start(project.Directory, project.Feed.Environment, "bin/Debug/net10.0/BlazorSite.dll", "--environment", "Development"))
        {
            await GetVideo(app, "/media/hero.mp4", File.ReadAllBytes(rendered));
            (await app.Client.GetAsync("/media/hero.video.yaml")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a spec is not content to serve");
        }

        // Beside the project: a Razor project would take a publish folder inside it for its own content.
        var published = project.Directory + "-published";
        var publish = project.Run("publish", "-o", published);

        publish.ExitCode.Should().Be(0, publish.ToString());
        Media.IsMp4(Path.Combine(published, "wwwroot", "media", "hero.mp4")).Should().BeTrue(publish.Output);
        File.Exists(Path.Combine(published, "wwwroot", "media", "hero.video.yaml")).Should().BeFalse();

        var development = new Dictionary<string, string?>(project.Feed.Environment) { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        using (var watch = RunningWebApp.Start(project.Directory, development, "watch", "--non-interactive", "--project", project.ProjectFile, "run", "--no-launch-profile"))
        {
            await GetVideo(watch, "/media/hero.mp4", File.ReadAllBytes(rendered));
            // A build that changed a watched file would start another build here.
            await Task.Delay(TimeSpan.FromSeconds(10));
            Regex.Matches(watch.Output, "Build succeeded").Should().HaveCount(1, watch.Output);
            watch.Output.Should().NotContain("AsciiVideo: rendered", "the video was up to date");
        }
    }

    private static async Task<HttpResponseMessage> GetVideo(RunningWebApp app, string path, byte[] expected)
    {
        var response = await app.Client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path}\n{app.Output}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("video/mp4");
        response.Headers.ETag.Should().NotBeNull("MapStaticAssets sends an ETag");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
        return response;
    }

    /// <summary>The route with the content fingerprint (e.g. media/intro.1a2b3c4d5e.mp4) that the publish manifest gives the video.</summary>
    private static string FingerprintedRoute(string endpointsManifest, string pathWithoutExtension)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(endpointsManifest));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Select(e => e.GetProperty("Route").GetString()!)
            .Single(route => Regex.IsMatch(route, $@"^{Regex.Escape(pathWithoutExtension)}\.[a-z0-9]+\.mp4$"));
    }
}
