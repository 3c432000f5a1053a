using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AsciiAssets.Tests.Shared;

/// <summary>Debian's nginx run by a test: started on a loopback port from a config in a folder of its own, stopped with the test.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class Nginx
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts nginx with <paramref name="root"/>/nginx.conf in the foreground and returns once it listens on <paramref name="port"/>.</summary>
    public static Process Start(string root, int port)
    {
        // Debian puts it in /usr/sbin, which a user's PATH may lack.
        var executable = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var nginx = Process.Start(new ProcessStartInfo(executable, new[] { "-p", root, "-c", Path.Combine(root, "nginx.conf") })
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        nginx.StandardError.ReadToEndAsync();
        nginx.StandardOutput.ReadToEndAsync();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {File.ReadAllText(Path.Combine(root, "error.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return nginx;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException("nginx did not start listening");
    }

    public static void Stop(Process nginx)
    {
        try
        {
            nginx.Kill(entireProcessTree: true);
            nginx.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        nginx.Dispose();
    }
}
