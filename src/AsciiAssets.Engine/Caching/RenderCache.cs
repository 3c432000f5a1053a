using AsciiAssets.Diagnostics;

namespace AsciiAssets.Caching;

/// <summary>Where a cached file came from.</summary>
public enum CacheTier
{
    Local,
    Shared,
}

/// <summary>What the cache settings of a run are.</summary>
/// <param name="Folder">The local cache folder; null for no cache at all.</param>
/// <param name="Url">The shared cache; null for none.</param>
/// <param name="ReadOnly">Use the shared cache, but never write to it (pull requests).</param>
public sealed record CacheOptions(string? Folder, Uri? Url = null, bool ReadOnly = false, long MaximumBytes = LocalCache.DefaultMaximumBytes, TimeSpan? Timeout = null)
{
    public static readonly CacheOptions None = new((string?)null);
}

/// <summary>
/// The local cache in front of the shared one. Looking up: the local folder, then the shared cache, whose hits are
/// kept locally. Storing: locally, then (unless read-only) shared. The shared cache may fail in any way (refused,
/// errors, hangs, truncated or wrong bytes): the first failure is one warning (AA2040) and the run goes on without
/// it, so a bad cache never fails a render and never puts bytes that do not match their hash into an output.
/// Safe to use from several workers at once.
/// </summary>
public sealed class RenderCache : IDisposable
{
    private readonly LocalCache? _local;
    private readonly bool _readOnly;
    private readonly Action<Diagnostic> _warn;
    private readonly HttpCache? _configuredShared;
    private HttpCache? _shared;

    public RenderCache(CacheOptions options, Action<Diagnostic> warn)
    {
        _local = options.Folder is null ? null : new LocalCache(options.Folder, options.MaximumBytes);
        _configuredShared = options.Url is null ? null : new HttpCache(options.Url, options.Timeout ?? HttpCache.DefaultTimeout);
        _shared = _configuredShared;
        _readOnly = options.ReadOnly;
        _warn = warn;
    }

    public bool IsEnabled => _local is not null || Volatile.Read(ref _shared) is not null;

    /// <summary>
    /// Puts the single blob of the entry under <paramref name="key"/> at <paramref name="destination"/> (verified),
    /// and returns the entry and where it came from; null for a miss.
    /// </summary>
    public async Task<(CacheEntry Entry, CacheTier Tier)?> RestoreAsync(string key, string kind, string destination, CancellationToken token)
    {
        if (_local?.GetEntry(key) is { } localBytes && CacheEntry.Parse(localBytes, kind) is { } local && _local.TryCopyBlob(local.Blobs[0].Sha256, destination))
        {
            return (local, CacheTier.Local);
        }

        if (Volatile.Read(ref _shared) is not { } shared)
        {
            return null;
        }

        try
        {
            if (await shared.GetEntryAsync(key, token).ConfigureAwait(false) is not { } bytes || CacheEntry.Parse(bytes, kind) is not { } entry)
            {
                return null;
            }

            var blob = entry.Blobs[0];
            if (!await shared.DownloadBlobAsync(blob.Sha256, blob.Size, destination, token).ConfigureAwait(false))
            {
                return null;
            }

            _local?.PutBlob(destination, blob.Sha256);
            _local?.PutEntry(key, bytes);
            return (entry, CacheTier.Shared);
        }
        catch (CacheUnavailableException e)
        {
            Disable(shared, e);
            return null;
        }
    }

    /// <summary>True when the local or shared cache has an entry under the key (its blob is checked when it is restored).</summary>
    public async Task<bool> HasAsync(string key, string kind, CancellationToken token)
    {
        if (_local?.GetEntry(key) is { } local && CacheEntry.Parse(local, kind) is { } entry && _local.HasBlob(entry.Blobs[0].Sha256))
        {
            return true;
        }

        if (Volatile.Read(ref _shared) is not { } shared)
        {
            return false;
        }

        try
        {
            return await shared.GetEntryAsync(key, token).ConfigureAwait(false) is { } bytes && CacheEntry.Parse(bytes, kind) is not null;
        }
        catch (CacheUnavailableException e)
        {
            Disable(shared, e);
            return false;
        }
    }

    /// <summary>Stores <paramref name="file"/> as the one blob of a new entry under <paramref name="key"/>, locally and (unless read-only) shared.</summary>
    public async Task StoreAsync(string key, string kind, string file, string name, IReadOnlyDictionary<string, string>? components, IReadOnlyList<BrightnessSample>? brightness, CancellationToken token)
    {
        if (!IsEnabled)
        {
            return;
        }

        var sha256 = _local?.PutBlob(file) ?? LocalCache.HashOf(file);
        var entry = new CacheEntry(kind, new[] { new CacheBlob(name, sha256, new FileInfo(file).Length) }, components, brightness).ToBytes();
        _local?.PutEntry(key, entry);
        if (_readOnly || Volatile.Read(ref _shared) is not { } shared)
        {
            return;
        }

        try
        {
            // The blob first: an entry must never point at a blob the cache does not have.
            await shared.PutBlobAsync(sha256, file, token).ConfigureAwait(false);
            await shared.PutEntryAsync(key, entry, token).ConfigureAwait(false);
        }
        catch (CacheUnavailableException e)
        {
            Disable(shared, e);
        }
    }

    /// <summary>The entry last stored under a key, locally (for explaining what changed since); null when there is none.</summary>
    public CacheEntry? LocalEntry(string key, string kind) =>
        _local?.GetEntry(key) is { } bytes ? CacheEntry.Parse(bytes, kind) : null;

    /// <summary>Keeps the local cache under its cap; called once a run has stored what it made.</summary>
    public void Trim() => _local?.Evict();

    private void Disable(HttpCache shared, CacheUnavailableException failure)
    {
        if (Interlocked.CompareExchange(ref _shared, null, shared) == shared)
        {
            // Not disposed here: another worker may still be inside a request; Dispose ends them all.
            _warn(DiagnosticDescriptors.SharedCacheFailed.Create(null, shared.Display, failure.Message));
        }
    }

    public void Dispose() => _configuredShared?.Dispose();
}
