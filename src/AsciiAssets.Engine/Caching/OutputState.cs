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

    /// <summary>The files and folders of every output kind of the spec: all must be there for the output to be up to date.</summary>
    public IReadOnlyList<DeliveredFile> Files { get; init; } = new[] { new DeliveredFile("mp4", outputPath) };

    /// <summary>
    /// Every file the outputs deliver, one "kind|spec|file" line each with full paths (a folder, a PNG sequence, file by
    /// file): what a build adds to its outputs; absent for the MP4 alone. '|' is in no output name (see OutputName).
    /// </summary>
    /// <summary>The spec the outputs are rendered from, for the build's item metadata.</summary>
    public string SpecPath { get; init; } = string.Empty;

    public string OutputsPath => Path.Combine(stateDirectory, Path.GetFileName(OutputPath) + ".outputs");

    public Fingerprint? Read() =>
        File.Exists(FingerprintPath) && Files.All(f => File.Exists(f.Path) || Directory.Exists(f.Path)) ? Fingerprint.Parse(File.ReadAllText(FingerprintPath)) : null;

    /// <summary>Records a finished or confirmed output. Rewriting the fingerprint refreshes its timestamp for build stamps.</summary>
    public void Write(Fingerprint fingerprint, IEnumerable<string> inputs, IEnumerable<string>? segmentKeys = null)
    {
        Directory.CreateDirectory(stateDirectory);
        WriteIfChanged(InputsPath, string.Join('\n', inputs) + "\n");
        // The MP4 alone needs no list: the build knows it (and a no-op build of many videos reads nothing more).
        if (Files.Count == 1 && Files[0].Path == OutputPath)
        {
            File.Delete(OutputsPath);
        }
        else
        {
            var delivered = Files.SelectMany(f => (Directory.Exists(f.Path) ? Directory.EnumerateFiles(f.Path).Order(StringComparer.Ordinal).ToArray() : new[] { f.Path }).Select(path => $"{f.Kind}|{SpecPath}|{path}\n"));
            WriteIfChanged(OutputsPath, string.Concat(delivered));
        }

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

/// <summary>A file or folder one output kind writes.</summary>
public sealed record DeliveredFile(string Kind, string Path);
