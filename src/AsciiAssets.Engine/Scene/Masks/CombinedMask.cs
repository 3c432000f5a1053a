using AsciiAssets.Frames;

namespace AsciiAssets.Scene.Masks;

/// <summary>Masks folded cell by cell with one operation (max, min, cut), into buffers made once.</summary>
internal sealed class CombinedMask(IMask[] masks, int cells, Func<float, float, float> combine) : IMask
{
    private readonly float[] _other = new float[cells];

    public void Evaluate(in FrameTime time, ReadOnlySpan<float> values, Span<float> coverage)
    {
        masks[0].Evaluate(time, values, coverage);
        for (var m = 1; m < masks.Length; m++)
        {
            masks[m].Evaluate(time, values, _other);
            for (var i = 0; i < coverage.Length; i++)
            {
                coverage[i] = combine(coverage[i], _other[i]);
            }
        }
    }
}
