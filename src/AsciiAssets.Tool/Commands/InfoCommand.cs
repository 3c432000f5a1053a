using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class InfoSettings : SharedSettings
{
    [CommandArgument(0, "[SPEC]")]
    [Description("A spec to show the chosen settings for.")]
    public string? Spec { get; init; }

    [CommandOption("--ffmpeg <PATH>")]
    [Description("The ffmpeg executable or its folder.")]
    public string? Ffmpeg { get; init; }
}

public sealed class InfoCommand : AsyncCommand<InfoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfoSettings settings, CancellationToken cancellationToken)
    {
        var hardware = HardwareInfo.Detect();
        ConsoleWriter.Line($"AsciiAssets {typeof(InfoCommand).Assembly.GetName().Version?.ToString(3)} on .NET {Environment.Version}");
        ConsoleWriter.Line($"Hardware:  {hardware}");
        FfmpegInstall ffmpeg;
        try
        {
            ffmpeg = FfmpegInstall.Locate(settings.Ffmpeg);
            ConsoleWriter.Line($"ffmpeg:    {ffmpeg.ExecutablePath}");
            ConsoleWriter.Line($"Version:   {ffmpeg.Version()}");
            ConsoleWriter.Line($"Encoders:  {string.Join(", ", ffmpeg.Encoders("264", "aac"))}");
            var hardwareEncoders = await HardwareEncoders.UsableAsync(ffmpeg, cancellationToken);
            ConsoleWriter.Line($"Hardware H.264: {(hardwareEncoders.Count == 0 ? "none usable (each listed one failed a one-frame trial, or none is listed)" : string.Join(", ", hardwareEncoders))}");
        }
        catch (AsciiAssetsException e)
        {
            return DiagnosticsOutput.Report(e.Diagnostics);
        }

        if (settings.Spec is not null)
        {
            var loaded = SpecLoader.Load(Path.GetFullPath(settings.Spec));
            var budget = settings.Budget ?? RenderOptions.DefaultBudget;
            var (plan, estimate, note) = await AutoQuality.ChooseAsync(AutoQuality.Candidates(loaded, settings.ToOptions()), ffmpeg, hardware.LogicalCores, budget, cancellationToken);
            ConsoleWriter.Line($"{Path.GetFileName(settings.Spec)}: quality {plan.Profile.Name.ToString().ToLowerInvariant()}{note} → {plan.Width}x{plan.Height}@{plan.Fps:0.###}, {plan.FrameCount} frames, CRF {plan.Profile.Crf}, ETA {RenderEstimate.Format(estimate.Duration)} ({estimate.RenderMillisecondsPerFrame:0.0} ms render + {estimate.EncodeMillisecondsPerFrame:0.0} ms encode per frame)");
        }

        return App.Ok;
    }
}
