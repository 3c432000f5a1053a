using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace AsciiAssets.Caching;

/// <summary>Why the shared cache cannot be used this run (the run goes on without it).</summary>
public sealed class CacheUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>
/// A shared cache over plain HTTP in the bazel-remote layout: GET, HEAD and PUT of {url}/cas/{sha256} (blobs) and
/// {url}/ac/{key} (entries), which bazel-remote, an nginx WebDAV location or an S3/Azure proxy serve. Credentials
/// come from the environment, never from a spec or the log. Each request has a timeout and transient failures
/// (5xx, 408, 429, timeouts, broken connections) are retried; anything else that is not a plain hit or 404 is a
/// <see cref="CacheUnavailableException"/>. A downloaded blob is used only when its bytes hash to its name.
/// </summary>
public sealed class HttpCache : IDisposable
{
    public const string UrlVariable = "ASCII_ASSETS_CACHE_URL";
    public const string TokenVariable = "ASCII_ASSETS_CACHE_TOKEN";
    public const string UserVariable = "ASCII_ASSETS_CACHE_USER";
    public const string PasswordVariable = "ASCII_ASSETS_CACHE_PASSWORD";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan[] RetryDelays = { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800) };

    private readonly HttpClient _client;
    private readonly Uri _base;

    public HttpCache(Uri url, TimeSpan timeout)
    {
        _base = new Uri(url.AbsoluteUri.TrimEnd('/') + "/");
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, timeout.TotalSeconds)), AllowAutoRedirect = false };
        _client = new HttpClient(handler) { Timeout = timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("AsciiAssets");
        if (Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token)
        {
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (Environment.GetEnvironmentVariable(UserVariable) is { Length: > 0 } user)
        {
            var secret = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{Environment.GetEnvironmentVariable(PasswordVariable)}"));
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", secret);
        }

        Display = url.GetLeftPart(UriPartial.Path);
    }

    /// <summary>The URL as messages show it (scheme, host, port, path: never credentials or a query).</summary>
    public string Display { get; }

    /// <summary>The entry's bytes, or null when the cache does not have it.</summary>
    public async Task<byte[]?> GetEntryAsync(string key, CancellationToken token)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "ac/" + key)), token).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadBoundedAsync(response, 1 << 20, token).ConfigureAwait(false);
    }

    /// <summary>Downloads a blob to <paramref name="destination"/>; false when the cache does not have it.</summary>
    public async Task<bool> DownloadBlobAsync(string sha256, long size, string destination, CancellationToken token)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_base, "cas/" + sha256)), token).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long received = 0;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using var file = File.Create(destination);
            var block = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(block, token).ConfigureAwait(false)) > 0)
            {
                received += read;
                if (received > size)
                {
                    throw new CacheUnavailableException($"it sent more than the {size} bytes of blob {sha256[..12]}");
                }

                hash.AppendData(block, 0, read);
                await file.WriteAsync(block.AsMemory(0, read), token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is TaskCanceledException && !token.IsCancellationRequested))
        {
            File.Delete(destination);
            throw new CacheUnavailableException($"the download of blob {sha256[..12]} broke off: {e.Message}", e);
        }

        if (received != size || Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant() != sha256)
        {
            File.Delete(destination);
            throw new CacheUnavailableException($"blob {sha256[..12]} came back with {received} bytes that do not hash to its name");
        }

        return true;
    }

    public async Task PutEntryAsync(string key, byte[] entry, CancellationToken token)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Put, new Uri(_base, "ac/" + key)) { Content = new ByteArrayContent(entry) }, token, expectSuccess: true).ConfigureAwait(false);
    }

    /// <summary>Uploads a blob unless the cache has it already (HEAD first: segments are often shared).</summary>
    public async Task PutBlobAsync(string sha256, string path, CancellationToken token)
    {
        using (var head = await SendAsync(() => new HttpRequestMessage(HttpMethod.Head, new Uri(_base, "cas/" + sha256)), token).ConfigureAwait(false))
        {
            if (head.IsSuccessStatusCode)
            {
                return;
            }
        }

        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Put, new Uri(_base, "cas/" + sha256)) { Content = new StreamContent(File.OpenRead(path)) }, token, expectSuccess: true).ConfigureAwait(false);
    }

    /// <summary>Sends with retries on transient failures; a 2xx or (unless <paramref name="expectSuccess"/>) a 404 is returned, anything else throws.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken token, bool expectSuccess = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            try
            {
                using var message = request();
                var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode || (!expectSuccess && response.StatusCode == HttpStatusCode.NotFound))
                {
                    return response;
                }

                failure = $"{message.Method} {message.RequestUri!.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}";
                var transient = (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                response.Dispose();
                if (!transient)
                {
                    throw new CacheUnavailableException(failure);
                }
            }
            catch (TaskCanceledException e) when (!token.IsCancellationRequested)
            {
                failure = $"no answer within {_client.Timeout.TotalSeconds:0.#} s";
                if (attempt >= RetryDelays.Length)
                {
                    throw new CacheUnavailableException(failure, e);
                }
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
                if (attempt >= RetryDelays.Length)
                {
                    throw new CacheUnavailableException(failure, e);
                }
            }

            if (attempt >= RetryDelays.Length)
            {
                throw new CacheUnavailableException(failure);
            }

            await Task.Delay(RetryDelays[attempt], token).ConfigureAwait(false);
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, int limit, CancellationToken token)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            using var memory = new MemoryStream();
            var block = new byte[16384];
            int read;
            while ((read = await body.ReadAsync(block, token).ConfigureAwait(false)) > 0)
            {
                if (memory.Length + read > limit)
                {
                    throw new CacheUnavailableException($"an entry was larger than {limit} bytes");
                }

                memory.Write(block, 0, read);
            }

            return memory.ToArray();
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is TaskCanceledException && !token.IsCancellationRequested))
        {
            throw new CacheUnavailableException($"an entry broke off: {e.Message}", e);
        }
    }

    public void Dispose() => _client.Dispose();
}
