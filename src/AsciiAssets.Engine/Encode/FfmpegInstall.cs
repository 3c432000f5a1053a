using AsciiAssets.Diagnostics;

namespace AsciiAssets.Encode;

/// <summary>
/// The ffmpeg this run uses: from an option, then ASCII_ASSETS_FFMPEG, then PATH. A path may name the executable or
/// the folder holding it; ffprobe is taken from beside it, else from PATH. Nothing it runs is trusted to finish:
/// probes have a deadline and encodes a stall watchdog (<see cref="StallTimeout"/>).
/// </summary>
public sealed class FfmpegInstall
{
    public const string EnvironmentVariable = "ASCII_ASSETS_FFMPEG";

    /// <summary>How long a probe (`-version`, `-encoders`, ffprobe, an encoder trial) may take.</summary>
    public static readonly TimeSpan ProbeDeadline = TimeSpan.FromSeconds(15);

    /// <summary>How long an encode may go without progress by default.</summary>
    public static readonly TimeSpan DefaultStallTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Every ffmpeg run starts so: no banner, no reading of keys from our standard input, errors only.</summary>
    internal static readonly string[] QuietArguments = { "-hide_banner", "-nostdin", "-loglevel", "error" };

    /// <summary>Progress lines on standard output twice a second: the watchdog's sign of life.</summary>
    internal static readonly string[] ProgressArguments = { "-nostats", "-progress", "pipe:1" };

    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";

    private static readonly string ProbeName = OperatingSystem.IsWindows() ? "ffprobe.exe" : "ffprobe";

    private readonly Lazy<string> _version;
    private readonly Lazy<string?> _probePath;

    public FfmpegInstall(string executablePath)
    {
        ExecutablePath = executablePath;
        _version = new Lazy<string>(() => Run(new[] { "-hide_banner", "-version" }, "asking ffmpeg for its version").Split('\n').FirstOrDefault()?.Trim() is { Length: > 0 } line ? line : "unknown");
        _probePath = new Lazy<string?>(() =>
        {
            var beside = Path.Combine(BinaryFolder, ProbeName);
            return File.Exists(beside) ? beside : OnPath(ProbeName);
        });
    }

    public string ExecutablePath { get; }

    public string BinaryFolder => Path.GetDirectoryName(ExecutablePath)!;

    /// <summary>How long an encode may go without progress before it is killed (AA3007).</summary>
    public TimeSpan StallTimeout { get; init; } = DefaultStallTimeout;

    /// <summary>ffprobe beside ffmpeg, else on PATH; AA3001 when there is none.</summary>
    public string ProbePath => _probePath.Value
        ?? throw new AsciiAssetsException(DiagnosticDescriptors.FfmpegNotFound.Create(null, $"ffprobe is neither beside {ExecutablePath} nor on PATH; it comes with every ffmpeg package"));

    public static FfmpegInstall Locate(string? option, TimeSpan? stallTimeout = null)
    {
        var (candidate, source) = option is { Length: > 0 }
            ? (option, "--ffmpeg")
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? (fromEnvironment, EnvironmentVariable)
                : ((string?)null, "PATH");
        var timeout = stallTimeout ?? DefaultStallTimeout;
        if (candidate is not null)
        {
            var resolved = Directory.Exists(candidate) ? Path.Combine(candidate, ExecutableName) : candidate;
            if (!File.Exists(resolved))
            {
                throw NotFound($"{source} points at '{candidate}', which is not an ffmpeg executable or a folder containing one");
            }

            if (!string.Equals(Path.GetFileName(resolved), ExecutableName, StringComparison.OrdinalIgnoreCase))
            {
                throw NotFound($"{source} points at '{candidate}'; the executable must be named {ExecutableName}");
            }

            return new FfmpegInstall(Path.GetFullPath(resolved)) { StallTimeout = timeout };
        }

        return OnPath(ExecutableName) is { } onPath
            ? new FfmpegInstall(onPath) { StallTimeout = timeout }
            : throw NotFound($"not on PATH and {EnvironmentVariable} is not set");
    }

    /// <summary>"ffmpeg 5.1.9" from the version line, for one-line summaries.</summary>
    public string ShortVersion
    {
        get
        {
            var words = Version().Split(' ');
            return words.Length > 2 && words[0] == "ffmpeg" ? $"ffmpeg {words[2].Split('-')[0]}" : "ffmpeg";
        }
    }

    /// <summary>The first line of `ffmpeg -version`, e.g. "ffmpeg version 5.1.9-0+deb12u1".</summary>
    public string Version() => _version.Value;

    /// <summary>Encoder names from `ffmpeg -encoders` for the given codecs (a listing proves no more than that the build has them).</summary>
    public IReadOnlyList<string> Encoders(params string[] codecs) =>
        Run(new[] { "-hide_banner", "-encoders" }, "listing ffmpeg's encoders")
            .Split('\n')
            .Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 2 && parts[0].Length == 6 && codecs.Any(c => parts[1].Contains(c, StringComparison.Ordinal)))
            .Select(parts => parts[1])
            .ToArray();

    /// <summary>Runs ffmpeg to its end within the probe deadline and returns its standard output.</summary>
    private string Run(string[] arguments, string activity)
    {
        using var process = ChildProcess.RunAsync(ExecutablePath, arguments, activity, ProbeDeadline, CancellationToken.None).GetAwaiter().GetResult();
        return process.Output;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .Where(File.Exists)
            .Select(Path.GetFullPath)
            .FirstOrDefault();

    private static AsciiAssetsException NotFound(string detail) =>
        new(DiagnosticDescriptors.FfmpegNotFound.Create(null, detail));
}
