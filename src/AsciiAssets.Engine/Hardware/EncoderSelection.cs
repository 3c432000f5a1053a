using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;

namespace AsciiAssets.Hardware;

/// <summary>
/// Resolves encoder choices for one run. An encoder is tried only when a choice needs it, and at most once: a run
/// that renders nothing tries none, and every job of the run shares the answers. Used one spec at a time.
/// </summary>
public sealed class EncoderSelection(FfmpegInstall ffmpeg)
{
    private readonly Dictionary<VideoEncoder, Task<EncoderTrial>> _trials = new();
    private IReadOnlyList<VideoEncoder>? _listed;

    /// <summary>The hardware encoders this ffmpeg lists, in the order 'auto' tries them.</summary>
    public IReadOnlyList<VideoEncoder> Listed
    {
        get
        {
            if (_listed is null)
            {
                var names = ffmpeg.Encoders("h264");
                _listed = VideoEncoder.Hardware.Where(encoder => names.Contains(encoder.Name)).ToArray();
            }

            return _listed;
        }
    }

    /// <summary>The encoder to use. A named hardware encoder that fails its trial is an error (AA4002), not a silent fallback.</summary>
    public async Task<VideoEncoder> ResolveAsync(EncoderChoice choice, CancellationToken token)
    {
        if (choice.Named is { } named)
        {
            if (!named.IsHardware)
            {
                return named;
            }

            var trial = await TrialAsync(named, token).ConfigureAwait(false);
            return trial.Passed ? named : throw new AsciiAssetsException(DiagnosticDescriptors.EncoderTrialFailed.Create(null, named.Name, trial.Failure));
        }

        foreach (var encoder in Listed)
        {
            if ((await TrialAsync(encoder, token).ConfigureAwait(false)).Passed)
            {
                return encoder;
            }
        }

        return VideoEncoder.Libx264;
    }

    /// <summary>The trial of every listed hardware encoder, for `info`.</summary>
    public async Task<IReadOnlyList<EncoderTrial>> TrialsAsync(CancellationToken token)
    {
        var trials = new List<EncoderTrial>();
        foreach (var encoder in Listed)
        {
            trials.Add(await TrialAsync(encoder, token).ConfigureAwait(false));
        }

        return trials;
    }

    private Task<EncoderTrial> TrialAsync(VideoEncoder encoder, CancellationToken token)
    {
        if (!_trials.TryGetValue(encoder, out var trial))
        {
            trial = EncoderTrial.RunAsync(ffmpeg, encoder, token);
            _trials[encoder] = trial;
        }

        return trial;
    }
}
