using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Fields;

namespace AsciiAssets.Scene.Particles;

[Registered("flow", "Particles following a slowly changing flow (the curl of a noise field, so they swirl without bunching up), each leaving a fading trail; they live a while and are reborn elsewhere. Capped at 500/1500/3000 particles by quality, the oldest dropped first.")]
public sealed record FlowParticles(
    [Doc("Particles born per second; about rate × lifetime × 0.75 are alive at once (limited by the quality cap).")][Range(1, 5000)] float Rate = 80f,
    [Doc("Longest life, in seconds (each lives 50 to 100 % of it).")][Range(0.1, 60)] float Lifetime = 5f,
    [Doc("Speed along the flow, in cell widths per second.")][Range(0, 100)] float Speed = 12f,
    [Doc("Size of the flow's swirls, in cell widths.")][Range(2, 500)] float Scale = 24f,
    [Doc("How fast the flow itself changes.")][Range(0, 5)] float Evolve = 0.08f,
    [Doc("Seconds a trail takes to fade to about a third; 0 draws the particles alone.")][Range(0, 10)] float Trail = 0.5f) : FieldParameters, IStatefulParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// Particles live in a ring in order of birth, sized to the cap when built: a birth takes the next slot, so when
    /// the ring is full the oldest particle makes way. Each frame moves every live particle one frame along the flow,
    /// draws its path into a per-cell trail that fades, and brings the births due (a clock carries the fraction).
    /// </summary>
    private sealed class Executor : ParticleExecutor<FlowParticles>, IStatefulExecutor
    {
        private readonly uint _flowSeed;
        private readonly float[] _x;
        private readonly float[] _y;
        private readonly float[] _age;
        private readonly float[] _life;
        private readonly float[] _trail;
        private int _next;
        private int _live;
        private uint _born;
        private double _pendingBirths;
        private bool _started;

        public Executor(FlowParticles p, FieldSetup setup)
            : base(p, setup, 500, 1500, 3000)
        {
            _flowSeed = Hash.Combine(Seed, 0x464c4f57u); // "FLOW"
            _x = new float[Capacity];
            _y = new float[Capacity];
            _age = new float[Capacity];
            _life = new float[Capacity];
            _trail = new float[setup.Grid.CellCount];
            Reset();
        }

        public int WarmUpFrames => int.MaxValue;

        public void Reset()
        {
            _trail.AsSpan().Clear();
            _next = 0;
            _live = 0;
            _born = 0;
            _pendingBirths = 0;
            _started = false;
        }

        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            var p = Parameters;
            var dt = (float)(1 / time.Fps);
            if (!_started)
            {
                // Open on a steady state: a lifetime's worth of births, each already part-way through its life.
                var opening = (int)Math.Min(Capacity, p.Rate * p.Lifetime * 0.75f);
                for (var k = 0; k < opening; k++)
                {
                    Birth(Hash.Unit(Hash.Combine(_flowSeed, (uint)k), 9));
                }

                _started = true;
            }

            var fade = p.Trail > 0 ? DetMath.Exp(-dt / p.Trail) : 0f;
            for (var i = 0; i < _trail.Length; i++)
            {
                _trail[i] *= fade;
            }

            var t = time.Time;
            var count = Math.Min(_live, Capacity);
            var alive = 0;
            for (var k = 0; k < count; k++)
            {
                if (_age[k] >= _life[k])
                {
                    continue;
                }

                alive++;
                var (vx, vy) = Flow(_x[k], _y[k], t);
                var x1 = _x[k] + vx * dt;
                var y1 = _y[k] + vy * dt;
                _age[k] += dt;
                var u = _age[k] / _life[k];
                var brightness = DetMath.Clamp01(u * 8f) * DetMath.Clamp01((1f - u) * 4f);
                // Drawn before wrapping, so a particle leaving one edge does not streak across the grid.
                if (p.Trail > 0)
                {
                    Space.Line(_trail, _x[k], _y[k], brightness * 0.6f, x1, y1, brightness * 0.6f);
                }

                _x[k] = Wrap(x1, Space.HalfWidth);
                _y[k] = Wrap(y1, Space.HalfHeight);
            }

            _trail.CopyTo(values);
            for (var k = 0; k < count; k++)
            {
                if (_age[k] < _life[k])
                {
                    var u = _age[k] / _life[k];
                    Space.Splat(values, _x[k], _y[k], DetMath.Clamp01(u * 8f) * DetMath.Clamp01((1f - u) * 4f), 0);
                }
            }

            _pendingBirths += p.Rate * dt;
            var births = (int)Math.Floor(_pendingBirths);
            _pendingBirths -= births;
            for (var b = 0; b < births; b++)
            {
                Birth(0);
            }

            LastCount = alive;
        }

        /// <summary>A new particle in the next ring slot (the oldest when the ring is full), at a hashed place, already <paramref name="progress"/> through its life.</summary>
        private void Birth(float progress)
        {
            var p = Parameters;
            var h = Hash.Combine(_flowSeed, ++_born);
            var k = _next;
            _x[k] = (Hash.Unit(h, 1) * 2f - 1f) * Space.HalfWidth;
            _y[k] = (Hash.Unit(h, 2) * 2f - 1f) * Space.HalfHeight;
            _life[k] = p.Lifetime * (0.5f + 0.5f * Hash.Unit(h, 3));
            _age[k] = progress * _life[k];
            _next = (_next + 1) % Capacity;
            _live = Math.Min(_live + 1, Capacity);
        }

        /// <summary>Back into [−half, half): the flow continues on the opposite edge.</summary>
        private static float Wrap(float value, float half) =>
            value >= half ? value - 2f * half : value < -half ? value + 2f * half : value;

        /// <summary>The flow at a point: the curl of value noise (its gradient turned a quarter), at the speed asked.</summary>
        private (float X, float Y) Flow(float x, float y, float t)
        {
            var p = Parameters;
            var inverse = 1f / p.Scale;
            var z = t * p.Evolve;
            const float E = 0.25f;
            var nx = x * inverse;
            var ny = y * inverse;
            var ddx = Noise.Value(_flowSeed, nx + E, ny, z) - Noise.Value(_flowSeed, nx - E, ny, z);
            var ddy = Noise.Value(_flowSeed, nx, ny + E, z) - Noise.Value(_flowSeed, nx, ny - E, z);
            var length = MathF.Sqrt(ddx * ddx + ddy * ddy);
            if (length < 1e-6f)
            {
                return (p.Speed, 0);
            }

            var scale = p.Speed / length;
            return (ddy * scale, -ddx * scale);
        }
    }
}
