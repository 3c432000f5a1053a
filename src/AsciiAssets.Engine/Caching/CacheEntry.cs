using System.Text.Json;
using System.Text.Json.Serialization;

namespace AsciiAssets.Caching;

/// <summary>A file an entry lists, by the SHA-256 of its bytes (its address under cas/).</summary>
public sealed record CacheBlob(string Name, string Sha256, long Size);

/// <summary>
/// An action-cache entry (stored under ac/{key}): the blobs that make up an encoded segment or a finished output,
/// what its key was made of (so a later miss can say what changed), and the brightness samples of its frames (so
/// the dark-section check holds for frames that came from the cache).
/// </summary>
public sealed record CacheEntry(
    string Kind,
    IReadOnlyList<CacheBlob> Blobs,
    IReadOnlyDictionary<string, string>? Components = null,
    IReadOnlyList<BrightnessSample>? Brightness = null)
{
    public const string SegmentKind = "ascii-assets/segment";
    public const string OutputKind = "ascii-assets/output";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>The entry, or null for bytes that are not one (a foreign or damaged entry is a miss, not an error).</summary>
    public static CacheEntry? Parse(byte[] bytes, string kind)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<CacheEntry>(bytes, Options);
            return entry is { Blobs.Count: > 0 } && entry.Kind == kind && entry.Blobs.All(b => IsSha256(b.Sha256) && b.Size > 0) ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);
}

/// <summary>The mean brightness of one sampled frame.</summary>
public sealed record BrightnessSample(int Frame, double Mean);
