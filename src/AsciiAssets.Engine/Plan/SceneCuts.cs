using System.Globalization;
using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>
/// The cuts between scenes once the frames are known: starts moved to the nearest beat (scenes with
/// <c>snap_to_beat</c>), then the frames each transition takes from the start of its scene.
/// </summary>
internal static class SceneCuts
{
    /// <summary>Moves the starts of snapping scenes to beats, in order; what moved (AA2081) or could not (AA2080) is in <paramref name="notes"/>.</summary>
    /// <param name="beats">The video's features; asked for only when a scene snaps.</param>
    public static void SnapToBeats(ScenePlan[] scenes, LoadedSpec source, double fps, Func<AudioFeatures> beats, List<Diagnostic> notes)
    {
        for (var i = 1; i < scenes.Length; i++)
        {
            var scene = scenes[i];
            if (!scene.Spec.SnapToBeat)
            {
                continue;
            }

            // Each scene keeps at least one frame: the start stays after the previous scene's start and before this scene's end.
            var features = beats();
            var earliest = scenes[i - 1].StartFrame + 1;
            var latest = scene.EndFrame - 1;
            var where = source.Locations.Of(scene.Spec, "snap_to_beat");
            if (Nearest(features.BeatFrames, scene.StartFrame, earliest, latest) is not { } beat)
            {
                notes.Add(DiagnosticDescriptors.NoBeatToSnapTo.Create(where, scene.Name, features.Source, Seconds(earliest, fps), Seconds(latest, fps), scene.Spec.Start));
                continue;
            }

            if (beat != scene.StartFrame)
            {
                notes.Add(DiagnosticDescriptors.SnappedToBeat.Create(where, scene.Name, Seconds(beat, fps), beat, scene.Spec.Start, features.Source, scenes[i - 1].Name));
            }

            scenes[i - 1] = scenes[i - 1] with { EndFrame = beat };
            scenes[i] = scene with { StartFrame = beat };
        }
    }

    /// <summary>Each transition's frames: its duration at the plan's fps, at least one; a scene that snapping (of its start or of its end) made shorter than its transition is AA1184.</summary>
    public static void Transitions(ScenePlan[] scenes, LoadedSpec source, double fps, DiagnosticBag diagnostics)
    {
        for (var i = 1; i < scenes.Length; i++)
        {
            if (scenes[i].Spec.Transition is not { } transition)
            {
                continue;
            }

            var frames = Math.Max(1, transition.DurationOrDefault.ToFrameIndex(fps));
            var scene = scenes[i];
            // Either cut of the scene may have moved: its own start, or its end with the next scene's start.
            var snapped = scene.Spec.SnapToBeat ? (Scene: scene, Cut: scene.StartFrame)
                : i + 1 < scenes.Length && scenes[i + 1].Spec.SnapToBeat ? (Scene: scenes[i + 1], Cut: scene.EndFrame)
                : default;
            if (frames > scene.FrameCount && snapped.Scene is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.SnappedSceneShorterThanTransition, source.Locations.Of(snapped.Scene.Spec, "snap_to_beat"),
                    Seconds(snapped.Cut, fps), scene.Name, scene.FrameCount, Registry.SpecRegistry.NameOf(transition), frames);
            }

            // The validator holds transitions within their scenes in seconds; rounding to frames may still add one.
            scenes[i] = scene with { TransitionFrames = Math.Min(frames, scene.FrameCount) };
        }
    }

    /// <summary>The beat nearest <paramref name="frame"/> within [earliest, latest], the earlier of two equally near; null when none lies there.</summary>
    private static int? Nearest(ReadOnlySpan<int> beats, int frame, int earliest, int latest)
    {
        int? best = null;
        foreach (var beat in beats)
        {
            if (beat < earliest || beat > latest)
            {
                continue;
            }

            if (best is not { } b || Math.Abs(beat - frame) < Math.Abs(b - frame))
            {
                best = beat;
            }
        }

        return best;
    }

    private static string Seconds(int frame, double fps) => (frame / fps).ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
