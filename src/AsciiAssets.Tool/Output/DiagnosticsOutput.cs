using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Cli.Output;

/// <summary>Prints a batch of diagnostics and maps them to the exit code.</summary>
internal static class DiagnosticsOutput
{
    public static int Report(IEnumerable<Diagnostic> diagnostics)
    {
        var exit = App.Ok;
        foreach (var diagnostic in diagnostics)
        {
            ConsoleWriter.Error(diagnostic.ToString());
            if (diagnostic.Severity == Severity.Error)
            {
                exit = Math.Max(exit, App.ExitCodeFor(new AsciiAssetsException(diagnostic)));
            }
        }

        return exit;
    }
}
