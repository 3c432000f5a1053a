using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AsciiAssets.Tool.Tests.Support;

/// <summary>How the server misbehaves.</summary>
public enum CacheFault
{
    /// <summary>A working cache (GET, HEAD, PUT on an in-memory store).</summary>
    None,

    /// <summary>500 to every request.</summary>
    ServerError,

    /// <summary>Answers GET with a Content-Length larger than the body it sends, then closes.</summary>
    TruncatedBody,

    /// <summary>Serves what was stored, with one byte of every blob changed.</summary>
    WrongBytes,

    /// <summary>Reads the request and never answers.</summary>
    Hang,
}

/// <summary>
/// A real HTTP/1.1 server on a loopback port (one connection per request), serving the bazel-remote layout from
/// memory and misbehaving as told; it records every request, so tests can check what the tool sent.
/// </summary>
public sealed class FaultyCacheServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, byte[]> _store = new();
    private readonly Task _loop;

    public FaultyCacheServer(CacheFault fault)
    {
        Fault = fault;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public CacheFault Fault { get; set; }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>"METHOD /path" of every request, and the Authorization header it carried.</summary>
    public ConcurrentQueue<(string Request, string? Authorization)> Requests { get; } = new();

    public int Stored => _store.Count;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (method, path, headers, body) = await ReadRequestAsync(stream);
                Requests.Enqueue(($"{method} {path}", headers.GetValueOrDefault("authorization")));
                switch (Fault)
                {
                    case CacheFault.Hang:
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                        return;
                    case CacheFault.ServerError:
                        await RespondAsync(stream, 500, "Internal Server Error", Array.Empty<byte>());
                        return;
                }

                if (method == "PUT")
                {
                    _store[path] = body;
                    await RespondAsync(stream, 201, "Created", Array.Empty<byte>());
                    return;
                }

                if (!_store.TryGetValue(path, out var stored))
                {
                    await RespondAsync(stream, 404, "Not Found", Array.Empty<byte>());
                    return;
                }

                if (method == "HEAD")
                {
                    await RespondAsync(stream, 200, "OK", Array.Empty<byte>(), stored.Length);
                    return;
                }

                switch (Fault)
                {
                    case CacheFault.TruncatedBody:
                        await RespondAsync(stream, 200, "OK", stored[..(stored.Length / 2)], stored.Length);
                        return;
                    case CacheFault.WrongBytes when path.StartsWith("/cas/", StringComparison.Ordinal):
                        var changed = stored.ToArray();
                        changed[changed.Length / 2] ^= 0x5a;
                        await RespondAsync(stream, 200, "OK", changed);
                        return;
                    default:
                        await RespondAsync(stream, 200, "OK", stored);
                        return;
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task<(string Method, string Path, Dictionary<string, string> Headers, byte[] Body)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("the client closed the connection");
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = new byte[headers.TryGetValue("content-length", out var length) ? int.Parse(length) : 0];
        var read = 0;
        while (read < body.Length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return (parts[0], parts[1], headers, body);
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string reason, byte[] body, long? contentLength = null)
    {
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Length: {contentLength ?? body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
