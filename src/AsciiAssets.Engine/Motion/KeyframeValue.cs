using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Spec;

namespace AsciiAssets.Motion;

/// <summary>A value at a time of the scene.</summary>
public sealed record Keyframe(TimeValue Time, MovingValue Value);

/// <summary>
/// <c>{ keys: { 0s: 0.2, 1.5s: 0.9, 4s: 0.4 }, ease: out_expo }</c>: each key's value at its time (relative to the
/// scene), eased from one key to the next; the first value before the first key, the last after the last.
/// </summary>
public sealed record KeyframeValue(IReadOnlyList<Keyframe> Keys, Easing Ease) : MovingValue
{
    // An array, so the search per frame makes no interface calls.
    private readonly Keyframe[] _keys = Keys.ToArray();

    public override float At(in FrameTime time)
    {
        var now = SceneSeconds(time);
        var keys = _keys;
        var end = keys[0].Time.ToSeconds(time.Fps);
        if (now <= end)
        {
            return keys[0].Value.At(time);
        }

        for (var i = 1; i < keys.Length; i++)
        {
            var start = end;
            end = keys[i].Time.ToSeconds(time.Fps);
            if (now < end)
            {
                var from = keys[i - 1].Value.At(time);
                return from + (keys[i].Value.At(time) - from) * Easings.Apply(Ease, (float)((now - start) / (end - start)));
            }
        }

        return keys[^1].Value.At(time);
    }

    public override bool UsesFeatures => _keys.Any(k => k.Value.UsesFeatures);

    internal override void Validate(MotionCheck check, string path)
    {
        double? previous = null;
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            key.Value.Validate(check, $"{path}.keys[{key.Time}]");
            var seconds = check.Seconds(key.Time, key, string.Empty);
            if (seconds <= previous)
            {
                check.Report(DiagnosticDescriptors.KeyframesOutOfOrder, key, string.Empty, path, key.Time, _keys[i - 1].Time);
            }

            previous = seconds ?? previous;
        }
    }
}
