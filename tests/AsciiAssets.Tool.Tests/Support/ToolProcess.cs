using System.Diagnostics;
using System.Reflection;

namespace AsciiAssets.Tool.Tests.Support;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string AllOutput => StandardOutput + StandardError;

    /// <summary>The diagnostic lines of one code on standard error, e.g. every AA2001 (the small test frames also warn AA2020).</summary>
    public IEnumerable<string> Lines(string code) =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.Contains($" {code}: ", StringComparison.Ordinal));
}

/// <summary>Runs the built tool (or any program) as a real child process, with a time limit so a hang fails the test.</summary>
public static class ToolProcess
{
    public static string ToolAssembly => Metadata("ToolAssembly");

    /// <summary>Where the tool's local cache goes during tests, below the working folder.</summary>
    public const string TestCacheFolder = ".test-cache";

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static Task<ProcessResult> RunToolAsync(string workingDirectory, params string[] arguments) =>
        RunToolAsync(workingDirectory, null, arguments);

    public static Task<ProcessResult> RunToolAsync(string workingDirectory, IDictionary<string, string?>? environment, params string[] arguments) =>
        RunAsync("dotnet", new[] { "exec", ToolAssembly }.Concat(arguments), workingDirectory, environment);

    public static Process StartTool(string workingDirectory, params string[] arguments) =>
        StartTool(workingDirectory, null, arguments);

    public static Process StartTool(string workingDirectory, IDictionary<string, string?>? environment, params string[] arguments) =>
        Process.Start(Info("dotnet", new[] { "exec", ToolAssembly }.Concat(arguments), workingDirectory, environment))!;

    public static async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment = null, int timeoutSeconds = 180)
    {
        using var process = Process.Start(Info(program, arguments, workingDirectory, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeoutSeconds}s");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo Info(string program, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Each run of the tool gets a cache of its own in its working folder (unless a test names one), so no test
        // reuses what another one rendered; the folder goes with the test's temporary folder.
        info.Environment["ASCII_ASSETS_CACHE_DIR"] = Path.Combine(workingDirectory, TestCacheFolder, Guid.NewGuid().ToString("N")[..8]);
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    private static string Metadata(string key) =>
        typeof(ToolProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
