using AsciiAssets.Cli.Commands;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli;

/// <summary>
/// `dotnet ascii-assets`. Exit codes: 0 ok, 1 spec or input error, 2 usage, 3 render or ffmpeg failure.
/// Every failure is printed as a coded diagnostic, never as a stack trace.
/// </summary>
public static class App
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int RenderError = 3;

    public static int Run(string[] args)
    {
        using var cancellation = new ConsoleCancellation();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet ascii-assets");
            config.SetApplicationVersion(typeof(App).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            config.Settings.CancellationExitCode = RenderError;
            config.Settings.StrictParsing = true;
            config.AddCommand<RenderCommand>("render")
                .WithDescription("Render specs (files or folders of *.video.yaml) to MP4; unchanged outputs are skipped.")
                .WithExample("render", "videos", "--out-dir", "wwwroot/videos", "--quality", "draft");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check specs without rendering; prints every error with its position.")
                .WithExample("validate", "videos");
            config.AddCommand<PreviewCommand>("preview")
                .WithDescription("Render one frame of a spec as PNG (needs no ffmpeg).")
                .WithExample("preview", "intro.video.yaml", "--at", "2.5s", "-o", "frame.png");
            config.AddCommand<ListCommand>("list")
                .WithDescription("List fields, palettes, colours, shaders and blend modes with their parameters and defaults.");
            config.AddCommand<InfoCommand>("info")
                .WithDescription("Show the detected hardware, ffmpeg and what the quality profiles choose.");
            config.AddCommand<SchemaCommand>("schema")
                .WithDescription("Write the JSON Schema of the spec format (for yaml-language-server).");
            config.SetExceptionHandler((exception, _) => HandleException(exception));
        });

        try
        {
            return app.Run(args, cancellation.Token);
        }
        finally
        {
            // A last guard: whatever path the run took, no ffmpeg child outlives the tool.
            AsciiAssets.Encode.ChildProcess.KillAll();
        }
    }

    public static int ExitCodeFor(AsciiAssetsException failure) =>
        failure.IsUsageError ? UsageError
        : failure.IsInputError ? InputError
        : RenderError;

    private static int HandleException(Exception exception)
    {
        switch (exception)
        {
            case AsciiAssetsException failure:
                foreach (var diagnostic in failure.Diagnostics)
                {
                    ConsoleWriter.Error(diagnostic.ToString());
                }

                return ExitCodeFor(failure);
            case CommandAppException usage:
                ConsoleWriter.Error(DiagnosticDescriptors.InvalidOption.Create(null, usage.Message.TrimEnd('.') + ". Run with --help for usage.").ToString());
                return UsageError;
            case OperationCanceledException:
                ConsoleWriter.Error(DiagnosticDescriptors.Cancelled.Create(null, "the requested outputs").ToString());
                return RenderError;
            default:
                ConsoleWriter.Error(DiagnosticDescriptors.InternalError.Create(null, "the request", $"{exception.GetType().Name}: {exception.Message}").ToString());
                return RenderError;
        }
    }
}
