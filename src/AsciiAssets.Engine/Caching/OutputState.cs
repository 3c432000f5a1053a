namespace AsciiAssets.Caching;

/// <summary>
/// The record kept beside an output: &lt;output&gt;.fingerprint (what it was rendered from) and
/// &lt;output&gt;.inputs (the files it depends on, for build systems' up-to-date checks).
/// </summary>
public sealed class OutputState(string outputPath, string stateDirectory)
{
    public string OutputPath { get; } = outputPath;

    public string FingerprintPath => Path.Combine(stateDirectory, Path.GetFileName(OutputPath) + ".fingerprint");

    public string InputsPath => Path.Combine(stateDirectory, Path.GetFileName(OutputPath) + ".inputs");

    /// <summary>The cache keys of the segments the output was last made of, one per line: what `--explain` compares with.</summary>
    public string SegmentsPath => Path.Combine(stateDirectory, Path.GetFileName(OutputPath) + ".segments");

    public Fingerprint? Read() =>
        File.Exists(FingerprintPath) && File.Exists(OutputPath) ? Fingerprint.Parse(File.ReadAllText(FingerprintPath)) : null;

    /// <summary>Records a finished or confirmed output. Rewriting the fingerprint refreshes its timestamp for build stamps.</summary>
    public void Write(Fingerprint fingerprint, IEnumerable<string> inputs, IEnumerable<string>? segmentKeys = null)
    {
        Directory.CreateDirectory(stateDirectory);
        WriteIfChanged(InputsPath, string.Join('\n', inputs) + "\n");
        if (segmentKeys is not null)
        {
            WriteIfChanged(SegmentsPath, string.Concat(segmentKeys.Select(k => k + "\n")));
        }

        File.WriteAllText(FingerprintPath, fingerprint.Serialize());
    }

    /// <summary>The segment keys of the last render, or null when none was recorded.</summary>
    public IReadOnlyList<string>? ReadSegmentKeys() =>
        File.Exists(SegmentsPath) ? File.ReadAllLines(SegmentsPath).Where(CacheEntry.IsSha256).ToArray() : null;

    /// <summary>After a failure: nothing may look up to date, while the previous output itself stays.</summary>
    public void Invalidate()
    {
        if (File.Exists(FingerprintPath))
        {
            File.Delete(FingerprintPath);
        }
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }
}
