using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Task = Microsoft.Build.Utilities.Task;

namespace AsciiAssets.Build.Tasks;

/// <summary>
/// Renders AsciiVideo items by running the engine in its own process (`dotnet exec`), so no native code is loaded
/// into MSBuild. The engine keeps content fingerprints and skips outputs that would not change; this task only
/// hands it the jobs, serializes concurrent builds of the same folder and turns the engine's lines into log events.
/// </summary>
public sealed class RenderAsciiVideos : Task, ICancelableTask
{
    private const string EngineName = "AsciiAssets.Tool";

    /// <summary>Quality value that leaves the choice to each spec (and to `auto` where the spec says nothing).</summary>
    private const string SpecQuality = "spec";

    private static readonly string[] Qualities = { "draft", "preview", "production", "max", "auto", SpecQuality };

    /// <summary>The engine's encoder choices (it tries a hardware one before using it).</summary>
    private static readonly string[] Encoders = { "auto", "libx264", "h264_nvenc", "h264_qsv", "h264_vaapi", "h264_videotoolbox", "h264_amf" };

    private static readonly string[] Formats = { "mp4" };

    /// <summary>What a missing ffmpeg is: an error (the default) or a warning that keeps the videos of earlier builds.</summary>
    private static readonly string[] MissingFfmpegSeverities = { "error", "warning" };

    /// <summary>How long the engine gets to stop its ffmpeg children after a cancellation before it is killed.</summary>
    private static readonly TimeSpan CancelGracePeriod = TimeSpan.FromSeconds(5);

    private readonly ManualResetEvent _cancel = new(false);

