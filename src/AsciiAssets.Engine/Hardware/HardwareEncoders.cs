using System.Diagnostics;
using AsciiAssets.Encode;

namespace AsciiAssets.Hardware;

/// <summary>
/// Hardware H.264 encoders that really work here. `ffmpeg -encoders` lists what the build supports, not what
/// the machine has, so each listed one must encode one frame before it counts.
/// </summary>
public static class HardwareEncoders
{
    public static readonly IReadOnlyList<string> Known = new[] { "h264_nvenc", "h264_qsv", "h264_vaapi", "h264_videotoolbox", "h264_amf" };

    public static async Task<IReadOnlyList<string>> UsableAsync(FfmpegInstall ffmpeg, CancellationToken token)
    {
        var usable = new List<string>();
        foreach (var encoder in ffmpeg.Encoders("h264").Where(Known.Contains))
        {
            if (await TrialAsync(ffmpeg, encoder, token).ConfigureAwait(false))
            {
                usable.Add(encoder);
            }
        }

        return usable;
    }

    private static async Task<bool> TrialAsync(FfmpegInstall ffmpeg, string encoder, CancellationToken token)
    {
        var upload = encoder == "h264_vaapi" ? "-vaapi_device /dev/dri/renderD128 -vf format=nv12,hwupload " : string.Empty;
        using var process = Process.Start(new ProcessStartInfo(ffmpeg.ExecutablePath,
            $"-v error -f lavfi -i color=black:s=256x144:d=0.04 {upload}-frames:v 1 -c:v {encoder} -f null -")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var drain = Task.WhenAll(process.StandardError.ReadToEndAsync(token), process.StandardOutput.ReadToEndAsync(token));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await drain.ConfigureAwait(false);
            return process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            token.ThrowIfCancellationRequested();
            return false;
        }
    }
}
