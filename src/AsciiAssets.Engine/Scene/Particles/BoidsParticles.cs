using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Simulations;

namespace AsciiAssets.Scene.Particles;

[Registered("boids", "A flock: each boid steers away from close neighbours (separation), towards their heading (alignment) and towards their centre (cohesion), found through a spatial hash; drawn as short streaks along their flight on a wrapping grid. Capped at 200/500/1000 boids by quality.")]
public sealed record BoidsParticles(
    [Doc("Boids in the flock (limited by the quality cap).")][Range(1, 5000)] int Count = 400,
    [Doc("Top speed, in cell widths per second (the slowest fly at half of it).")][Range(0.5, 100)] float Speed = 14f,
    [Doc("How far a boid sees its neighbours, in cell widths.")][Range(1, 20)] float Radius = 6f,
    [Doc("Strength of steering away from neighbours closer than half the radius.")][Range(0, 10)] float Separation = 1.6f,
    [Doc("Strength of matching the neighbours' heading.")][Range(0, 10)] float Alignment = 1f,
    [Doc("Strength of steering towards the neighbours' centre.")][Range(0, 10)] float Cohesion = 1.5f,
    [Doc("Simulation steps per second.")][Range(1, 240)] float Rate = 30f,
    [Doc("Streak length behind each boid, in cells; 0 draws dots.")][Range(0, 10)] float Tail = 2.5f,
    [Doc("Steps run before the scene's first frame, so it opens on formed flocks.")][Range(0, 5000)][NotBindable("the steps run once, before the scene's first frame")] int Warmup = 240) : FieldParameters, IStatefulParameters
{
    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>
    /// State in arrays sized to the cap when built; each step sorts the boids into hash cells of the neighbour
    /// radius (a counting sort), then updates every boid from the old positions and velocities, so the order of
    /// the boids does not matter. The grid wraps, so the flock never piles up at an edge.
    /// </summary>
    private sealed class Executor : ParticleExecutor<BoidsParticles>, IStatefulExecutor
    {
        private readonly int _warmup;
        private readonly float _width;
        private readonly float _height;
        private readonly float[] _x;
        private readonly float[] _y;
        private float[] _vx;
        private float[] _vy;
        private float[] _nextVx;
        private float[] _nextVy;
        private readonly int[] _cellOf;
        private readonly int[] _sorted;
        // One more than the most hash cells (radius 1), for the prefix sums' end.
        private readonly int[] _cellStart;
        private readonly int[] _cursor;
        private StepClock _clock;
        private bool _warmedUp;

        public Executor(BoidsParticles p, FieldSetup setup)
            : base(p, setup, 200, 500, 1000)
        {
            _warmup = p.Warmup;
            _width = Space.HalfWidth * 2f;
            _height = Space.HalfHeight * 2f;
            _x = new float[Capacity];
            _y = new float[Capacity];
            _vx = new float[Capacity];
            _vy = new float[Capacity];
            _nextVx = new float[Capacity];
            _nextVy = new float[Capacity];
            _cellOf = new int[Capacity];
            _sorted = new int[Capacity];
            _cursor = new int[((int)_width + 1) * ((int)_height + 1)];
            _cellStart = new int[_cursor.Length + 1];
            Reset();
        }

        public int WarmUpFrames => int.MaxValue;

        public void Reset()
        {
            var top = Parameters.Speed;
            for (var i = 0; i < Capacity; i++)
            {
                var h = Hash.Combine(Seed, (uint)i);
                _x[i] = Hash.Unit(h, 1) * _width;
                _y[i] = Hash.Unit(h, 2) * _height;
                var heading = Hash.Unit(h, 3) * DetMath.TwoPi;
                _vx[i] = DetMath.Cos(heading) * top * 0.75f;
                _vy[i] = DetMath.Sin(heading) * top * 0.75f;
            }

            _clock.Reset();
            _warmedUp = false;
        }

        public override void Evaluate(in FrameTime time, Span<float> values)
        {
            var p = Parameters;
            var n = Math.Min(p.Count, Capacity);
            if (!_warmedUp)
            {
                for (var s = 0; s < _warmup; s++)
                {
                    Step(n, 1f / 30f);
                }

                _warmedUp = true;
            }

            var steps = _clock.Advance(p.Rate, time.Fps);
            for (var s = 0; s < steps; s++)
            {
                Step(n, 1f / p.Rate);
            }

            Draw(n, values);
            LastCount = n;
        }

        private void Step(int n, float dt)
        {
            var p = Parameters;
            var size = MathF.Max(1f, p.Radius);
            var columns = Math.Max(1, (int)(_width / size));
            var rows = Math.Max(1, (int)(_height / size));
            Sort(n, columns, rows);
            var radius2 = p.Radius * p.Radius;
            var close2 = radius2 * 0.25f;
            // Offsets to the neighbouring hash cells, each cell once even when the grid is narrower than three cells.
            var (firstColumn, lastColumn) = columns >= 3 ? (-1, 1) : (0, columns - 1);
            var (firstRow, lastRow) = rows >= 3 ? (-1, 1) : (0, rows - 1);
            for (var i = 0; i < n; i++)
            {
                var xi = _x[i];
                var yi = _y[i];
                float separateX = 0, separateY = 0, headingX = 0, headingY = 0, centreX = 0, centreY = 0;
                var seen = 0;
                var cell = _cellOf[i];
                var column = cell % columns;
                var row = cell / columns;
                for (var dr = firstRow; dr <= lastRow; dr++)
                {
                    var r = rows >= 3 ? Wrap(row + dr, rows) : dr;
                    for (var dc = firstColumn; dc <= lastColumn; dc++)
                    {
                        var c = columns >= 3 ? Wrap(column + dc, columns) : dc;
                        var other = r * columns + c;
                        for (var k = _cellStart[other]; k < _cellStart[other + 1]; k++)
                        {
                            var j = _sorted[k];
                            if (j == i)
                            {
                                continue;
                            }

                            var dx = Nearest(_x[j] - xi, _width);
                            var dy = Nearest(_y[j] - yi, _height);
                            var d2 = dx * dx + dy * dy;
                            if (d2 >= radius2)
                            {
                                continue;
                            }

                            seen++;
                            headingX += _vx[j];
                            headingY += _vy[j];
                            centreX += dx;
                            centreY += dy;
                            if (d2 < close2)
                            {
                                // Pushes harder the closer the neighbour is.
                                var push = 1f / MathF.Max(d2, 0.01f);
                                separateX -= dx * push;
                                separateY -= dy * push;
                            }
                        }
                    }
                }

                var vx = _vx[i];
                var vy = _vy[i];
                if (seen > 0)
                {
                    var inverse = 1f / seen;
                    var steerX = p.Separation * separateX * p.Speed
                        + p.Alignment * (headingX * inverse - vx)
                        + p.Cohesion * centreX * inverse;
                    var steerY = p.Separation * separateY * p.Speed
                        + p.Alignment * (headingY * inverse - vy)
                        + p.Cohesion * centreY * inverse;
                    vx += steerX * dt;
                    vy += steerY * dt;
                }

                // Between half and all of the top speed.
                var speed = MathF.Sqrt(vx * vx + vy * vy);
                var limited = Math.Clamp(speed, p.Speed * 0.5f, p.Speed);
                var scale = speed > 1e-6f ? limited / speed : 0f;
                _nextVx[i] = speed > 1e-6f ? vx * scale : p.Speed * 0.5f;
                _nextVy[i] = vy * scale;
            }

            (_vx, _nextVx) = (_nextVx, _vx);
            (_vy, _nextVy) = (_nextVy, _vy);
            for (var i = 0; i < n; i++)
            {
                _x[i] = Wrap(_x[i] + _vx[i] * dt, _width);
                _y[i] = Wrap(_y[i] + _vy[i] * dt, _height);
            }
        }

        /// <summary>Counting sort of the first n boids into hash cells: _sorted holds them cell by cell, _cellStart where each cell begins.</summary>
        private void Sort(int n, int columns, int rows)
        {
            var cells = columns * rows;
            Array.Clear(_cellStart, 0, cells + 1);
            for (var i = 0; i < n; i++)
            {
                var c = Math.Min(columns - 1, (int)(_x[i] / _width * columns));
                var r = Math.Min(rows - 1, (int)(_y[i] / _height * rows));
                var cell = r * columns + c;
                _cellOf[i] = cell;
                _cellStart[cell + 1]++;
            }

            for (var c = 0; c < cells; c++)
            {
                _cellStart[c + 1] += _cellStart[c];
            }

            _cellStart.AsSpan(0, cells).CopyTo(_cursor);
            for (var i = 0; i < n; i++)
            {
                _sorted[_cursor[_cellOf[i]]++] = i;
            }
        }

        private void Draw(int n, Span<float> values)
        {
            values.Clear();
            var p = Parameters;
            for (var i = 0; i < n; i++)
            {
                var x = _x[i] - Space.HalfWidth;
                var y = _y[i] - Space.HalfHeight;
                var speed = MathF.Sqrt(_vx[i] * _vx[i] + _vy[i] * _vy[i]);
                var brightness = 0.55f + 0.45f * DetMath.Clamp01(speed / p.Speed);
                if (p.Tail > 0 && speed > 1e-6f)
                {
                    var back = p.Tail / speed;
                    Space.Line(values, x - _vx[i] * back, y - _vy[i] * back, brightness * 0.25f, x, y, brightness * 0.7f);
                }

                Space.Splat(values, x, y, brightness, 0);
            }
        }

        private static float Wrap(float value, float size)
        {
            var wrapped = value - MathF.Floor(value / size) * size;
            return wrapped >= size ? 0 : wrapped;
        }

        private static int Wrap(int value, int size) => value < 0 ? value + size : value >= size ? value - size : value;

        /// <summary>The shortest difference on a torus of the given size.</summary>
        private static float Nearest(float delta, float size) =>
            delta > size * 0.5f ? delta - size : delta < -size * 0.5f ? delta + size : delta;
    }
}
