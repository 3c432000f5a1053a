using System.Globalization;
using AsciiAssets.Diagnostics;
using AsciiAssets.Motion;
using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>Checks that need more than one key: frame size limits, positive times, and scenes that tile the video.</summary>
internal static class SpecValidator
{
    public const int MinimumSide = 16;
    public const int MaximumSide = 7680;

    public static void Validate(LoadedSpec loaded, DiagnosticBag diagnostics)
    {
        var spec = loaded.Spec;
        var at = loaded.Locations;
        ValidateOutputName(loaded, diagnostics);
        if (spec.Size is { IsPinned: true } size)
        {
            ValidateSize(size.Width, size.Height, at.Of(spec, "size"), diagnostics);
        }

        if (spec.Fps is { } fps && fps <= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.NotPositive, at.Of(spec, "fps"), "fps", fps);
        }

        ValidateRecords(loaded, diagnostics);
        ValidateHeldLayers(loaded, diagnostics);

        // Frame-based times mean nothing until the fps is fixed, so they require a pinned fps.
        var times = spec.Scenes.SelectMany(s => new[] { (Owner: (object)s, Key: "start", Time: s.Start), (s, "end", s.End) }).ToList();
        if (spec.Duration is { } d)
        {
            times.Add((spec, "duration", d));
        }

        if (spec.Loop?.Crossfade is { } crossfade)
        {
            times.Add((spec.Loop, "crossfade", crossfade));
        }
        times.AddRange(spec.Scenes.Select(s => s.Transition).OfType<Transitions.TransitionParameters>().Where(t => t.Duration is not null).Select(t => ((object)t, "duration", t.Duration!.Value)));

        if (spec.Fps is null && times.FirstOrDefault(t => t.Time.IsFrames) is { Owner: not null } framed)
        {
            diagnostics.Add(DiagnosticDescriptors.FramesNeedFps, at.Of(framed.Owner, framed.Key), framed.Time);
            return;
        }

