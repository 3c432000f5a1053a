using System.Diagnostics;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Encode;

/// <summary>
/// The ffmpeg this run uses: from an option, then ASCII_ASSETS_FFMPEG, then PATH.
/// A path may name the executable or the folder holding it.
/// </summary>
public sealed class FfmpegInstall
{
    private readonly Lazy<string> _version;

    public FfmpegInstall(string executablePath)
    {
        ExecutablePath = executablePath;
        _version = new Lazy<string>(() => Run("-hide_banner -version").Split('\n').FirstOrDefault()?.Trim() ?? "unknown");
    }

    public string ExecutablePath { get; }

    public const string EnvironmentVariable = "ASCII_ASSETS_FFMPEG";

    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";

    public string BinaryFolder => Path.GetDirectoryName(ExecutablePath)!;

    public static FfmpegInstall Locate(string? option)
    {
        var (candidate, source) = option is { Length: > 0 }
            ? (option, "--ffmpeg")
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? (fromEnvironment, EnvironmentVariable)
                : ((string?)null, "PATH");
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

            return new FfmpegInstall(Path.GetFullPath(resolved));
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, ExecutableName))
            .FirstOrDefault(File.Exists);
        return onPath is not null
            ? new FfmpegInstall(Path.GetFullPath(onPath))
            : throw NotFound($"not on PATH and {EnvironmentVariable} is not set");
    }

    /// <summary>"ffmpeg 5.1.9" from the version line, for one-line summaries.</summary>
    public string ShortVersion
    {
        get
        {
            var words = Version().Split(' ');
            return words.Length > 2 ? $"ffmpeg {words[2].Split('-')[0]}" : "ffmpeg";
        }
    }

    /// <summary>The first line of `ffmpeg -version`, e.g. "ffmpeg version 5.1.9-0+deb12u1".</summary>
    public string Version() => _version.Value;

    /// <summary>Encoder names from `ffmpeg -encoders` for the given codecs (a listing proves no more than that the build has them).</summary>
    public IReadOnlyList<string> Encoders(params string[] codecs) =>
        Run("-hide_banner -encoders")
            .Split('\n')
            .Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 2 && parts[0].Length == 6 && codecs.Any(c => parts[1].Contains(c, StringComparison.Ordinal)))
            .Select(parts => parts[1])
            .ToArray();

    private string Run(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(ExecutablePath, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        // Both pipes are read concurrently so neither can fill up and stall ffmpeg.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        error.Wait();
        process.WaitForExit();
        return output;
    }

    private static AsciiAssetsException NotFound(string detail) =>
        new(DiagnosticDescriptors.FfmpegNotFound.Create(null, detail));
}
