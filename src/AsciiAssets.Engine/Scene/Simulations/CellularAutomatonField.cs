using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Simulations;

/// <summary>Birth/survival rules of life-like cellular automata.</summary>
public enum AutomatonRule
{
    /// <summary>Conway's Game of Life, B3/S23.</summary>
    Life,

    /// <summary>B3/S45678: grows coral-like blobs.</summary>
    Coral,

    /// <summary>B3/S12345: grows a maze of corridors.</summary>
    Maze,

    /// <summary>B4678/S35678: regions melt into smooth blobs.</summary>
    Anneal,

    /// <summary>B3678/S34678: dead and alive are symmetric.</summary>
    DayNight,
}

[Registered("cellular_automaton", "A life-like cellular automaton on the grid (life, coral, maze, anneal or day_night); cells that die fade out instead of vanishing, and a few random births keep it going.")]
public sealed record CellularAutomatonField(
    [Doc("The rule: life (B3/S23), coral (B3/S45678), maze (B3/S12345), anneal (B4678/S35678) or day_night (B3678/S34678).")] AutomatonRule Rule = AutomatonRule.Life,
    [Doc("Generations per second.")][Range(0, 240)] float Rate = 10f,
    [Doc("How much of a dead cell's glow is left after each generation: 0 goes dark at once.")][Range(0, 0.99)] float Fade = 0.8f,
    [Doc("Random births per generation, as a fraction of the cells, so patterns never die out.")][Range(0, 0.1)] float Sparks = 0.0008f,
    [Doc("Fraction of cells alive at the start; by default the rule's own (0.3 for life, 0.5 for anneal and day_night, 0.15 for coral and maze).")][Range(0, 1)] float? Density = null) : FieldParameters, IStatefulParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>Birth and survival neighbour counts of each rule as bit masks (bit n set: n live neighbours), in enum order.</summary>
    private static readonly (int Birth, int Survive)[] RuleMasks =
    [
        (Bits(3), Bits(2, 3)),
        (Bits(3), Bits(4, 5, 6, 7, 8)),
        (Bits(3), Bits(1, 2, 3, 4, 5)),
        (Bits(4, 6, 7, 8), Bits(3, 5, 6, 7, 8)),
        (Bits(3, 6, 7, 8), Bits(3, 4, 6, 7, 8)),
    ];

    internal static (int Birth, int Survive) Masks(AutomatonRule rule) => RuleMasks[(int)rule];

    private static int Bits(params int[] counts) => counts.Aggregate(0, (mask, n) => mask | (1 << n));

    /// <summary>Generations on a torus; the glow of every cell is kept alongside, so the value is 1 for live cells and a fading trail for dead ones.</summary>
    private sealed class Executor : IValueField, IStatefulExecutor
    {
        private readonly CellularAutomatonField _p;
        private readonly uint _seed;
        private readonly int _columns;
        private readonly int _rows;
        private readonly float[] _glow;
        private byte[] _alive;
        private byte[] _next;
        private readonly float _density;
        private StepClock _clock;
        private uint _generation;

        public Executor(CellularAutomatonField p, FieldSetup setup)
        {
            _p = p;
            _seed = Hash.Combine(setup.Seed, 0x434155u);
            _columns = setup.Grid.Columns;
            _rows = setup.Grid.Rows;
            _alive = new byte[setup.Grid.CellCount];
            _next = new byte[setup.Grid.CellCount];
            _glow = new float[setup.Grid.CellCount];
            // Taken once: a reset mid-scene must lay out the same first generation whatever the parameters hold then.
            _density = p.Density ?? p.Rule switch { AutomatonRule.Anneal or AutomatonRule.DayNight => 0.5f, AutomatonRule.Life => 0.3f, _ => 0.15f };
            Reset();
        }

        public int WarmUpFrames => int.MaxValue;

        public void Reset()
        {
            for (var i = 0; i < _alive.Length; i++)
            {
                _alive[i] = Hash.Unit(_seed, (uint)i) < _density ? (byte)1 : (byte)0;
                _glow[i] = _alive[i];
            }

            _generation = 0;
            _clock.Reset();
        }

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var steps = _clock.Advance(_p.Rate, time.Fps);
            for (var s = 0; s < steps; s++)
            {
                Generation();
            }

            _glow.CopyTo(values);
        }

        private void Generation()
        {
            var (birth, survive) = Masks(_p.Rule);
            var fade = _p.Fade;
            var sparks = _p.Sparks;
            var generationSeed = Hash.Combine(_seed, ++_generation);
            for (var r = 0; r < _rows; r++)
            {
                var up = (r == 0 ? _rows - 1 : r - 1) * _columns;
                var row = r * _columns;
                var down = (r == _rows - 1 ? 0 : r + 1) * _columns;
                for (var c = 0; c < _columns; c++)
                {
                    var left = c == 0 ? _columns - 1 : c - 1;
                    var right = c == _columns - 1 ? 0 : c + 1;
                    var neighbours = _alive[up + left] + _alive[up + c] + _alive[up + right]
                        + _alive[row + left] + _alive[row + right]
                        + _alive[down + left] + _alive[down + c] + _alive[down + right];
                    var i = row + c;
                    var rule = _alive[i] != 0 ? survive : birth;
                    var lives = (rule >> neighbours & 1) != 0 || (sparks > 0 && Hash.Unit(generationSeed, (uint)i) < sparks);
                    _next[i] = lives ? (byte)1 : (byte)0;
                    _glow[i] = lives ? 1f : _glow[i] * fade;
                }
            }

            (_alive, _next) = (_next, _alive);
        }
    }
}
