using System.Collections.Concurrent;
using AsciiAssets.Encode;
using AsciiAssets.Motion;
using AsciiAssets.Plan;

namespace AsciiAssets.Audio;

/// <summary>
/// Decides and computes the features of a plan: none when the spec uses none; synthetic at the spec's tempo when
/// it has no audio; otherwise the audio decoded once through ffmpeg and analysed at the plan's fps.
/// </summary>
public static class FeatureAnalysis
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written, double Fps, int Frames), Lazy<AudioFeatures>> Cache = new();

    /// <summary>
    /// Gives every plan that uses features its features, before any frame is rendered. Plans of one spec at
    /// different fps (the candidates of 'auto') share one decode of the audio.
    /// </summary>
    public static async Task<IReadOnlyList<RenderPlan>> AttachAsync(IReadOnlyList<RenderPlan> plans, FfmpegInstall ffmpeg, CancellationToken token)
    {
        var result = new RenderPlan[plans.Count];
        var decoded = new Dictionary<string, Pcm16>(StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (plan.Features is not null || !MovingParameters.UseAudioFeatures(plan.Spec))
            {
                result[i] = plan.Features is null ? plan with { Features = AudioFeatures.None } : plan;
                continue;
            }

            if (plan.Spec.Audio is not { } audio)
            {
                result[i] = plan with { Features = Synthetic(plan) };
                continue;
            }

            var key = Key(audio.FullPath, plan);
            if (!Cache.TryGetValue(key, out var cached))
            {
                if (!decoded.TryGetValue(audio.FullPath, out var pcm))
                {
                    pcm = await AudioDecoder.DecodeAsync(ffmpeg, audio.FullPath, token).ConfigureAwait(false);
                    decoded[audio.FullPath] = pcm;
                }

                var features = AudioAnalyzer.Analyze(pcm.Samples, plan.Fps, plan.FrameCount, Path.GetFileName(audio.FullPath));
                cached = Cache.GetOrAdd(key, new Lazy<AudioFeatures>(features));
            }

            result[i] = plan with { Features = cached.Value };
        }

        return result;
    }

    /// <inheritdoc cref="AttachAsync(IReadOnlyList{RenderPlan}, FfmpegInstall, CancellationToken)"/>
    public static async Task<RenderPlan> AttachAsync(RenderPlan plan, FfmpegInstall ffmpeg, CancellationToken token) =>
        (await AttachAsync(new[] { plan }, ffmpeg, token).ConfigureAwait(false))[0];

    /// <summary>The features of a plan that was not given any (previews, estimates, tests): decoded with the ffmpeg on PATH when needed, cached per file and fps.</summary>
    /// <param name="ffmpeg">The ffmpeg that decodes the audio; the one on PATH when null.</param>
    public static AudioFeatures Resolve(RenderPlan plan, FfmpegInstall? ffmpeg = null)
    {
        if (plan.Features is { } features)
        {
            return features;
        }

        if (!MovingParameters.UseAudioFeatures(plan.Spec))
        {
            return AudioFeatures.None;
        }

        if (plan.Spec.Audio is not { } audio)
        {
            return Synthetic(plan);
        }

        var key = Key(audio.FullPath, plan);
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<AudioFeatures>(() =>
        {
            var pcm = AudioDecoder.DecodeAsync(ffmpeg ?? FfmpegInstall.Locate(null), audio.FullPath, CancellationToken.None).GetAwaiter().GetResult();
            return AudioAnalyzer.Analyze(pcm.Samples, plan.Fps, plan.FrameCount, Path.GetFileName(audio.FullPath));
        }));
        try
        {
            return lazy.Value;
        }
        catch
        {
            Cache.TryRemove(KeyValuePair.Create(key, lazy)); // a later call may succeed (ffmpeg installed, file fixed)
            throw;
        }
    }

    /// <summary>Features of an imagined track at the spec's tempo, for every frame of the plan.</summary>
    public static AudioFeatures Synthetic(RenderPlan plan) => SyntheticFeatures.Create(plan.Spec.Tempo, plan.Fps, plan.FrameCount);

    private static (string, long, DateTime, double, int) Key(string path, RenderPlan plan)
    {
        var file = new FileInfo(path);
        return (file.FullName, file.Length, file.LastWriteTimeUtc, plan.Fps, plan.FrameCount);
    }
}
