using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>Combines a spec, the options and a quality profile into a plan; the spec's pinned values win over the profile.</summary>
public static class RenderPlanner
{
    /// <summary>About one hour of 1080p at 30 fps, in megapixel-frames.</summary>
    public const long MaximumMegapixelFrames = 224_000;

    public static QualityName RequestedQuality(LoadedSpec source, RenderOptions options) =>
        options.Quality ?? source.Spec.Quality ?? QualityName.Auto;

    /// <summary>Plans with the requested profile; for 'auto', with its first candidate (see <see cref="AutoQuality"/>).</summary>
    public static RenderPlan Plan(LoadedSpec source, RenderOptions options) =>
        Plan(source, options, QualityProfile.Resolve(RequestedQuality(source, options)));

    public static RenderPlan Plan(LoadedSpec source, RenderOptions options, QualityProfile profile)
    {
        var spec = source.Spec;
        profile = profile with
        {
            Crf = spec.Crf ?? profile.Crf,
            X264Preset = spec.Preset?.ToString().ToLowerInvariant() ?? profile.X264Preset,
        };
        var (width, height) = FrameSize(spec, profile, options);
        var fps = spec.Fps ?? profile.Fps;

        var scenes = spec.Scenes
            .Select((s, i) => new ScenePlan(i, SpecValidator.SceneName(s, i), s.Start.ToFrameIndex(fps), s.End.ToFrameIndex(fps), s))
            .ToArray();
        var frameCount = spec.Duration?.ToFrameIndex(fps) ?? scenes[^1].EndFrame;
        // Rounding to frames can leave a scene empty or overlapping by one frame at a cut: make them tile exactly.
        for (var i = 0; i < scenes.Length; i++)
        {
            var start = i == 0 ? 0 : scenes[i - 1].EndFrame;
            var end = i == scenes.Length - 1 ? frameCount : Math.Max(start + 1, scenes[i].EndFrame);
            scenes[i] = scenes[i] with { StartFrame = start, EndFrame = end };
        }

        var diagnostics = new DiagnosticBag();
        var notes = new List<Diagnostic>();
        AudioFeatures? features = null;
        if (spec.Scenes.Any(s => s.SnapToBeat))
        {
            // Beats are needed to plan the frames: the features are resolved now and the plan keeps them.
            var provisional = new RenderPlan(source, profile, width, height, fps, frameCount, scenes, string.Empty);
            var ffmpeg = options.FfmpegPath is null ? null : FfmpegInstall.Locate(options.FfmpegPath);
            SceneCuts.SnapToBeats(scenes, source, fps, () => features ??= FeatureAnalysis.Resolve(provisional, ffmpeg), notes);
        }

        SceneCuts.Transitions(scenes, source, fps, diagnostics);
        if (options.Resolution is not null)
        {
            SpecValidator.ValidateSize(width, height, SourceLocation.FileOnly(source.Path), diagnostics);
        }

        var megapixelFrames = (long)width * height * frameCount / 1_000_000;
        if (megapixelFrames > MaximumMegapixelFrames)
        {
            var where = spec.Duration is not null ? source.Locations.Of(spec, "duration") : source.Locations.Of(spec.Scenes[^1], "end");
            diagnostics.Add(DiagnosticDescriptors.VideoTooLong, where, frameCount, width, height, MaximumMegapixelFrames);
        }

        diagnostics.ThrowIfErrors();
        var outputDirectory = options.OutputDirectory ?? Path.GetDirectoryName(source.Path) ?? ".";
        var output = Path.GetFullPath(Path.Combine(outputDirectory, source.OutputName + ".mp4"));
        return new RenderPlan(source, profile, width, height, fps, frameCount, scenes, output)
        {
            RequestedEncoder = options.Encoder ?? EncoderChoice.Auto,
            Features = features,
            Notes = notes,
            DesignSize = DesignSize(spec, options, (width, height)),
        };
    }

    private static (int Width, int Height) FrameSize(VideoSpec spec, QualityProfile profile, RenderOptions options)
    {
        if (options.Resolution is { } resolution)
        {
            return resolution;
        }

        if (spec.Size is { IsPinned: true } pinned)
        {
            return (pinned.Width, pinned.Height);
        }

        var (w, h) = spec.Size is { Preset: { } preset } ? SizeValue.PresetPixels(preset) : SizeValue.PresetPixels(SizePreset.Landscape);
        return (Even(w * profile.PresetScale), Even(h * profile.PresetScale));
    }

    /// <summary>A preset scaled down by a draft profile stands for the preset's full size; anything else is what it is.</summary>
    private static (int Width, int Height) DesignSize(VideoSpec spec, RenderOptions options, (int Width, int Height) frame)
    {
        if (options.Resolution is not null || spec.Size is { IsPinned: true })
        {
            return frame;
        }

        var full = SizeValue.PresetPixels(spec.Size?.Preset ?? SizePreset.Landscape);
        return full.Width > frame.Width ? full : frame;
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2);
}
