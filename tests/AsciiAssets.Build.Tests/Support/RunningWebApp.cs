using System.Text.RegularExpressions;

namespace AsciiAssets.Build.Tests.Support;

/// <summary>
/// A web app started for a test, bound to a free port on 127.0.0.1 only (Kestrel picks it and logs it). Disposing
/// kills it with every process it started, so nothing outlives the test.
/// </summary>
public sealed class RunningWebApp : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly Regex Listening = new(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)");

    private readonly DotNetProcess _process;

    private RunningWebApp(DotNetProcess process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>Everything the app (or `dotnet watch` around it) has printed so far.</summary>
    public string Output => _process.Output;

    /// <summary>`dotnet <paramref name="arguments"/> --urls http://127.0.0.1:0`, once it listens.</summary>
    public static RunningWebApp Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var process = DotNetProcess.Start(workingDirectory, environment, arguments.Concat(new[] { "--urls", "http://127.0.0.1:0" }).ToArray());
        if (!process.WaitForOutput("Now listening on:", StartTimeout))
        {
            var output = process.Output;
            process.Dispose();
            throw new InvalidOperationException($"The app did not start listening within {StartTimeout}:\n{output}");
        }

        return new RunningWebApp(process, new Uri(Listening.Match(process.Output).Groups["address"].Value));
    }

    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
    }
}
