using System.Reflection;
using System.Text.RegularExpressions;
using AsciiAssets.Cli.Commands;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli;

/// <summary>
/// `dotnet ascii-assets`. Exit codes: 0 ok, 1 spec or input error, 2 usage, 3 render or ffmpeg failure.
/// Every failure is printed as a coded diagnostic, never as a stack trace.
/// </summary>
public static partial class App
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int RenderError = 3;

    /// <summary>Each command's settings, for did-you-mean on its options.</summary>
    private static readonly Dictionary<string, Type> SettingsOf = new(StringComparer.Ordinal);

    public static string Version => typeof(App).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static int Run(string[] args)
    {
        // As in the dotnet CLI, -v is --verbosity; only the long form prints the version.
        if (args is ["--version"])
        {
            ConsoleWriter.Line(Version);
            return Ok;
        }

        using var cancellation = new ConsoleCancellation();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet ascii-assets");
            config.Settings.CancellationExitCode = RenderError;
            config.Settings.StrictParsing = true;
            config.Settings.ShowOptionDefaultValues = false;
            // Before parsing: help and parse errors are printed before any command runs.
            if (args.Contains("--no-color") || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 })
            {
                AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { ColorSystem = ColorSystemSupport.NoColors, Ansi = AnsiSupport.No });
                config.Settings.Console = AnsiConsole.Console;
            }

            Add<RenderCommand, RenderSettings>(config, "render", "Render specs (files or folders of *.video.yaml) to every output they list (MP4 when they list none); unchanged outputs are skipped.")
                .WithExample("render", "videos", "--out-dir", "wwwroot/videos", "--quality", "draft");
            Add<JoinCommand, RenderSettings>(config, "join", "Assemble every video from the shared cache after the shards ran (render --shard I/N); renders nothing.")
                .WithExample("join", "videos", "--cache-url", "http://cache:8080", "--quality", "production");
            Add<BuildRenderCommand, BuildRenderSettings>(config, "msbuild-render", "Render the jobs of the MSBuild task (structured output for the task).")
                .IsHidden();
            Add<ValidateCommand, ValidateSettings>(config, "validate", "Check specs and their input files without rendering; prints every error with its position.")
                .WithExample("validate", "videos");
            Add<PreviewCommand, PreviewSettings>(config, "preview", "Render one frame of a spec as PNG (needs no ffmpeg).")
                .WithExample("preview", "intro.video.yaml", "--at", "2.5s", "-o", "frame.png");
            Add<PlayCommand, PlaySettings>(config, "play", "Play a spec (rendered as it plays) or a video file in the terminal, in 24-bit colour at the terminal's size; q or Ctrl+C stops.")
                .WithExample("play", "intro.video.yaml", "--loop");
            Add<ListCommand, ListSettings>(config, "list", "List fields, palettes, colours, shaders and blend modes with their parameters and defaults.");
            Add<InfoCommand, InfoSettings>(config, "info", "Show the detected hardware, ffmpeg and what the quality profiles choose.");
            Add<InitCommand, InitSettings>(config, "init", "Set a folder up for editing specs: the JSON Schema and the editor's mapping of *.video.yaml to it (.vscode/).")
                .WithExample("init");
            Add<SchemaCommand, SchemaSettings>(config, "schema", "Write the JSON Schema of the spec format (for yaml-language-server).");
            config.SetExceptionHandler((exception, _) => HandleException(exception, args));
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

    private static ICommandConfigurator Add<TCommand, TSettings>(IConfigurator config, string name, string description)
        where TCommand : class, ICommand<TSettings>
        where TSettings : CommandSettings
    {
        SettingsOf[name] = typeof(TSettings);
        return config.AddCommand<TCommand>(name).WithDescription(description);
    }

    private static int HandleException(Exception exception, string[] args)
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
                ConsoleWriter.Error(DiagnosticDescriptors.InvalidOption.Create(null, usage.Message.TrimEnd('.') + Suggestion(usage.Message, args) + ". Run with --help for usage.").ToString());
                return UsageError;
            case OperationCanceledException:
                ConsoleWriter.Error(DiagnosticDescriptors.Cancelled.Create(null, "the requested outputs").ToString());
                return RenderError;
            default:
                ConsoleWriter.Error(DiagnosticDescriptors.InternalError.Create(null, "the request", $"{exception.GetType().Name}: {exception.Message}").ToString());
                return RenderError;
        }
    }

    /// <summary>" (did you mean '--quality'?)" for an unknown option close to one of the command's, or to a command's name.</summary>
    private static string Suggestion(string message, string[] args)
    {
        if (UnknownOption().Match(message) is { Success: true } option && args.Length > 0 && SettingsOf.TryGetValue(args[0], out var settings))
        {
            var names = settings.GetProperties()
                .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
                .Where(a => a is { IsHidden: false })
                .SelectMany(a => a!.LongNames)
                .ToArray();
            return Naming.Suggest(option.Groups[1].Value, names) is { } name ? $" (did you mean '--{name}'?)" : string.Empty;
        }

        if (UnknownCommand().Match(message) is { Success: true } command)
        {
            var names = SettingsOf.Keys.Where(k => k != "msbuild-render");
            return Naming.Suggest(command.Groups[1].Value, names) is { } name ? $" (did you mean '{name}'?)" : string.Empty;
        }

        return string.Empty;
    }

    [GeneratedRegex("^Unknown option '-*([^']+)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex("^Unknown command '([^']+)'")]
    private static partial Regex UnknownCommand();
}
