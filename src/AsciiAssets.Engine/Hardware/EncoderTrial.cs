using System.Text.RegularExpressions;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Plan;

namespace AsciiAssets.Hardware;

/// <summary>
/// One frame through an encoder, with the arguments a real encode would use. `ffmpeg -encoders` lists what the
/// build supports, not what the machine has, so a hardware encoder counts only once its trial succeeds.
/// </summary>
public sealed partial record EncoderTrial(VideoEncoder Encoder, string? Failure)
{
    public bool Passed => Failure is null;

    public static async Task<EncoderTrial> RunAsync(FfmpegInstall ffmpeg, VideoEncoder encoder, CancellationToken token)
    {
        // rgb24 frames like the rendered ones, so the conversion and upload run as they will for real.
        var frame = new EncodeSettings(256, 144, 1, QualityProfile.Draft.Crf, QualityProfile.Draft.X264Preset, encoder);
        var arguments = new List<string> { "-hide_banner", "-nostdin", "-v", "error" };
        arguments.AddRange(frame.InputArguments);
        arguments.AddRange(new[] { "-f", "lavfi", "-i", $"color=c=black:s={frame.Width}x{frame.Height}:r={frame.FpsText},format=rgb24", "-frames:v", "1" });
        arguments.AddRange(frame.VideoArguments);
        arguments.AddRange(new[] { "-f", "null", "-" });
        try
        {
            using var process = await ChildProcess.RunAsync(ffmpeg.ExecutablePath, arguments, $"trying the {encoder} encoder", FfmpegInstall.ProbeDeadline, token, captureOutput: false).ConfigureAwait(false);
            return new EncoderTrial(encoder, process.ExitCode == 0 ? null : FirstError(process.FirstErrorLine ?? string.Empty) ?? $"exit code {process.ExitCode}");
        }
        catch (AsciiAssetsException e) when (e.Diagnostics.All(d => d.Code == DiagnosticDescriptors.ProcessNotResponding.Code))
        {
            return new EncoderTrial(encoder, $"no answer within {ChildProcess.FormatSeconds(FfmpegInstall.ProbeDeadline)}");
        }
    }

    /// <summary>ffmpeg's first error line, without the "[h264_nvenc @ 0x55d0…]" prefix whose address changes every run.</summary>
    public static string? FirstError(string standardError) =>
        standardError.Split('\n').Select(line => ContextPrefix().Replace(line, string.Empty).Trim()).FirstOrDefault(line => line.Length > 0);

    [GeneratedRegex(@"^\s*\[[^\]]* @ 0x[0-9a-fA-F]+\]\s*")]
    private static partial Regex ContextPrefix();
}
