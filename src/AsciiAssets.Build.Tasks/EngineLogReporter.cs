using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AsciiAssets.Build.Tasks;

/// <summary>Turns the engine's output lines into MSBuild log events and remembers which outputs it finished.</summary>
internal sealed class EngineLogReporter
{
    // Output paths come back as the engine received them; case-insensitive so Windows paths compare equal.
    private static readonly StringComparer PathComparer = StringComparer.OrdinalIgnoreCase;

    private readonly TaskLoggingHelper _log;
    private readonly IReadOnlyDictionary<string, string> _displayNames;
    private readonly HashSet<string> _finished = new(PathComparer);

    /// <param name="displayNames">Output path → the name shown in messages (the video's path in the build output).</param>
    public EngineLogReporter(TaskLoggingHelper log, IEnumerable<KeyValuePair<string, string>> displayNames)
    {
        _log = log;
        _displayNames = displayNames.ToDictionary(p => p.Key, p => p.Value, PathComparer);
    }

    public int ErrorCount { get; private set; }

    /// <summary>Whether the engine reported the output rendered or up to date, so its fingerprint can be trusted.</summary>
    public bool Finished(string output) => _finished.Contains(output);

    public void Report(string rawLine)
    {
        var line = EngineOutputParser.Parse(rawLine);
        switch (line.Kind)
        {
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
            default:
                _log.LogMessage(MessageImportance.Normal, line.Message);
                break;
        }
    }

    private string DisplayName(string output) =>
        _displayNames.TryGetValue(output, out var name) ? name : output;
}
