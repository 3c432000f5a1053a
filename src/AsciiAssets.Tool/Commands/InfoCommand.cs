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

    [CommandOption("--json")]
    [Description("Print one JSON document instead of lines.")]
    public bool Json { get; init; }
}

/// <summary>
/// What this machine offers and what `auto` would choose. Without ffmpeg it says so and shows the rest (exit code 0):
/// finding out that ffmpeg is missing is what `info` is for.
/// </summary>
public sealed class InfoCommand : AsyncCommand<InfoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfoSettings settings, CancellationToken cancellationToken)
    {
        var hardware = HardwareInfo.Detect();
        FfmpegFacts? ffmpegFacts = null;
        string? missing = null;
        FfmpegInstall? ffmpeg = null;
        VideoEncoder? encoder = null;
        try
        {
            ffmpeg = FfmpegInstall.Locate(settings.Ffmpeg);
            var encoders = new EncoderSelection(ffmpeg);
            var trials = await encoders.TrialsAsync(cancellationToken);
            var choice = settings.Encoder ?? EncoderChoice.Auto;
            encoder = await encoders.ResolveAsync(choice, cancellationToken);
            ffmpegFacts = new FfmpegFacts(ffmpeg.ExecutablePath, ffmpeg.Version(), ffmpeg.Encoders("264", "aac"), trials, encoder.Name, choice == EncoderChoice.Auto);
        }
        catch (AsciiAssetsException e) when (e.Diagnostics.All(d => d.Code == DiagnosticDescriptors.FfmpegNotFound.Code))
        {
            missing = e.Diagnostics[0].Message;
        }

        SpecFacts? spec = null;
        if (settings.Spec is not null && ffmpeg is not null && encoder is not null)
        {
            var loaded = SpecLoader.Load(Path.GetFullPath(settings.Spec), InputPolicy.For(settings.Spec, settings.ToOptions().InputRoot));
            var budget = settings.Budget ?? RenderOptions.DefaultBudget;
            var (plan, estimate, note) = await AutoQuality.ChooseAsync(AutoQuality.Candidates(loaded, settings.ToOptions()), ffmpeg, encoder, hardware.LogicalCores, budget, cancellationToken);
            spec = new SpecFacts(Path.GetFileName(settings.Spec), plan, estimate, note);
        }

        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                version = App.Version,
                dotnet = Environment.Version.ToString(),
                hardware = new { cores = hardware.LogicalCores, memoryGiB = Math.Round(hardware.MemoryGiB, 1), platform = hardware.Platform },
                ffmpeg = ffmpegFacts is null ? null : new
                {
                    path = ffmpegFacts.Path,
                    version = ffmpegFacts.Version,
                    encoders = ffmpegFacts.Encoders,
                    hardwareTrials = ffmpegFacts.Trials.Select(t => new { encoder = t.Encoder.Name, passed = t.Passed, failure = t.Failure }),
                    encoder = ffmpegFacts.Encoder,
                },
                ffmpegMissing = missing,
                spec = spec is null ? null : new
                {
                    file = spec.File,
                    quality = Naming(spec.Plan.Profile.Name),
                    width = spec.Plan.Width,
                    height = spec.Plan.Height,
                    fps = spec.Plan.Fps,
                    frames = spec.Plan.FrameCount,
                    crf = spec.Plan.Profile.Crf,
                    etaSeconds = Math.Round(spec.Estimate.Duration.TotalSeconds, 1),
                    renderMillisecondsPerFrame = Math.Round(spec.Estimate.RenderMillisecondsPerFrame, 2),
                    encodeMillisecondsPerFrame = Math.Round(spec.Estimate.EncodeMillisecondsPerFrame, 2),
                },
            });
            return App.Ok;
        }

        ConsoleWriter.Line($"AsciiAssets {App.Version} on .NET {Environment.Version}");
        ConsoleWriter.Line($"Hardware:  {hardware}");
        if (ffmpegFacts is null)
        {
            ConsoleWriter.Line("ffmpeg:    not found");
            ConsoleWriter.Line($"           {missing}");
        }
        else
        {
            ConsoleWriter.Line($"ffmpeg:    {ffmpegFacts.Path}");
            ConsoleWriter.Line($"Version:   {ffmpegFacts.Version}");
            ConsoleWriter.Line($"Encoders:  {string.Join(", ", ffmpegFacts.Encoders)}");
            ConsoleWriter.Line($"Hardware H.264: {(ffmpegFacts.Trials.Count == 0 ? "none listed" : string.Join(", ", ffmpegFacts.Trials.Select(Describe)))}");
            ConsoleWriter.Line($"Encoder:   {ffmpegFacts.Encoder}{(ffmpegFacts.Auto ? " (auto)" : "")}");
        }

        if (spec is not null)
        {
            ConsoleWriter.Line($"{spec.File}: quality {Naming(spec.Plan.Profile.Name)}{spec.Note} → {spec.Plan.Width}x{spec.Plan.Height}@{spec.Plan.Fps:0.###}, {spec.Plan.FrameCount} frames, CRF {spec.Plan.Profile.Crf}, ETA {RenderEstimate.Format(spec.Estimate.Duration)} ({spec.Estimate.RenderMillisecondsPerFrame:0.0} ms render + {spec.Estimate.EncodeMillisecondsPerFrame:0.0} ms encode per frame)");
        }
        else if (settings.Spec is not null)
        {
            ConsoleWriter.Line($"{Path.GetFileName(settings.Spec)}: what auto chooses is measured with ffmpeg, which is not found");
        }

        return App.Ok;
    }

    private static string Naming(QualityName name) => name.ToString().ToLowerInvariant();

    private static string Describe(EncoderTrial trial) => trial.Passed ? $"{trial.Encoder} passed its trial" : $"{trial.Encoder} failed its trial ({trial.Failure})";

    private sealed record FfmpegFacts(string Path, string Version, IReadOnlyList<string> Encoders, IReadOnlyList<EncoderTrial> Trials, string Encoder, bool Auto);

    private sealed record SpecFacts(string File, RenderPlan Plan, RenderEstimate Estimate, string Note);
}
