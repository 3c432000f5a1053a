using System.Security.Cryptography;

namespace AsciiAssets.Caching;

/// <summary>
/// The cache on this machine: a folder in the bazel-remote layout (cas/{sha256} blobs, ac/{key} entries). Writes go
/// through a temporary file and a rename, so processes sharing the folder never see half a file; a blob is verified
/// against its hash whenever it is read. Kept under a size cap by removing the least recently used blobs.
/// </summary>
public sealed class LocalCache(string root, long maximumBytes)
{
    /// <summary>Two gigabytes: a few hours of 1080p segments.</summary>
    public const long DefaultMaximumBytes = 2L << 30;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The user's cache folder for the tool: XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows.</summary>
    public static string DefaultFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "AsciiAssets", "Cache");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Caches", "AsciiAssets");
        }

        return Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".cache"), "ascii-assets");
    }

    public byte[]? GetEntry(string key) => ReadIfExists(Path.Combine(Root, "ac", key));

    public void PutEntry(string key, byte[] entry) => WriteAtomically(Path.Combine(Root, "ac", key), stream => stream.Write(entry));

    /// <summary>Copies a blob to <paramref name="destination"/> when it is here and its bytes still hash to its name.</summary>
    public bool TryCopyBlob(string sha256, string destination)
    {
        var path = BlobPath(sha256);
        if (!File.Exists(path))
        {
            return false;
        }

        if (HashOf(path) != sha256)
        {
            // Damaged on disk: never used, and gone so the next render stores a good copy.
            TryDelete(path);
            return false;
        }

        File.Copy(path, destination, overwrite: true);
        // The last use decides eviction.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        return true;
    }

    public bool HasBlob(string sha256) => File.Exists(BlobPath(sha256));

    /// <summary>Stores a file under its hash (already known, or computed here) and returns the hash.</summary>
    public string PutBlob(string source, string? sha256 = null)
    {
        sha256 ??= HashOf(source);
        var path = BlobPath(sha256);
        if (!File.Exists(path))
        {
            WriteAtomically(path, stream =>
            {
                using var input = File.OpenRead(source);
                input.CopyTo(stream);
            });
        }

        return sha256;
    }

    /// <summary>Removes the least recently used blobs until the cache is under its cap; entries whose blobs are gone are misses.</summary>
    public void Evict()
    {
        var folder = new DirectoryInfo(Path.Combine(Root, "cas"));
        if (!folder.Exists)
        {
            return;
        }

        var blobs = folder.EnumerateFiles().Where(f => CacheEntry.IsSha256(f.Name)).OrderByDescending(f => f.LastWriteTimeUtc).ToArray();
        long kept = 0;
        foreach (var blob in blobs)
        {
            kept += blob.Length;
            if (kept > maximumBytes)
            {
                TryDelete(blob.FullName);
            }
        }
    }

    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    private string BlobPath(string sha256) => Path.Combine(Root, "cas", sha256);

    private static byte[]? ReadIfExists(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(partial))
            {
                write(stream);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            TryDelete(partial);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
