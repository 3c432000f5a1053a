using System.Diagnostics;

namespace AsciiAssets.Tests.Shared;

/// <summary>A folder served as a static site by a real nginx on a free loopback port, with Debian's MIME types and range requests (what video needs).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class NginxSite : IDisposable
{
    private readonly string _root;
    private readonly Process _nginx;

    public NginxSite(string site)
    {
        _root = Directory.CreateTempSubdirectory("ascii-assets-site-").FullName;
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_111_111);
        Port = Nginx.FreePort();
        File.WriteAllText(Path.Combine(_root, "nginx.conf"), $$"""
            worker_processes 1;
            daemon off;
            pid {{_root}}/nginx.pid;
            error_log {{_root}}/error.log;
            events { worker_connections 64; }
            http {
              include /etc/nginx/mime.types;
              access_log {{_root}}/access.log;
              client_body_temp_path {{_root}}/body;
              proxy_temp_path {{_root}}/proxy;
              fastcgi_temp_path {{_root}}/fastcgi;
              uwsgi_temp_path {{_root}}/uwsgi;
              scgi_temp_path {{_root}}/scgi;
              server {
                listen 127.0.0.1:{{Port}};
                root {{Path.GetFullPath(site)}};
              }
            }
            """);
        _nginx = Nginx.Start(_root, Port);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>The paths asked for, with their status codes, from the access log.</summary>
    public string AccessLog => File.Exists(Path.Combine(_root, "access.log")) ? File.ReadAllText(Path.Combine(_root, "access.log")) : string.Empty;

    public void Dispose()
    {
        Nginx.Stop(_nginx);
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
