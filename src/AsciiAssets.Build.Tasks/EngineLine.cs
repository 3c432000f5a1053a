namespace AsciiAssets.Build.Tasks;

/// <summary>What one line of the engine's `--log-format msbuild` output says.</summary>
internal enum EngineLineKind
{
    Error,
    Warning,
    /// <summary>`info: …`: why a video is rendered; shown at normal verbosity.</summary>
    Info,
    /// <summary>`detail: …`: why a video is skipped; shown at detailed verbosity.</summary>
    Detail,
    /// <summary>`rendered: &lt;output&gt;`: the job wrote a new output.</summary>
    Rendered,
    /// <summary>`uptodate: &lt;output&gt;`: the fingerprint matched and the output was kept.</summary>
    UpToDate,
    /// <summary>`failed: &lt;output&gt;`: the job failed; its error was reported on an earlier line.</summary>
    Failed,
    /// <summary>`stored: &lt;output&gt;`: a shard rendered its share of the video's segments into the cache; no output.</summary>
    Stored,
    /// <summary>Anything else, passed through as a message.</summary>
    Text,
}

internal sealed class EngineLine
{
    public EngineLine(EngineLineKind kind, string message, string? file = null, int line = 0, int column = 0, string? code = null)
    {
        Kind = kind;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        Code = code;
    }

    public EngineLineKind Kind { get; }

    /// <summary>The message, or for rendered / uptodate / failed the output path.</summary>
    public string Message { get; }

    /// <summary>The file a diagnostic points at, or its origin (`ascii-assets`) when it has no file.</summary>
    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    public string? Code { get; }
}
