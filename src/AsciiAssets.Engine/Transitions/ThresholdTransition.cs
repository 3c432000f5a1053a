using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Transitions;

/// <summary>
/// A transition in which every pixel turns from the outgoing scene to the incoming one at its own moment, given
/// by an order map in 0..255 computed once per frame size (a wipe's distance along its direction, an iris's from
/// the centre, a dissolve's random rank). Per frame only a 256-entry table of weights is built from the progress.
/// A transparent frame's alpha plane turns with its pixels, by the same weights: premultiplied colour and alpha
/// mixed alike stay a valid premultiplied pixel.
/// </summary>
public abstract record ThresholdTransition : TransitionParameters
{
    [SharedParameter(0.1f)]
    [Doc("Width of the soft edge between the scenes, as a fraction of the whole sweep: 0 is a hard edge.")]
    [Range(0, 1)]
    public float Softness { get; init; } = 0.1f;

    /// <summary>When the pixel (x, y) turns, in [0, 1): 0 first, towards 1 last.</summary>
    protected abstract float Order(int x, int y, TransitionSetup setup);

    public sealed override ITransition Create(TransitionSetup setup)
    {
        var map = new byte[setup.Width * setup.Height * 3];
        var alphaMap = setup.Alpha ? new byte[setup.Width * setup.Height] : null;
        for (var y = 0; y < setup.Height; y++)
        {
            for (var x = 0; x < setup.Width; x++)
            {
                var rank = (byte)Math.Clamp((int)(Order(x, y, setup) * 256f), 0, 255);
                var pixel = y * setup.Width + x;
                map[3 * pixel] = map[3 * pixel + 1] = map[3 * pixel + 2] = rank;
                if (alphaMap is not null)
                {
                    alphaMap[pixel] = rank;
                }
            }
        }

        return new Executor(this, map, alphaMap);
    }

    /// <param name="alphaMap">The ranks once per pixel, for the alpha plane; null when frames carry none.</param>
    private sealed class Executor(ThresholdTransition p, byte[] map, byte[]? alphaMap) : ITransition
    {
        private readonly byte[] _table = new byte[ByteLookup.TableLength];
        private readonly byte[] _weights = new byte[map.Length];
        private readonly byte[]? _alphaWeights = alphaMap is null ? null : new byte[alphaMap.Length];

        public void Apply(FrameBuffer outgoing, FrameBuffer incoming, float progress, in FrameTime time)
        {
            // The edge sweeps from before the first rank to past the last, so progress 0 and 1 are whole scenes.
            var softness = Math.Clamp(p.Softness, 0f, 1f);
            var edge = progress * (1 + softness);
            for (var rank = 0; rank < _table.Length; rank++)
            {
                var at = (rank + 0.5f) / 256f;
                var weight = softness <= 0 ? (at < edge ? 1f : 0f) : Math.Clamp((edge - at) / softness, 0f, 1f);
                _table[rank] = (byte)(weight * 255f + 0.5f);
            }

            map.CopyTo(_weights, 0);
            ByteLookup.Apply(_weights, _table);
            PixelMath.MixByWeights(outgoing.Pixels, incoming.Pixels, _weights);
            if (incoming.HasAlpha)
            {
                var alphaWeights = _alphaWeights!;
                alphaMap!.CopyTo(alphaWeights, 0);
                ByteLookup.Apply(alphaWeights, _table);
                PixelMath.MixByWeights(outgoing.Alpha, incoming.Alpha, alphaWeights);
            }
        }
    }
}
