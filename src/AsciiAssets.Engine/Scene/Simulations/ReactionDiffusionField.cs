using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Simulations;

/// <summary>Feed and kill rates of the Gray-Scott model that grow well-known patterns.</summary>
public enum ReactionPreset
{
    /// <summary>feed 0.055, kill 0.062.</summary>
    Spots,

    /// <summary>feed 0.046, kill 0.063.</summary>
    Worms,

    /// <summary>feed 0.037, kill 0.060.</summary>
    Coral,

    /// <summary>feed 0.028, kill 0.062.</summary>
    Mitosis,

    /// <summary>feed 0.029, kill 0.057.</summary>
    Labyrinth,

    /// <summary>feed 0.039, kill 0.058.</summary>
    Holes,

    /// <summary>feed 0.026, kill 0.051.</summary>
    Chaos,
}

[Registered("reaction_diffusion", "Gray-Scott reaction-diffusion: two chemicals diffusing and reacting on the grid grow spots, worms, coral, dividing cells, labyrinths, holes or chaos (the seven presets).")]
public sealed record ReactionDiffusionField(
    [Doc("The pattern: spots, worms, coral, mitosis, labyrinth, holes or chaos.")] ReactionPreset Preset = ReactionPreset.Coral,
    [Doc("Feed rate instead of the preset's (about 0.01 to 0.1).")][Range(0, 0.12)] float? Feed = null,
    [Doc("Kill rate instead of the preset's (about 0.04 to 0.07).")][Range(0, 0.08)] float? Kill = null,
    [Doc("Simulation steps per second.")][Range(0, 2000)] float Speed = 240f,
    [Doc("Steps run before the scene's first frame, so it opens on a grown pattern.")][Range(0, 20000)][NotBindable("the steps run once, before the scene's first frame")] int Warmup = 1500,
    [Doc("Seed patches of the second chemical per thousand cells at the start.")][Range(0.1, 100)][NotBindable("the patches are laid out once, before the scene's first frame")] float Patches = 6f) : FieldParameters, IStatefulParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    internal static (float Feed, float Kill) Rates(ReactionPreset preset) => preset switch
    {
        ReactionPreset.Spots => (0.055f, 0.062f),
        ReactionPreset.Worms => (0.046f, 0.063f),
        ReactionPreset.Coral => (0.037f, 0.060f),
        ReactionPreset.Mitosis => (0.028f, 0.062f),
        ReactionPreset.Labyrinth => (0.029f, 0.057f),
        ReactionPreset.Holes => (0.039f, 0.058f),
        _ => (0.026f, 0.051f),
    };

    /// <summary>
    /// Karl Sims' discretisation on a torus: diffusion 1 and 0.5, time step 1, a 3×3 Laplacian with weights 0.2 (sides)
    /// and 0.05 (corners). Float operations in a fixed order, so every machine computes the same bits.
    /// </summary>
    private sealed class Executor : IValueField, IStatefulExecutor
    {
        private const float DiffusionA = 1f;
        private const float DiffusionB = 0.5f;

        private readonly ReactionDiffusionField _p;
        private readonly FieldSetup _setup;
        private readonly int _columns;
        private readonly int _rows;
        private float[] _a;
        private float[] _b;
        private float[] _nextA;
        private float[] _nextB;
        private readonly int _warmup;
        private readonly float _patches;
        private StepClock _clock;

        public Executor(ReactionDiffusionField p, FieldSetup setup)
        {
            _p = p;
            _setup = setup;
            _columns = setup.Grid.Columns;
            _rows = setup.Grid.Rows;
            var count = setup.Grid.CellCount;
            _a = new float[count];
            _b = new float[count];
            _nextA = new float[count];
            _nextB = new float[count];
            // Taken once: a reset mid-scene must grow the same start whatever the parameters hold then.
            _warmup = p.Warmup;
            _patches = p.Patches;
            Reset();
        }

        public int WarmUpFrames => int.MaxValue;

        public void Reset()
        {
            Array.Fill(_a, 1f);
            Array.Clear(_b);
            var patches = Math.Max(1, (int)(_patches * _a.Length / 1000f));
            var seed = Hash.Combine(_setup.Seed, 0x475253u);
            var radius = Math.Max(2, Math.Min(_columns, _rows) / 10);
            for (var n = 0u; n < patches; n++)
            {
                var cx = (int)(Hash.Unit(seed, n, 1) * _columns);
                var cy = (int)(Hash.Unit(seed, n, 2) * _rows);
                for (var dy = -radius; dy <= radius; dy++)
                {
                    for (var dx = -radius; dx <= radius; dx++)
                    {
                        var i = Wrap(cy + dy, _rows) * _columns + Wrap(cx + dx, _columns);
                        _a[i] = 0.5f;
                        _b[i] = 0.25f + 0.1f * Hash.Unit(seed, n, (uint)i);
                    }
                }
            }

            _clock.Reset();
            Step(_warmup);
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            Step(_clock.Advance(_p.Speed, time.Fps));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = DetMath.SmoothStep(DetMath.Clamp01(_b[i] * 3f));
            }
        }

        private void Step(int steps)
        {
            var (feed, kill) = Rates(_p.Preset);
            feed = _p.Feed ?? feed;
            kill = _p.Kill ?? kill;
            for (var s = 0; s < steps; s++)
            {
                for (var r = 0; r < _rows; r++)
                {
                    var up = Wrap(r - 1, _rows) * _columns;
                    var row = r * _columns;
                    var down = Wrap(r + 1, _rows) * _columns;
                    for (var c = 0; c < _columns; c++)
                    {
                        var left = c == 0 ? _columns - 1 : c - 1;
                        var right = c == _columns - 1 ? 0 : c + 1;
                        var i = row + c;
                        var a = _a[i];
                        var b = _b[i];
                        var lapA = 0.2f * (_a[up + c] + _a[down + c] + _a[row + left] + _a[row + right])
                            + 0.05f * (_a[up + left] + _a[up + right] + _a[down + left] + _a[down + right]) - a;
                        var lapB = 0.2f * (_b[up + c] + _b[down + c] + _b[row + left] + _b[row + right])
                            + 0.05f * (_b[up + left] + _b[up + right] + _b[down + left] + _b[down + right]) - b;
                        var reaction = a * b * b;
                        _nextA[i] = DetMath.Clamp01(a + DiffusionA * lapA - reaction + feed * (1f - a));
                        _nextB[i] = DetMath.Clamp01(b + DiffusionB * lapB + reaction - (kill + feed) * b);
                    }
                }

                (_a, _nextA) = (_nextA, _a);
                (_b, _nextB) = (_nextB, _b);
            }
        }

        private static int Wrap(int i, int n) => i < 0 ? i + n : i >= n ? i - n : i;
    }
}
