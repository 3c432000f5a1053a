using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AsciiAssets.Build.Tasks;

/// <summary>Turns the engine's output lines into MSBuild log events and remembers which outputs it finished.</summary>
internal sealed class EngineLogReporter
{
    // Output paths come back as the engine received them; case-insensitive so Windows paths compare equal.
    private static readonly StringComparer PathComparer = StringComparer.OrdinalIgnoreCase;

    private readonly TaskLoggingHelper _log;
    private readonly string _projectFile;
    private readonly IReadOnlyDictionary<string, string> _displayNames;
    private readonly bool _missingFfmpegIsWarning;
    private readonly HashSet<string> _finished = new(PathComparer);

    /// <param name="projectFile">Where diagnostics about the build's settings point.</param>
    /// <param name="displayNames">Output path → the name shown in messages (the video's path in the build output).</param>
    /// <param name="missingFfmpegIsWarning">AsciiVideoMissingFfmpeg=warning: a missing ffmpeg warns and the build goes on.</param>
    public EngineLogReporter(TaskLoggingHelper log, string projectFile, IEnumerable<KeyValuePair<string, string>> displayNames, bool missingFfmpegIsWarning = false)
    {
        _log = log;
        _projectFile = projectFile;
        _displayNames = displayNames.ToDictionary(p => p.Key, p => p.Value, PathComparer);
        _missingFfmpegIsWarning = missingFfmpegIsWarning;
    }

    public int ErrorCount { get; private set; }

    /// <summary>Whether the engine could not find ffmpeg (reported once, however many videos needed it).</summary>
    public bool FfmpegMissing { get; private set; }

    /// <summary>Whether the engine reported the output rendered or up to date, so its fingerprint can be trusted.</summary>
    public bool Finished(string output) => _finished.Contains(output);

    public void Report(string rawLine)
    {
        var line = EngineOutputParser.Parse(rawLine);
        switch (line.Kind)
        {
            case EngineLineKind.Error when line.Code == MissingFfmpeg.EngineCode:
                ReportMissingFfmpeg(line.Message);
                break;
            case EngineLineKind.Error:
                ErrorCount++;
                _log.LogError(null, line.Code, null, line.File, line.Line, line.Column, 0, 0, line.Message);
                break;
            case EngineLineKind.Warning:
                _log.LogWarning(null, line.Code, null, line.File, line.Line, line.Column, 0, 0, line.Message);
                break;
            case EngineLineKind.Info:
                _log.LogMessage(MessageImportance.Normal, line.Message);
                break;
            case EngineLineKind.Detail:
                _log.LogMessage(MessageImportance.Low, line.Message);
                break;
            case EngineLineKind.Rendered:
                _finished.Add(line.Message);
                _log.LogMessage(MessageImportance.High, $"AsciiVideo: rendered {DisplayName(line.Message)}");
                break;
            case EngineLineKind.UpToDate:
                // The engine's own detail line has already said why.
                _finished.Add(line.Message);
                break;
            case EngineLineKind.Failed:
                // Its error has already been reported.
                break;
            case EngineLineKind.Stored:
                _finished.Add(line.Message);
                _log.LogMessage(MessageImportance.High, $"AsciiVideo: this shard's segments of {DisplayName(line.Message)} are in the cache");
                break;
            default:
                _log.LogMessage(MessageImportance.Normal, line.Message);
                break;
        }
    }

    /// <summary>The engine names its command line's options; inside a build the project and its properties are what to change.</summary>
    private void ReportMissingFfmpeg(string engineMessage)
    {
        if (FfmpegMissing)
        {
            return;
        }

        FfmpegMissing = true;
        if (_missingFfmpegIsWarning)
        {
            _log.LogWarning(null, TaskDiagnostics.FfmpegMissingWarning, null, _projectFile, 0, 0, 0, 0, MissingFfmpeg.WarningMessage(engineMessage));
        }
        else
        {
            ErrorCount++;
            _log.LogError(null, MissingFfmpeg.EngineCode, null, _projectFile, 0, 0, 0, 0, MissingFfmpeg.ErrorMessage(engineMessage));
        }
    }

    private string DisplayName(string output) =>
        _displayNames.TryGetValue(output, out var name) ? name : output;
}
