using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AsciiAssets.Tests.Shared;

/// <summary>
/// A real shared cache: Debian's nginx with a WebDAV location that takes PUT, started on a free loopback port in a
/// folder of its own (the bazel-remote layout needs nothing more: GET, HEAD and PUT of cas/ and ac/ paths).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class NginxCache : IDisposable
{
    private readonly Process _nginx;

    public NginxCache()
    {
        Root = Directory.CreateTempSubdirectory("ascii-assets-nginx-").FullName;
        var data = Directory.CreateDirectory(Path.Combine(Root, "data")).FullName;
        // nginx's workers run as another user when the tests run as root: they must be able to write.
        foreach (var folder in new[] { Root, data })
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        Port = FreePort();
        File.WriteAllText(Path.Combine(Root, "nginx.conf"), $$"""
            worker_processes 1;
            daemon off;
            pid {{Root}}/nginx.pid;
            error_log {{Root}}/error.log;
            events { worker_connections 64; }
            http {
              access_log {{Root}}/access.log;
              client_body_temp_path {{Root}}/body;
              proxy_temp_path {{Root}}/proxy;
              fastcgi_temp_path {{Root}}/fastcgi;
              uwsgi_temp_path {{Root}}/uwsgi;
              scgi_temp_path {{Root}}/scgi;
              server {
                listen 127.0.0.1:{{Port}};
                root {{data}};
                client_max_body_size 1g;
                location / { dav_methods PUT; create_full_put_path on; dav_access user:rw group:rw all:r; }
              }
            }
            """);
        // Debian puts it in /usr/sbin, which a user's PATH may lack.
        var executable = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        _nginx = Process.Start(new ProcessStartInfo(executable, new[] { "-p", Root, "-c", Path.Combine(Root, "nginx.conf") })
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _nginx.StandardError.ReadToEndAsync();
        _nginx.StandardOutput.ReadToEndAsync();
        WaitUntilListening();
    }

    public string Root { get; }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Entries and blobs the server holds.</summary>
    public int Files(string kind) => Directory.Exists(Path.Combine(Root, "data", kind)) ? Directory.GetFiles(Path.Combine(Root, "data", kind)).Length : 0;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {File.ReadAllText(Path.Combine(Root, "error.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException("nginx did not start listening");
    }

    public void Dispose()
    {
        try
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        _nginx.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
