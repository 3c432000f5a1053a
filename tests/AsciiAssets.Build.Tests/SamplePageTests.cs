using System.Text.Json;
using AsciiAssets.Build.Tests.Support;
using AsciiAssets.Tests.Shared;
using PuppeteerSharp;

namespace AsciiAssets.Build.Tests;

/// <summary>
/// The sample project as a user builds it (`dotnet build sample-project`, Debug: the draft profile), its page served
/// by a real nginx and opened in Debian's headless chromium: every video's generated snippet is in the page, and every
/// video loads and plays from its WebM, with the MP4 after it as the fallback that also plays, and its poster; and the
/// transparent loop really has alpha in the browser, with the page's backdrop showing through it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class SamplePageTests
{
    /// <summary>Debian's chromium; .ci/run installs it (apt-get install chromium).</summary>
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>The page's videos in page order, with their posters' extensions (the transparent loop's PNG keeps its alpha).</summary>
    private static readonly (string Name, string Poster)[] Videos = [("logo-rain", "jpg"), ("title-fire", "jpg"), ("plasma-crt", "jpg"), ("glyph-halo", "png")];

    /// <summary>The transparent loop's MP4 matte (glyph-halo.video.yaml), what Safari shows where the WebM is transparent.</summary>
    private static readonly int[] Matte = [0x0b, 0x10, 0x20];

    /// <summary>
    /// Stops the transparent loop (playing from its WebM) at 1 s, draws that frame into a canvas (the video is same
    /// origin, so the canvas can be read) and reports its alpha: how many pixels are clear, partly and fully opaque,
    /// points well inside clear and opaque areas, and where the frame lies in its backdrop. Then the same for its MP4:
    /// the colour it shows at the clear points.
    /// </summary>
    private const string ReadTransparentFrame = """
        async () => {
          const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
          const frameAt = async (video, seconds) => {
            video.muted = true;
            try { await video.play(); } catch (e) { }
            const start = performance.now();
            while ((video.readyState < 2 || video.currentTime < 0.3) && !video.error && performance.now() - start < 20000) {
              await wait(50);
            }
            video.pause();
            await new Promise(resolve => { video.addEventListener('seeked', resolve, { once: true }); video.currentTime = seconds; });
            await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const canvas = document.createElement('canvas');
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            const context = canvas.getContext('2d');
            context.drawImage(video, 0, 0);
            return context.getImageData(0, 0, canvas.width, canvas.height);
          };
          const video = document.querySelector('.backdrop video');
          const frame = await frameAt(video, 1);
          const { width, height, data } = frame;
          const alpha = (x, y) => data[(y * width + x) * 4 + 3];
          const counts = { clear: 0, partial: 0, opaque: 0, nearlyOpaque: 0 };
          for (let i = 3; i < data.length; i += 4) {
            counts[data[i] === 0 ? 'clear' : data[i] === 255 ? 'opaque' : 'partial']++;
            counts.nearlyOpaque += data[i] >= 200 ? 1 : 0;
          }
          // Clear points inside a clear 5x5 block, so neither the video's scaling nor its chroma reaches them; glyph points
          // where the alpha is 200 or more (strokes are a pixel or two wide, the alpha plane is full resolution).
          const all = (x, y, reach, test) => {
            for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) if (!test(alpha(x + dx, y + dy))) return false;
            return true;
          };
          const clearPoints = [], opaquePoints = [];
          for (let y = 2; y < height - 2; y += 2) for (let x = 2; x < width - 2; x += 2) {
            if (all(x, y, 2, a => a === 0)) clearPoints.push([x, y]);
            else if (alpha(x, y) >= 200) opaquePoints.push([x, y]);
          }
          const box = video.getBoundingClientRect(), backdrop = video.parentElement.getBoundingClientRect();
          const mp4 = document.createElement('video');
          mp4.src = [...video.querySelectorAll('source')].find(s => s.type === 'video/mp4').src;
          const flat = await frameAt(mp4, 1);
          const mp4Colors = clearPoints.filter((_, i) => i % 97 === 0).map(([x, y]) => [...flat.data.slice((y * width + x) * 4, (y * width + x) * 4 + 4)]);
          return JSON.stringify({ currentSrc: video.currentSrc, width, height, ...counts, clearPoints, opaquePoints, mp4Colors,
            left: box.left - backdrop.left, top: box.top - backdrop.top, shownWidth: box.width, shownHeight: box.height });
        }
        """;

    /// <summary>Two PNG screenshots (base64) of the backdrop, decoded in the page: the RGB of each at the given points.</summary>
    private const string PixelsOfScreenshots = """
        async (shown, hidden, points) => {
          const decode = async base64 => {
            const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + base64)).blob());
            const canvas = document.createElement('canvas');
            canvas.width = bitmap.width;
            canvas.height = bitmap.height;
            const context = canvas.getContext('2d');
            context.drawImage(bitmap, 0, 0);
            return context.getImageData(0, 0, bitmap.width, bitmap.height);
          };
          const at = (image, [x, y]) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
          const [a, b] = [await decode(shown), await decode(hidden)];
          return JSON.stringify(points.map(p => ({ shown: at(a, p), hidden: at(b, p) })));
        }
        """;

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
            var (name, posterExtension) = Videos[i];
            var sources = video.GetProperty("sources").EnumerateArray().Select(s => (Src: s.GetProperty("src").GetString()!, Type: s.GetProperty("type").GetString()!)).ToArray();
            sources.Select(s => s.Src[(server.Url.Length + 1)..]).Should().Equal([$"videos/{name}.webm", $"videos/{name}.mp4"], "WebM first, then the MP4");
            sources[0].Type.Should().StartWith("video/webm");
            sources[1].Type.Should().Be("video/mp4");
            video.GetProperty("poster").GetString().Should().Be($"{server.Url}/videos/{name}.poster.{posterExtension}");
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

        await TheTransparentLoopShowsThePageThroughItsGlyphs(page, site);

        failures.Should().BeEmpty("every file of the page loads");
        server.AccessLog.Should().Contain("/videos/logo-rain.webm").And.Contain("/videos/plasma-crt.poster.jpg").And.Contain("/videos/glyph-halo.mp4");
    }

    /// <summary>
    /// The WebM's frame in the browser has alpha: clear pixels and fully opaque glyphs. Screenshots of its backdrop with
    /// the video shown and hidden agree where the frame is clear (the gradient shows through unchanged) and differ on
    /// the glyphs; the MP4 shows its matte where the WebM is clear.
    /// </summary>
    private static async Task TheTransparentLoopShowsThePageThroughItsGlyphs(IPage page, string site)
    {
        var frame = JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(ReadTransparentFrame)).RootElement;
        var because = $"glyph-halo at 1 s: {frame.GetProperty("clear")} clear, {frame.GetProperty("partial")} partial, {frame.GetProperty("opaque")} opaque, {frame.GetProperty("nearlyOpaque")} at 200 or more";
        frame.GetProperty("currentSrc").GetString().Should().EndWith("/videos/glyph-halo.webm", "Chromium plays VP9 alpha from the WebM");
        var (width, height) = (frame.GetProperty("width").GetInt32(), frame.GetProperty("height").GetInt32());
        (width, height).Should().Be((640, 360));
        frame.GetProperty("clear").GetInt32().Should().BeGreaterThan(width * height / 4, because);
        // Glyph strokes are a pixel or two wide and VP9 codes the alpha lossily (draft CRF 40): few pixels stay at exactly 255.
        frame.GetProperty("opaque").GetInt32().Should().BeGreaterThan(0, because);
        frame.GetProperty("nearlyOpaque").GetInt32().Should().BeGreaterThan(100, because);
        var clearPoints = Points(frame.GetProperty("clearPoints"));
        var opaquePoints = Points(frame.GetProperty("opaquePoints"));
        clearPoints.Should().HaveCountGreaterThan(100, because);
        opaquePoints.Should().HaveCountGreaterThan(20, because);
        foreach (var color in frame.GetProperty("mp4Colors").EnumerateArray())
        {
            var rgb = color.EnumerateArray().Select(c => c.GetInt32()).ToArray();
            rgb.Take(3).Zip(Matte, (got, want) => Math.Abs(got - want)).Should().OnlyContain(d => d <= 6, $"the MP4 shows its matte #0b1020 where the WebM is clear: {string.Join(',', rgb)}");
        }

        // The frame is shown at its own size, one video pixel per screen pixel.
        (frame.GetProperty("shownWidth").GetDouble(), frame.GetProperty("shownHeight").GetDouble()).Should().Be((width, height));
        var (left, top) = ((int)Math.Round(frame.GetProperty("left").GetDouble()), (int)Math.Round(frame.GetProperty("top").GetDouble()));
        var backdrop = await page.QuerySelectorAsync(".backdrop");
        var shown = await backdrop.ScreenshotBase64Async(new ElementScreenshotOptions { Type = ScreenshotType.Png });
        await page.EvaluateExpressionAsync("document.querySelector('.backdrop video').style.visibility = 'hidden'");
        var hidden = await backdrop.ScreenshotBase64Async(new ElementScreenshotOptions { Type = ScreenshotType.Png });
        await File.WriteAllBytesAsync(Path.Combine(site, "..", "glyph-halo-on-the-page.png"), Convert.FromBase64String(shown));
        await File.WriteAllBytesAsync(Path.Combine(site, "..", "glyph-halo-backdrop.png"), Convert.FromBase64String(hidden));

        var onScreen = clearPoints.Concat(opaquePoints).Select(p => new[] { left + p[0], top + p[1] }).ToArray();
        var pixels = JsonDocument.Parse(await page.EvaluateFunctionAsync<string>(PixelsOfScreenshots, shown, hidden, onScreen)).RootElement.EnumerateArray()
            .Select(p => (Shown: Rgb(p.GetProperty("shown")), Hidden: Rgb(p.GetProperty("hidden")))).ToArray();
        var clear = pixels[..clearPoints.Length];
        var glyphs = pixels[clearPoints.Length..];
        clear.Should().OnlyContain(p => Distance(p.Shown, p.Hidden) <= 6, "where the frame is clear the screenshot is the backdrop itself");
        clear.Select(p => string.Join(',', p.Hidden)).Distinct().Should().HaveCountGreaterThan(20, "what shows through is the gradient, not one flat colour");
        clear.Should().Contain(p => p.Hidden.Sum() > 200, "the gradient's bright end shows through, not black");
        glyphs.Count(p => Distance(p.Shown, p.Hidden) > 40).Should().BeGreaterThan(glyphs.Length * 9 / 10, "the opaque glyphs cover the backdrop");
    }

    private static int[][] Points(JsonElement points) => points.EnumerateArray().Select(p => p.EnumerateArray().Select(c => c.GetInt32()).ToArray()).ToArray();

    private static int[] Rgb(JsonElement color) => color.EnumerateArray().Select(c => c.GetInt32()).ToArray();

    private static int Distance(int[] a, int[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Sum();
}
