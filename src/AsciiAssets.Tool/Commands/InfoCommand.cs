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

public sealed class InfoCommand : Command<InfoSettings>
{
    public override int Execute(CommandContext context, InfoSettings settings, CancellationToken cancellationToken)
    {
        var hardware = HardwareInfo.Detect();
        ConsoleWriter.Line($"AsciiAssets {typeof(InfoCommand).Assembly.GetName().Version?.ToString(3)} on .NET {Environment.Version}");
        ConsoleWriter.Line($"Hardware:  {hardware}");
        var exit = App.Ok;
        try
        {
            var ffmpeg = FfmpegInstall.Locate(settings.Ffmpeg);
            ConsoleWriter.Line($"ffmpeg:    {ffmpeg.ExecutablePath}");
            ConsoleWriter.Line($"Version:   {ffmpeg.Version()}");
            ConsoleWriter.Line($"Encoders:  {string.Join(", ", ffmpeg.Encoders("264", "aac"))}");
        }
        catch (AsciiAssetsException e)
        {
            exit = DiagnosticsOutput.Report(e.Diagnostics);
        }

        var auto = QualityProfile.Resolve(QualityName.Auto, hardware);
        ConsoleWriter.Line($"auto:      {auto.Width}x{auto.Height}@{auto.Fps}, CRF {auto.Crf}, x264 {auto.X264Preset}, shaders {auto.ShaderLevel.ToString().ToLowerInvariant()}");
        if (settings.Spec is not null)
        {
            var plan = RenderPlanner.Plan(SpecLoader.Load(Path.GetFullPath(settings.Spec)), settings.ToOptions(), hardware);
            ConsoleWriter.Line($"{Path.GetFileName(settings.Spec)}: {plan.Width}x{plan.Height}@{plan.Fps:0.###}, {plan.FrameCount} frames, quality {plan.Profile.Name.ToString().ToLowerInvariant()}, CRF {plan.Profile.Crf}");
        }

        return exit;
    }
}
