using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

[Registered("matrix_rain", "Falling code: bright heads with fading trails, each column at its own speed; characters flicker.")]
public sealed record MatrixRainField(
    [Doc("Fall speed, in grid heights per second (each column varies around it).")][Range(0.01, 20)][NotBindable("each drop's speed is laid out once when the field is built")] float Speed = 0.6f,
    [Doc("Trail length as a fraction of the grid height.")][Range(0.02, 2)][NotBindable("each drop's trail is laid out once when the field is built")] float Trail = 0.4f,
    [Doc("Drops falling in each column at once.")][Range(1, 8)][NotBindable("the drops are laid out once when the field is built")] int Drops = 2,
    [Doc("Empty space between drops, as a fraction of the grid height (each drop varies around it).")][Range(0, 10)][NotBindable("the gaps between drops are laid out once when the field is built")] float Gap = 0.5f,
    [Doc("How often a lit character changes, per second.")][Range(0, 60)] float Flicker = 10f) : FieldParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Closed form in time: drop d of column c cycles with its own period and phase (hashed from the seed),
    /// so head = fract(phase + t / period) · (rows + trail + gap) needs no state from earlier frames.
    /// </summary>
    private sealed class Executor : IValueField
    {
        private readonly MatrixRainField _p;
        private readonly uint _seed;
        private readonly int _columns;
        private readonly int _rows;
        private readonly float[] _cycle;
        private readonly float[] _rate;
        private readonly float[] _phase;
        private readonly float[] _trail;

        public Executor(MatrixRainField p, FieldSetup setup)
        {
            _p = p;
            _seed = setup.Seed;
            _columns = setup.Grid.Columns;
            _rows = setup.Grid.Rows;
            var drops = _columns * p.Drops;
            _cycle = new float[drops];
            _rate = new float[drops];
            _phase = new float[drops];
            _trail = new float[drops];
            for (var c = 0; c < _columns; c++)
            {
                for (var d = 0; d < p.Drops; d++)
                {
                    var j = c * p.Drops + d;
                    var h = Hash.Combine(_seed, (uint)c, (uint)d);
                    var trail = MathF.Max(1f, _rows * p.Trail * (0.6f + 0.8f * Hash.Unit(h, 1)));
                    var gap = _rows * p.Gap * (0.3f + 1.4f * Hash.Unit(h, 2));
                    _trail[j] = trail;
                    _cycle[j] = _rows + trail + gap;
                    _rate[j] = _rows * p.Speed * (0.5f + Hash.Unit(h, 3)); // rows per second
                    _phase[j] = Hash.Unit(h, 4);
                }
            }
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            values.Clear();
            var t = time.Time;
            var tick = (uint)(int)MathF.Floor(t * _p.Flicker);
            var drops = _p.Drops;
            for (var c = 0; c < _columns; c++)
            {
                for (var d = 0; d < drops; d++)
                {
                    var j = c * drops + d;
                    var cycle = _cycle[j];
                    var trail = _trail[j];
                    // Head row: starts above the top (negative) and runs past the bottom by the trail.
                    var head = DetMath.Fract(_phase[j] + t * _rate[j] / cycle) * cycle - (cycle - _rows - trail);
                    var first = Math.Max(0, (int)MathF.Ceiling(head - trail));
                    var last = Math.Min(_rows - 1, (int)MathF.Floor(head));
                    for (var r = first; r <= last; r++)
                    {
                        var behind = head - r;
                        var b = behind < 1f ? 1f : 1f - behind / trail;
                        var i = r * _columns + c;
                        if (b > values[i])
                        {
                            values[i] = b;
                        }
                    }
                }
            }

            // Flicker: every lit cell draws a slightly different character at each tick.
            if (_p.Flicker > 0)
            {
                Flicker(values, tick);
            }
        }

        /// <summary>
        /// v · (0.75 + 0.25 · Unit(seed, i, tick)) for each cell with 0 &lt; v &lt; 1, eight cells a step with the
        /// scalar definition's integer and float operations in the same order.
        /// </summary>
        private void Flicker(Span<float> values, uint tick)
        {
            ref var start = ref MemoryMarshal.GetReference(values);
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                // Hash.Combine(a, b) = Mix(a ^ (b + 0x9e3779b9 + (a << 6) + (a >> 2))), first with a = seed, then with b = tick.
                var seed = Vector256.Create(_seed);
                var k = Vector256.Create(0x9e3779b9U + (_seed << 6) + (_seed >> 2)) + Vector256.Create(0u, 1, 2, 3, 4, 5, 6, 7);
                var t = Vector256.Create(tick + 0x9e3779b9U);
                var unit = Vector256.Create(1f / 16777216f);
                var low = Vector256.Create(0.75f);
                var quarter = Vector256.Create(0.25f);
                var one = Vector256.Create(1f);
                for (; i + 8 <= values.Length; i += 8)
                {
                    var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                    var lit = Vector256.GreaterThan(v, Vector256<float>.Zero) & Vector256.LessThan(v, one);
                    if (lit == Vector256<float>.Zero)
                    {
                        continue;
                    }

                    var a = Mix(seed ^ (Vector256.Create((uint)i) + k));
                    var h = Mix(a ^ (t + (a << 6) + (a >> 2)));
                    var u = Vector256.ConvertToSingle((h >> 8).AsInt32()) * unit;
                    Vector256.ConditionalSelect(lit, v * (low + quarter * u), v).StoreUnsafe(ref start, (nuint)i);
                }
            }

            for (; i < values.Length; i++)
            {
                var v = Unsafe.Add(ref start, i);
                if (v > 0 && v < 1f)
                {
                    Unsafe.Add(ref start, i) = v * (0.75f + 0.25f * Hash.Unit(_seed, (uint)i, tick));
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<uint> Mix(Vector256<uint> x)
        {
            x ^= x >> 16;
            x *= 0x7feb352dU;
            x ^= x >> 15;
            x *= 0x846ca68bU;
            return x ^ (x >> 16);
        }
    }
}
