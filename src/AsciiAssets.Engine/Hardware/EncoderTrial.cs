using System.Diagnostics;
using System.Text.RegularExpressions;
using AsciiAssets.Encode;
using AsciiAssets.Plan;

namespace AsciiAssets.Hardware;

/// <summary>
/// One frame through an encoder, with the arguments a real encode would use. `ffmpeg -encoders` lists what the
/// build supports, not what the machine has, so a hardware encoder counts only once its trial succeeds.
/// </summary>
public sealed partial record EncoderTrial(VideoEncoder Encoder, string? Failure)
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(15);

    public bool Passed => Failure is null;

    public static async Task<EncoderTrial> RunAsync(FfmpegInstall ffmpeg, VideoEncoder encoder, CancellationToken token)
    {
        // rgb24 frames like the rendered ones, so the conversion and upload run as they will for real.
        var frame = new EncodeSettings(256, 144, 1, QualityProfile.Draft.Crf, QualityProfile.Draft.X264Preset, encoder);
        var arguments = string.Join(' ', new[]
        {
            "-hide_banner -v error",
            frame.InputArguments,
            $"-f lavfi -i color=c=black:s={frame.Width}x{frame.Height}:r={frame.FpsText},format=rgb24 -frames:v 1",
            frame.VideoArguments,
            "-f null -",
        }.Where(part => part.Length > 0));
        using var process = Process.Start(new ProcessStartInfo(ffmpeg.ExecutablePath, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        // Both pipes are read while ffmpeg runs, so neither can fill up and stall it.
        var error = process.StandardError.ReadToEndAsync(token);
        var output = process.StandardOutput.ReadToEndAsync(token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            token.ThrowIfCancellationRequested();
            return new EncoderTrial(encoder, $"no answer within {TimeLimit.TotalSeconds:0} s");
        }

        await Task.WhenAll(error, output).ConfigureAwait(false);
        return new EncoderTrial(encoder, process.ExitCode == 0 ? null : FirstError(await error.ConfigureAwait(false)) ?? $"exit code {process.ExitCode}");
    }

    /// <summary>ffmpeg's first error line, without the "[h264_nvenc @ 0x55d0…]" prefix whose address changes every run.</summary>
    public static string? FirstError(string standardError) =>
        standardError.Split('\n').Select(line => ContextPrefix().Replace(line, string.Empty).Trim()).FirstOrDefault(line => line.Length > 0);

    [GeneratedRegex(@"^\s*\[[^\]]* @ 0x[0-9a-fA-F]+\]\s*")]
    private static partial Regex ContextPrefix();
}