    /// <summary>The specs to render; metadata OutputPath (full path), Quality, Encoder, Format and OutputLink (the name shown in messages).</summary>
    [Required]
    public ITaskItem[] Videos { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The engine's publish output: AsciiAssets.Tool.dll with its .deps.json and .runtimeconfig.json.</summary>
    [Required]
    public string EngineDirectory { get; set; } = "";

    /// <summary>Held while the engine runs so two builds rendering into the same folder take turns.</summary>
    [Required]
    public string LockFile { get; set; } = "";

    /// <summary>The project being built: where diagnostics about its settings point.</summary>
    public string ProjectFile { get; set; } = "";

    /// <summary>The dotnet host that runs the engine; `dotnet` from PATH when empty.</summary>
    public string? DotNetHostPath { get; set; }

    public string? FfmpegPath { get; set; }

    /// <summary>Worker budget shared by all the videos; empty lets the engine choose.</summary>
    public string? MaxWorkers { get; set; }

    /// <summary>Appended verbatim to the engine's command line.</summary>
    public string? EngineArguments { get; set; }

    /// <summary>`error` (or empty) or `warning`: see <see cref="MissingFfmpegSeverities"/>.</summary>
    public string? MissingFfmpeg { get; set; }

    /// <summary>The folder specs may read files from (AsciiVideoInputRoot, by default the project's folder).</summary>
    public string? InputRoot { get; set; }

    /// <summary>How long ffmpeg may go without progress, e.g. 2m (AsciiVideoStallTimeout).</summary>
    public string? StallTimeout { get; set; }

    /// <summary>The local cache of encoded segments and videos (under obj/ by default).</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>A shared cache over HTTP (AsciiVideoCacheUrl); credentials come from the environment, never from the project.</summary>
    public string? CacheUrl { get; set; }

    /// <summary>Read the shared cache, never write it (AsciiVideoCacheReadOnly, for pull requests).</summary>
    public bool CacheReadOnly { get; set; }

    /// <summary>This build renders only share I of N into the shared cache and writes no videos (AsciiVideoShard, e.g. 2/3).</summary>
    public string? Shard { get; set; }

    public void Cancel() => _cancel.Set();

    public override bool Execute()
    {
        var engine = Path.Combine(EngineDirectory, EngineName + ".dll");
        if (!File.Exists(engine))
        {
            Error(TaskDiagnostics.EngineNotFound, $"The AsciiAssets engine was not found at '{engine}'. Restore again (AsciiAssets.Build brings the AsciiAssets.Tool package of its version, which holds the engine), or set AsciiVideoEngineDirectory to the engine's publish folder.");
            return false;
        }

        if (!ValidateVideos() || !ValidateMaxWorkers() || !ValidateMissingFfmpeg())
        {
            return false;
        }

        foreach (var folder in Videos.Select(v => Path.GetDirectoryName(OutputOf(v))).Append(Path.GetDirectoryName(LockFile)).Distinct())
        {
            Directory.CreateDirectory(folder!);
        }

        using var folderLock = AcquireLock();
        if (folderLock == null)
        {
            return false;
        }

        var jobsFile = Path.Combine(Path.GetTempPath(), $"asciivideo-{Guid.NewGuid():N}.jobs");
        try
        {
            File.WriteAllText(jobsFile, string.Concat(Videos.Select(v => JobLine(v) + "\n")), new UTF8Encoding(false));
            return RunEngine(engine, jobsFile);
        }
        finally
        {
            File.Delete(jobsFile);
        }
    }

    private bool RunEngine(string engine, string jobsFile)
    {
        var startInfo = new ProcessStartInfo(
            string.IsNullOrEmpty(DotNetHostPath) ? "dotnet" : DotNetHostPath!,
            EngineCommandLine(engine, jobsFile));
        var reporter = new EngineLogReporter(
            Log,
            ProjectFile,
            Videos.Select(v => new KeyValuePair<string, string>(OutputOf(v), v.GetMetadata("OutputLink"))),
            missingFfmpegIsWarning: string.Equals(MissingFfmpeg, "warning", StringComparison.OrdinalIgnoreCase));
        var errorOutput = new StringBuilder();

        Log.LogMessage(MessageImportance.Normal, $"AsciiVideo: {Videos.Length} video(s) may be out of date; running the engine.");
        Log.LogCommandLine(MessageImportance.Low, $"{startInfo.FileName} {startInfo.Arguments}");
        int? exitCode;
        try
        {
            exitCode = EngineProcess.Run(startInfo, reporter.Report, errorOutput, _cancel, CancelGracePeriod);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Error(TaskDiagnostics.EngineDidNotStart, $"Could not start '{startInfo.FileName}': {e.Message}. Install the .NET runtime or set AsciiVideoDotNetHostPath.");
            return false;
        }
        finally
        {
            ForgetUnfinished(reporter);
        }

        if (exitCode == null)
        {
            Log.LogMessage(MessageImportance.High, "AsciiVideo: rendering canceled.");
            return false;
        }

        var stderr = errorOutput.ToString().Trim();
        var unreported = Videos.Select(OutputOf).Where(o => !reporter.Finished(o)).ToList();
        if (exitCode != 0 && reporter.ErrorCount == 0 && !reporter.FfmpegMissing)
        {
            Error(TaskDiagnostics.EngineFailedSilently, $"The AsciiAssets engine exited with code {exitCode} without reporting an error. {stderr}".Trim());
        }
        else if (exitCode == 0 && unreported.Count > 0)
        {
            Error(TaskDiagnostics.EngineFailedSilently, $"The AsciiAssets engine exited without rendering {string.Join(", ", unreported)}. {stderr}".Trim());
        }
        else if (stderr.Length > 0)
        {
            Log.LogMessage(MessageImportance.Normal, stderr);
        }

        return !Log.HasLoggedErrors;
    }

    private string EngineCommandLine(string engine, string jobsFile)
    {
        var arguments = new List<string>
        {
            "exec",
            "--runtimeconfig", Path.Combine(EngineDirectory, EngineName + ".runtimeconfig.json"),
            "--depsfile", Path.Combine(EngineDirectory, EngineName + ".deps.json"),
            engine,
            "msbuild-render",
            "--jobs", jobsFile,
            "--cancel-on-stdin-close",
        };
        if (!string.IsNullOrEmpty(MaxWorkers))
        {
            arguments.Add("--workers");
            arguments.Add(MaxWorkers!);
        }

        foreach (var (option, value) in new[]
        {
            ("--ffmpeg", FfmpegPath),
            ("--input-root", InputRoot),
            ("--stall-timeout", StallTimeout),
            ("--cache-dir", CacheDirectory),
            ("--cache-url", CacheUrl),
            ("--shard", Shard),
        })
        {
            if (!string.IsNullOrEmpty(value))
            {
                arguments.Add(option);
                arguments.Add(value!);
            }
        }

        if (CacheReadOnly)
        {
            arguments.Add("--cache-read-only");
        }

        var commandLine = CommandLine.Join(arguments);
        return string.IsNullOrWhiteSpace(EngineArguments) ? commandLine : commandLine + " " + EngineArguments!.Trim();
    }

    /// <summary>`spec path TAB output path TAB quality TAB encoder`, the engine's jobs-file format; an empty quality defers to the spec.</summary>
    private static string JobLine(ITaskItem video)
    {
        var quality = Quality(video);
        return $"{video.GetMetadata("FullPath")}\t{OutputOf(video)}\t{(quality == SpecQuality ? "" : quality)}\t{Encoder(video)}";
    }

    private bool ValidateVideos()
    {
        foreach (var video in Videos)
        {
            if (!Qualities.Contains(Quality(video)))
            {
                Error(TaskDiagnostics.InvalidQuality, $"Quality '{video.GetMetadata("Quality")}' of AsciiVideo '{video.ItemSpec}' is not one of {string.Join(", ", Qualities)}.", video.GetMetadata("FullPath"));
            }

            if (!Encoders.Contains(Encoder(video)))
            {
                Error(TaskDiagnostics.InvalidEncoder, $"Encoder '{video.GetMetadata("Encoder")}' of AsciiVideo '{video.ItemSpec}' is not one of {string.Join(", ", Encoders)}.", video.GetMetadata("FullPath"));
            }

            if (!Formats.Contains(video.GetMetadata("Format").ToLowerInvariant()))
            {
                Error(TaskDiagnostics.UnsupportedFormat, $"Format '{video.GetMetadata("Format")}' of AsciiVideo '{video.ItemSpec}' is not supported; use {string.Join(", ", Formats)}.", video.GetMetadata("FullPath"));
            }
        }

        return !Log.HasLoggedErrors;
    }

    private bool ValidateMaxWorkers()
    {
        if (string.IsNullOrEmpty(MaxWorkers) || (int.TryParse(MaxWorkers, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers > 0))
        {
            return true;
        }

        Error(TaskDiagnostics.InvalidMaxWorkers, $"AsciiVideoMaxWorkers is '{MaxWorkers}'; it must be a whole number greater than zero, or empty to let the engine choose.");
        return false;
    }

    private bool ValidateMissingFfmpeg()
    {
        if (string.IsNullOrEmpty(MissingFfmpeg) || MissingFfmpegSeverities.Contains(MissingFfmpeg!.ToLowerInvariant()))
        {
            return true;
        }

        Error(TaskDiagnostics.InvalidMissingFfmpeg, $"AsciiVideoMissingFfmpeg is '{MissingFfmpeg}'; it must be one of {string.Join(", ", MissingFfmpegSeverities)}.");
        return false;
    }

    private FileStream? AcquireLock()
    {
        var announced = false;
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!announced)
                {
                    Log.LogMessage(MessageImportance.High, $"AsciiVideo: waiting for another build that renders into {Path.GetDirectoryName(LockFile)}.");
                    announced = true;
                }

                if (_cancel.WaitOne(TimeSpan.FromMilliseconds(250)))
                {
                    return null;
                }
            }
        }
    }

    /// <summary>
    /// Deletes the fingerprint (the target's up-to-date stamp) of every job the engine did not finish, so a failed
    /// or canceled build is never taken as up to date by the next one, whatever state the engine died in.
    /// </summary>
    private void ForgetUnfinished(EngineLogReporter reporter)
    {
        foreach (var output in Videos.Select(OutputOf).Where(o => !reporter.Finished(o)))
        {
            File.Delete(output + ".fingerprint");
        }
    }

    private static string OutputOf(ITaskItem video) => video.GetMetadata("OutputPath");

    private static string Quality(ITaskItem video) => video.GetMetadata("Quality").ToLowerInvariant();

    private static string Encoder(ITaskItem video) => video.GetMetadata("Encoder").ToLowerInvariant();

    private void Error(string code, string message, string? file = null) =>
        Log.LogError(null, code, null, file, 0, 0, 0, 0, message);
}
