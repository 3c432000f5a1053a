using System.Diagnostics;

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
        _nginx = Nginx.Start(Root, Port);
    }

    public string Root { get; }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Entries and blobs the server holds.</summary>
    public int Files(string kind) => Directory.Exists(Path.Combine(Root, "data", kind)) ? Directory.GetFiles(Path.Combine(Root, "data", kind)).Length : 0;

    public static int FreePort() => Nginx.FreePort();

    public void Dispose()
    {
        Nginx.Stop(_nginx);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