        var rate = spec.Fps ?? 24;
        if (spec.Duration is { } duration && duration.ToSeconds(rate) <= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.NotPositive, at.Of(spec, "duration"), "duration", duration);
        }

        ValidateScenes(loaded, rate, diagnostics);
        ValidateOutputs(loaded, rate, diagnostics);
        ValidateLoop(loaded, rate, diagnostics);
    }

    /// <summary>The cross-fade takes frames before the start into the end: at least one, and no more than half the video, so the faded tail never reaches the start.</summary>
    private static void ValidateLoop(LoadedSpec loaded, double fps, DiagnosticBag diagnostics)
    {
        if (loaded.Spec.Loop is not { } loop || (loaded.Spec.Duration ?? loaded.Spec.Scenes.LastOrDefault()?.End) is not { } end)
        {
            return;
        }

        var crossfade = loop.Crossfade ?? LoopSpec.DefaultCrossfade;
        var seconds = crossfade.ToSeconds(fps);
        if (seconds <= 0 || seconds > end.ToSeconds(fps) / 2 + 0.5 / fps)
        {
            diagnostics.Add(DiagnosticDescriptors.CrossfadeTooLong, loaded.Locations.Of(loop, "crossfade"), crossfade, end);
        }
    }

    /// <summary>
    /// A transparent spec's outputs that cannot carry alpha and have no matte, a warning each (they render, over
    /// black); an opaque spec's mattes, which change nothing. Reported with the render's other warnings about what a
    /// spec will look like.
    /// </summary>
    public static IEnumerable<Diagnostic> AlphaWarnings(LoadedSpec loaded)
    {
        var spec = loaded.Spec;
        var at = loaded.Locations;
        if (spec.Background != Background.Transparent)
        {
            foreach (var output in (spec.Outputs ?? Array.Empty<Encode.Outputs.OutputKind>()).Where(o => o.FlattensOnto is not null))
            {
                yield return DiagnosticDescriptors.MatteOnOpaqueSpec.Create(at.Of(output, "matte"), output.KindName);
            }

            yield break;
        }

        if (spec.Outputs is null)
        {
            yield return DiagnosticDescriptors.NoAlphaInOutput.Create(at.Of(spec, "background"), "mp4", " (the default output, as the spec lists no 'outputs')");
            yield break;
        }

        foreach (var output in spec.Outputs.Where(o => !o.CarriesAlpha && o.FlattensOnto is null))
        {
            yield return DiagnosticDescriptors.NoAlphaInOutput.Create(at.Of(output), output.KindName, output.NoAlphaReason);
        }
    }

    /// <summary>One entry per kind (each writes files named after the output), a video for the HTML snippet, a poster time inside the video.</summary>
    private static void ValidateOutputs(LoadedSpec loaded, double fps, DiagnosticBag diagnostics)
    {
        if (loaded.Spec.Outputs is not { } outputs)
        {
            return;
        }

        var at = loaded.Locations;
        foreach (var repeated in outputs.GroupBy(o => o.GetType()).Where(g => g.Count() > 1))
        {
            var second = repeated.ElementAt(1);
            diagnostics.Add(DiagnosticDescriptors.DuplicateOutputKind, at.Of(second), second.KindName, $"the same files named after '{loaded.OutputName}'");
        }

        if (outputs.OfType<Encode.Outputs.HtmlOutput>().FirstOrDefault() is { } html && !outputs.Any(o => o is Encode.Outputs.WebmOutput or Encode.Outputs.Mp4Output))
        {
            diagnostics.Add(DiagnosticDescriptors.HtmlWithoutVideo, at.Of(html));
        }

        var end = loaded.Spec.Duration ?? loaded.Spec.Scenes.LastOrDefault()?.End;
        foreach (var poster in outputs.OfType<Encode.Outputs.PosterOutput>())
        {
            if (poster.At is { } time && end is { } last && time.ToSeconds(fps) >= last.ToSeconds(fps))
            {
                diagnostics.Add(DiagnosticDescriptors.PosterPastTheEnd, at.Of(poster, "at"), time, last);
            }
        }
    }

    /// <summary>The rules of every record that states its own, and the times of every motion (in frames only with a pinned fps, in order).</summary>
    private static void ValidateRecords(LoadedSpec loaded, DiagnosticBag diagnostics)
    {
        var motions = new MotionCheck(loaded.Spec.Fps, loaded.Locations, diagnostics);
        foreach (var record in SpecTree.Records(loaded.Spec))
        {
            if (record is IValidatedRecord validated)
            {
                validated.Validate(new RecordCheck(record, loaded.Locations, diagnostics));
            }

            foreach (var motion in MovingParameters.Of(record))
            {
                motion.Value.Validate(motions, motion.Parameter.Name);
            }
        }
    }

    /// <summary>
    /// A held layer is drawn only on the first frame of each window; a field with state would then step once per
    /// window, and a worker starting inside a window would have to know that, so such layers cannot be held.
    /// </summary>
    private static void ValidateHeldLayers(LoadedSpec loaded, DiagnosticBag diagnostics)
    {
        for (var s = 0; s < loaded.Spec.Scenes.Count; s++)
        {
            var scene = loaded.Spec.Scenes[s];
            for (var l = 0; l < scene.Layers.Count; l++)
            {
                var layer = scene.Layers[l];
                if (layer.Hold > 1 && SpecTree.Records(layer).FirstOrDefault(r => r is Frames.IStatefulParameters) is { } stateful)
                {
                    diagnostics.Add(DiagnosticDescriptors.HeldLayerWithState, loaded.Locations.Of(layer, "hold"), l + 1, SceneName(scene, s), layer.Hold, SpecRegistry.NameOf(stateful));
                }
            }
        }
    }

    /// <summary>The output is written inside the output folder under this name, so it must be a plain file name on every system.</summary>
    private static void ValidateOutputName(LoadedSpec loaded, DiagnosticBag diagnostics)
    {
        var name = loaded.OutputName;
        if (OutputName.Problem(name) is not { } problem)
        {
            return;
        }

        if (loaded.Spec.Output is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidOutputName, new SourceLocation(loaded.Path, 1, 1), name, problem + " (it comes from the spec's file name; set 'output' to another)");
        }
        else
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidOutputName, loaded.Locations.Of(loaded.Spec, "output"), name, problem);
        }
    }

    public static void ValidateSize(int width, int height, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (width > MaximumSide || height > MaximumSide)
        {
            diagnostics.Add(DiagnosticDescriptors.SizeTooLarge, location, width, height, MaximumSide);
        }
        else if (width < MinimumSide || height < MinimumSide)
        {
            diagnostics.Add(DiagnosticDescriptors.SizeTooSmall, location, width, height, MinimumSide);
        }
        else if (width % 2 != 0 || height % 2 != 0)
        {
            var side = width % 2 != 0 ? "width" : "height";
            diagnostics.Add(DiagnosticDescriptors.OddSize, location, width, height, side, $"{width + width % 2}x{height + height % 2}");
        }
    }

    private static void ValidateScenes(LoadedSpec loaded, double fps, DiagnosticBag diagnostics)
    {
        var spec = loaded.Spec;
        var at = loaded.Locations;
        var previousEnd = 0.0;
        string? previousName = null;
        var previousEndText = "0s";
        // Half a frame of tolerance: times that round to the same frame meet exactly.
        var tolerance = 0.5 / fps;
        for (var i = 0; i < spec.Scenes.Count; i++)
        {
            var scene = spec.Scenes[i];
            var name = SceneName(scene, i);
            var start = scene.Start.ToSeconds(fps);
            var end = scene.End.ToSeconds(fps);
            if (end <= start)
            {
                diagnostics.Add(DiagnosticDescriptors.SceneEndsBeforeStart, at.Of(scene, "end"), name, scene.End, scene.Start);
                return;
            }

            if (start < previousEnd - tolerance)
            {
                diagnostics.Add(DiagnosticDescriptors.ScenesOverlap, at.Of(scene, "start"), name, scene.Start, previousName, previousEndText);
            }
            else if (start > previousEnd + tolerance)
            {
                var where = previousName is null ? $"the first scene '{name}' starts at {scene.Start}" : $"between scene '{previousName}' and scene '{name}'";
                diagnostics.Add(DiagnosticDescriptors.ScenesGap, at.Of(scene, "start"), previousEndText, scene.Start, where);
            }

            ValidateCut(loaded, scene, i, name, end - start, fps, diagnostics);
            previousEnd = end;
            previousEndText = scene.End.ToString();
            previousName = name;
        }

        if (spec.Duration is { } duration)
        {
            var total = duration.ToSeconds(fps);
            var last = spec.Scenes[^1];
            if (previousEnd > total + tolerance)
            {
                diagnostics.Add(DiagnosticDescriptors.SceneBeyondDuration, at.Of(last, "end"), SceneName(last, spec.Scenes.Count - 1), last.End, duration);
            }
            else if (previousEnd < total - tolerance)
            {
                diagnostics.Add(DiagnosticDescriptors.ScenesGap, at.Of(spec, "duration"), previousEndText, duration, $"after the last scene '{SceneName(last, spec.Scenes.Count - 1)}'");
            }
        }
    }

    /// <summary>A transition and a beat snap belong to a cut between two scenes, and a transition fits in its own scene.</summary>
    private static void ValidateCut(LoadedSpec loaded, SceneSpec scene, int index, string name, double seconds, double fps, DiagnosticBag diagnostics)
    {
        var at = loaded.Locations;
        if (index == 0 && scene.SnapToBeat)
        {
            diagnostics.Add(DiagnosticDescriptors.SnapOnFirstScene, at.Of(scene, "snap_to_beat"), name);
        }

        if (scene.Transition is not { } transition)
        {
            return;
        }

        var type = SpecRegistry.NameOf(transition);
        var duration = transition.DurationOrDefault;
        var where = transition.Duration is null ? at.Of(scene, "transition") : at.Of(transition, "duration");
        if (index == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.TransitionOnFirstScene, at.Of(scene, "transition"), name, type);
        }
        else if (duration.ToFrameIndex(fps) < 1)
        {
            diagnostics.Add(DiagnosticDescriptors.TransitionUnderOneFrame, where, type, name, duration, fps.ToString("0.###", CultureInfo.InvariantCulture));
        }
        else if (duration.ToSeconds(fps) > seconds + 0.5 / fps)
        {
            diagnostics.Add(DiagnosticDescriptors.TransitionLongerThanScene, where, type, name, duration, TimeValue.FromSeconds(seconds));
        }
    }

    public static string SceneName(SceneSpec scene, int index) =>
        scene.Name ?? (index + 1).ToString(CultureInfo.InvariantCulture);
}
