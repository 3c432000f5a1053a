using System.IO.Hashing;
using System.Text;
using AsciiAssets.Glyphs;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using YamlDotNet.RepresentationModel;

namespace AsciiAssets.Caching;

/// <summary>
/// What an output depends on, as named content hashes: the engine build, the font, the normalized spec
/// (comments and formatting do not count), the effective settings and every referenced file's bytes.
/// Equal fingerprints mean equal output, so touching a file or reformatting a spec renders nothing.
/// </summary>
public sealed record Fingerprint(IReadOnlyDictionary<string, string> Parts)
{
    private static readonly Lazy<string> EngineHash = new(() =>
        Hex(Encoding.UTF8.GetBytes(typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString())));

    private static readonly Lazy<string> FontHash = new(() => Hex(FontFace.FileBytes));

    /// <summary>This build of the engine: any change to it may change pixels.</summary>
    internal static string EngineIdentity => EngineHash.Value;

    /// <summary>The bundled font's bytes.</summary>
    internal static string FontIdentity => FontHash.Value;

    public const string FilePrefix = "file:";

    public static Fingerprint Of(RenderPlan plan)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["engine"] = EngineHash.Value,
            ["font"] = FontHash.Value,
            ["spec"] = Hex(Encoding.UTF8.GetBytes(NormalizedYaml(plan.Source.Text))),
            ["settings"] = Settings(plan),
        };
        foreach (var input in SpecInputs.Files(plan.Spec))
        {
            parts[FilePrefix + input.Key + ":" + input.File.Text] = HashFile(input.File.FullPath);
        }

        return new Fingerprint(parts);
    }

    /// <summary>The effective settings in readable form, so "why" messages can show what changed.</summary>
    public static string Settings(RenderPlan plan) =>
        $"{plan.Width}x{plan.Height}@{plan.Fps:0.###} frames={plan.FrameCount} quality={plan.Profile.Name.ToString().ToLowerInvariant()} crf={plan.Profile.Crf} preset={plan.Profile.X264Preset} shaders={plan.Profile.ShaderLevel.ToString().ToLowerInvariant()} particles={plan.Profile.ParticleTier.ToString().ToLowerInvariant()} encoder={plan.RequestedEncoder.Name}";

    public string Serialize() => string.Join('\n', Parts.Select(p => $"{p.Key}={p.Value}")) + "\n";

    public static Fingerprint? Parse(string text)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = line.IndexOf('=');
            if (split <= 0)
            {
                return null;
            }

            parts[line[..split]] = line[(split + 1)..];
        }

        return new Fingerprint(parts);
    }

    /// <summary>Why this fingerprint differs from an earlier one, e.g. "audio music.wav changed"; null when equal.</summary>
    public string? ExplainChangeFrom(Fingerprint? previous)
    {
        if (previous is null)
        {
            return "first render";
        }

        var reasons = new List<string>();
        foreach (var (key, value) in Parts)
        {
            if (previous.Parts.TryGetValue(key, out var old) && old == value)
            {
                continue;
            }

            reasons.Add(key switch
            {
                "engine" => "engine changed",
                "font" => "font changed",
                "spec" => "spec changed",
                "settings" => old is null ? "settings changed" : $"settings changed ({old} → {value})",
                _ when key.StartsWith(FilePrefix, StringComparison.Ordinal) => Describe(key) + (old is null ? " added" : " changed"),
                _ => key + " changed",
            });
        }

        reasons.AddRange(previous.Parts.Keys.Where(k => !Parts.ContainsKey(k) && k.StartsWith(FilePrefix, StringComparison.Ordinal)).Select(k => Describe(k) + " removed"));
        return reasons.Count == 0 ? null : string.Join(", ", reasons);
    }

    private static string Describe(string fileKey)
    {
        var rest = fileKey[FilePrefix.Length..];
        var split = rest.IndexOf(':');
        return split < 0 ? rest : $"{rest[..split]} {rest[(split + 1)..]}";
    }

    internal static string NormalizedYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    internal static string HashFile(string path)
    {
        using var file = File.OpenRead(path);
        var hash = new XxHash128();
        hash.Append(file);
        return Convert.ToHexString(hash.GetCurrentHash()).ToLowerInvariant();
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes)).ToLowerInvariant();
}
