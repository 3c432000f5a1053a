using System.Text.Json;
using AsciiAssets.Build.Tests.Support;
using AsciiAssets.Tests.Shared;
using PuppeteerSharp;

namespace AsciiAssets.Build.Tests;

/// <summary>
/// The sample project as a user builds it (`dotnet build sample-project`, Debug: the draft profile), its page served
/// by a real nginx and opened in Debian's headless chromium: every video's generated snippet is in the page, and every
/// video loads and plays from its WebM, with the MP4 after it as the fallback that also plays, and its poster.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class SamplePageTests
{
    /// <summary>Debian's chromium; .ci/run installs it (apt-get install chromium).</summary>
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Videos = ["logo-rain", "title-fire", "plasma-crt"];

    /// <summary>Plays every video of the page muted, waits until each has played half a second (or failed), and reports what it saw.</summary>
    private const string PlayEveryVideo = """
        async () => {
          const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
          const play = async video => {
            video.muted = true;
            let playError = null;
            try { await video.play(); } catch (e) { playError = String(e); }
            const start = performance.now();
            while ((video.readyState < 2 || video.currentTime < 0.5) && !video.error && performance.now() - start < 20000) {
              await wait(100);
            }
            return { currentSrc: video.currentSrc, readyState: video.readyState, currentTime: video.currentTime,
                     error: video.error ? video.error.code : 0, playError, videoWidth: video.videoWidth };
          };
          const image = src => new Promise(resolve => {
            const poster = new Image();
            poster.onload = () => resolve(poster.naturalWidth);
            poster.onerror = () => resolve(0);
            poster.src = src;
          });
          const results = [];
          for (const video of document.querySelectorAll('video')) {
            const sources = [...video.querySelectorAll('source')].map(s => ({ src: s.src, type: s.type }));
            const page = await play(video);
            const fallback = document.createElement('video');
            fallback.src = (sources.find(s => s.type === 'video/mp4') || { src: '' }).src;
            const mp4 = await play(fallback);
            results.push({ sources, poster: video.poster, posterWidth: await image(video.poster), page, mp4 });
          }
          return JSON.stringify(results);
        }
        """;

    [Fact]
    public async Task The_sample_page_plays_every_video_in_headless_chromium()
    {
        File.Exists(Chromium).Should().BeTrue($"the sample page test opens the page in Debian's chromium at {Chromium}; install it with `apt-get install chromium` (.ci/run does)");
        var project = Path.Combine(Repository.Root, "sample-project");
        using (var build = DotNetProcess.Start(project, PackageFeed.BuildEnvironment(packagesFolder: null), "build"))
        {
            var result = build.WaitForExit(TimeSpan.FromMinutes(20));
            result.ExitCode.Should().Be(0, result.Output);
        }

        var site = Path.Combine(project, "bin", "Debug", "net10.0");
        var html = await File.ReadAllTextAsync(Path.Combine(site, "index.html"));
        html.Should().NotContain("<!-- video:", "every marker is replaced by its snippet");
        using var server = new NginxSite(site);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium,
            // Root in a container: no sandbox; a small /dev/shm; autoplay without a click.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required", "--mute-audio"],
        });
        await using var page = await browser.NewPageAsync();
        var failures = new List<string>();
        page.Response += (_, e) => { if ((int)e.Response.Status >= 400) lock (failures) failures.Add($"{e.Response.Status} {e.Response.Url}"); };
        page.RequestFailed += (_, e) => { if (e.Request.FailureText != "net::ERR_ABORTED") lock (failures) failures.Add($"{e.Request.FailureText} {e.Request.Url}"); };
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (failures) failures.Add("console: " + e.Message.Text); };

        var response = await page.GoToAsync(server.Url + "/index.html", WaitUntilNavigation.Load);
        response.Status.Should().Be(System.Net.HttpStatusCode.OK);
        var videos = JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(PlayEveryVideo)).RootElement.EnumerateArray().ToArray();

        videos.Should().HaveCount(Videos.Length);
        for (var i = 0; i < videos.Length; i++)
        {
            var video = videos[i];
            var name = Videos[i];
            var sources = video.GetProperty("sources").EnumerateArray().Select(s => (Src: s.GetProperty("src").GetString()!, Type: s.GetProperty("type").GetString()!)).ToArray();
            sources.Select(s => s.Src[(server.Url.Length + 1)..]).Should().Equal([$"videos/{name}.webm", $"videos/{name}.mp4"], "WebM first, then the MP4");
            sources[0].Type.Should().StartWith("video/webm");
            sources[1].Type.Should().Be("video/mp4");
            video.GetProperty("poster").GetString().Should().Be($"{server.Url}/videos/{name}.poster.jpg");
            video.GetProperty("posterWidth").GetInt32().Should().BeGreaterThan(0, $"{name}'s poster loads");
            foreach (var (played, extension) in new[] { (video.GetProperty("page"), ".webm"), (video.GetProperty("mp4"), ".mp4") })
            {
                var because = $"{name}{extension}: {played}";
                played.GetProperty("currentSrc").GetString().Should().EndWith(extension, because);
                played.GetProperty("error").GetInt32().Should().Be(0, because);
                played.GetProperty("readyState").GetInt32().Should().BeGreaterThanOrEqualTo(2, because);
                played.GetProperty("currentTime").GetDouble().Should().BeGreaterThan(0.4, because);
                played.GetProperty("videoWidth").GetInt32().Should().BeGreaterThan(0, because);
            }
        }

        failures.Should().BeEmpty("every file of the page loads");
        server.AccessLog.Should().Contain("/videos/logo-rain.webm").And.Contain("/videos/plasma-crt.poster.jpg");
    }
}
