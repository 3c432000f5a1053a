using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class InfoSettings : EncoderSettings
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
        VideoEncoder encoder;
        try
        {
            ffmpeg = FfmpegInstall.Locate(settings.Ffmpeg);
            ConsoleWriter.Line($"ffmpeg:    {ffmpeg.ExecutablePath}");
            ConsoleWriter.Line($"Version:   {ffmpeg.Version()}");
            ConsoleWriter.Line($"Encoders:  {string.Join(", ", ffmpeg.Encoders("264", "aac"))}");
            var encoders = new EncoderSelection(ffmpeg);
            var trials = await encoders.TrialsAsync(cancellationToken);
            ConsoleWriter.Line($"Hardware H.264: {(trials.Count == 0 ? "none listed" : string.Join(", ", trials.Select(Describe)))}");
            var choice = settings.Encoder ?? EncoderChoice.Auto;
            encoder = await encoders.ResolveAsync(choice, cancellationToken);
            ConsoleWriter.Line($"Encoder:   {encoder}{(choice == EncoderChoice.Auto ? " (auto)" : "")}");
        }
        catch (AsciiAssetsException e)
        {
            return DiagnosticsOutput.Report(e.Diagnostics);
        }

        if (settings.Spec is not null)
        {
            var loaded = SpecLoader.Load(Path.GetFullPath(settings.Spec), InputPolicy.For(settings.Spec, settings.ToOptions().InputRoot));
            var budget = settings.Budget ?? RenderOptions.DefaultBudget;
            var (plan, estimate, note) = await AutoQuality.ChooseAsync(AutoQuality.Candidates(loaded, settings.ToOptions()), ffmpeg, encoder, hardware.LogicalCores, budget, cancellationToken);
            ConsoleWriter.Line($"{Path.GetFileName(settings.Spec)}: quality {plan.Profile.Name.ToString().ToLowerInvariant()}{note} → {plan.Width}x{plan.Height}@{plan.Fps:0.###}, {plan.FrameCount} frames, CRF {plan.Profile.Crf}, ETA {RenderEstimate.Format(estimate.Duration)} ({estimate.RenderMillisecondsPerFrame:0.0} ms render + {estimate.EncodeMillisecondsPerFrame:0.0} ms encode per frame)");
        }

        return App.Ok;
    }

    private static string Describe(EncoderTrial trial) => trial.Passed ? $"{trial.Encoder} passed its trial" : $"{trial.Encoder} failed its trial ({trial.Failure})";
}
