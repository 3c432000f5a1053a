using System.Globalization;
using System.Net;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Encode.Outputs;

[Registered("html", "<output>.html: a <video autoplay muted loop playsinline> element to paste or include, with the WebM source first, the MP4 as the fallback Safari plays, the poster, and the width and height that keep the page from jumping while it loads. Needs a webm or mp4 output in the same spec.")]
public sealed record HtmlOutput(
    [Doc("Start playing at once, muted (browsers only autoplay muted video).")] bool Autoplay = true,
    [Doc("Loop the video. With a spec that has no 'loop', the loop check warns when the seam shows (AA2071).")] bool Loop = true,
    [Doc("Show the browser's playback controls (for a video with sound, which browsers autoplay only muted).")] bool Controls = false) : OutputKind
{
    /// <summary>The snippet draws no pixels: its videos carry alpha or not.</summary>
    public override bool CarriesAlpha => true;

    public override SegmentTrack? Track(RenderPlan plan) => null;

    public override IReadOnlyList<string> Files(RenderPlan plan) => new[] { Stem(plan) + ".html" };

    public override async Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token)
    {
        var plan = work.Plan;
        var name = Files(plan)[0];
        await File.WriteAllTextAsync(staged.PathOf(name), Snippet(plan, work.Outputs), token).ConfigureAwait(false);
    }

    /// <summary>The element: sources in the order a browser should try them, names relative to the snippet (they lie beside it).</summary>
    public string Snippet(RenderPlan plan, IReadOnlyList<OutputKind> outputs)
    {
        var attributes = new List<string>();
        if (Autoplay)
        {
            attributes.Add("autoplay muted");
        }

        if (Loop)
        {
            attributes.Add("loop");
        }

        if (Controls)
        {
            attributes.Add("controls");
        }

        attributes.Add("playsinline");
        if (outputs.OfType<PosterOutput>().FirstOrDefault() is { } poster)
        {
            attributes.Add($"poster=\"{Attribute(poster.Files(plan)[0])}\"");
        }

        attributes.Add(string.Create(CultureInfo.InvariantCulture, $"width=\"{plan.Width}\" height=\"{plan.Height}\""));
        var lines = new List<string> { $"<video {string.Join(' ', attributes)}>" };
        foreach (var webm in outputs.OfType<WebmOutput>())
        {
            lines.Add($"  <source src=\"{Attribute(webm.Files(plan)[0])}\" type=\"{webm.MimeType(plan)}\">");
        }

        foreach (var mp4 in outputs.OfType<Mp4Output>())
        {
            lines.Add($"  <source src=\"{Attribute(mp4.Files(plan)[0])}\" type=\"video/mp4\">");
        }

        lines.Add("</video>");
        return string.Join('\n', lines) + "\n";
    }

    private static string Attribute(string fileName) => WebUtility.HtmlEncode(Uri.EscapeDataString(fileName));
}
