using System.Diagnostics;
using System.Text.Json;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;

namespace AsciiAssets.Tests.Encode.Outputs;

/// <summary>A real render of one spec into a temporary folder with the real ffmpeg and no cache, remembering what the run reported.</summary>
public sealed class OutputRun : IRenderReporter, IDisposable
{
    private readonly List<Diagnostic> _diagnostics = new();

    public OutputRun(string yaml)
    {
        Folder = Path.Combine(Path.GetTempPath(), "ascii-assets-output-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(SpecPath, yaml);
    }

    public string Folder { get; }

    public string SpecPath => Path.Combine(Folder, "demo.video.yaml");

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The jobs of the last run, as the scheduler saw them (frames rendered included).</summary>
    public IReadOnlyList<RenderJob> Jobs { get; private set; } = Array.Empty<RenderJob>();

    public string PathOf(string name) => Path.Combine(Folder, name);

    public RenderSession.Summary Render(string? ffmpeg = null, IReadOnlyList<string>? only = null, bool force = true, int workers = 2)
    {
        _diagnostics.Clear();
        var options = new RenderOptions(Quality: QualityName.Draft, Workers: workers, Force: force, FfmpegPath: ffmpeg, Encoder: AsciiAssets.Encode.EncoderChoice.Parse("libx264"), Outputs: only);
        return new RenderSession(options, this, StateLocation.HiddenFolder).RunAsync(new[] { new RenderRequest(SpecPath) }, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>ffprobe's view of a file's first video stream: codec, pixel format, size, packets counted, duration (the stream's or the container's).</summary>
    public static (string Codec, string PixelFormat, int Width, int Height, int Frames, double Seconds, string Format) Probe(string path)
    {
        var info = new ProcessStartInfo("ffprobe", new[] { "-v", "error", "-count_packets", "-print_format", "json", "-show_entries", "stream=codec_name,pix_fmt,width,height,nb_read_packets,duration:format=format_name,duration", path })
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(info)!;
        var json = JsonDocument.Parse(process.StandardOutput.ReadToEnd()).RootElement;
        process.WaitForExit();
        var stream = json.GetProperty("streams")[0];
        var format = json.GetProperty("format");
        var duration = stream.TryGetProperty("duration", out var d) ? d.GetString() : format.TryGetProperty("duration", out var f) ? f.GetString() : "0";
        return (stream.GetProperty("codec_name").GetString()!, stream.TryGetProperty("pix_fmt", out var p) ? p.GetString()! : "", stream.GetProperty("width").GetInt32(), stream.GetProperty("height").GetInt32(),
            int.Parse(stream.GetProperty("nb_read_packets").GetString()!), double.Parse(duration!, System.Globalization.CultureInfo.InvariantCulture), format.GetProperty("format_name").GetString()!);
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        lock (_diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void Info(string text)
    {
    }

    public void Detail(string text)
    {
    }

    public void RunStarting(IReadOnlyList<RenderJob> jobs, ProgressEstimate progress) => Jobs = jobs;

    public void Started(RenderJob job)
    {
    }

    public void Progress(RenderJob job, int framesDone)
    {
    }

    public void Finished(RenderJob job, JobOutcome outcome)
    {
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
