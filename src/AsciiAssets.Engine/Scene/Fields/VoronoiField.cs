using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>What a voronoi cell shows.</summary>
public enum VoronoiMode
{
    /// <summary>Distance to the nearest point: bright around each point, dark at the borders.</summary>
    Distance,

    /// <summary>Borders between cells: bright lines where two points are about equally near.</summary>
    Edge,

    /// <summary>One flat random value per cell: a stained-glass mosaic.</summary>
    CellId,
}

[Registered("voronoi", "Cellular (Worley) noise around drifting points: glowing cells, their borders or a mosaic of flat cells.")]
public sealed record VoronoiField(
    [Doc("What to show: distance (bright near each point), edge (bright borders) or cell_id (flat random value per cell).")] VoronoiMode Mode = VoronoiMode.Edge,
    [Doc("Cell density; larger gives more, smaller cells.")][Range(0.01, 10)] float Scale = 1f,
    [Doc("How fast the points drift around their home positions.")][Range(0, 20)] float Speed = 0.5f,
    [Doc("How far a point strays from the middle of its lattice square (0 a regular grid, 1 anywhere in it).")][Range(0, 1)] float Jitter = 0.8f,
    [Doc("Width of the bright borders in edge mode.")][Range(0.01, 1)] float Thickness = 0.15f) : FieldParameters
{
    protected internal override bool ReadsCoordinates => true;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    private sealed class Executor(VoronoiField p, FieldSetup setup) : IValueField
    {
        private readonly uint _seed = setup.Seed;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var grid = setup.Grid;
            var t = time.Time * p.Speed;
            var k = 0.1f * p.Scale;
            var jitter = 0.5f * p.Jitter;
            var dx = grid.Dx;
            var dy = grid.Dy;
            for (var i = 0; i < values.Length; i++)
            {
                var x = dx[i] * k;
                var y = dy[i] * k;
                var fx = MathF.Floor(x);
                var fy = MathF.Floor(y);
                var nearest = float.MaxValue;
                var second = float.MaxValue;
                uint nearestId = 0;
                for (var oy = -1; oy <= 1; oy++)
                {
                    for (var ox = -1; ox <= 1; ox++)
                    {
                        var cx = fx + ox;
                        var cy = fy + oy;
                        var h = Hash.Combine(_seed, (uint)(int)cx, (uint)(int)cy);
                        var phase = Hash.Unit(h, 1) * DetMath.TwoPi;
                        var rate = 0.5f + Hash.Unit(h, 2);
                        var px = cx + 0.5f + jitter * DetMath.Sin(t * rate + phase);
                        var py = cy + 0.5f + jitter * DetMath.Cos(t * rate * 0.8f + phase * 1.7f);
                        var ddx = px - x;
                        var ddy = py - y;
                        var d = ddx * ddx + ddy * ddy;
                        if (d < nearest)
                        {
                            second = nearest;
                            nearest = d;
                            nearestId = h;
                        }
                        else if (d < second)
                        {
                            second = d;
                        }
                    }
                }

                values[i] = p.Mode switch
                {
                    VoronoiMode.Distance => DetMath.Clamp01(1f - MathF.Sqrt(nearest) * 1.25f),
                    VoronoiMode.Edge => DetMath.Clamp01(1f - (MathF.Sqrt(second) - MathF.Sqrt(nearest)) / p.Thickness),
                    _ => 0.1f + 0.9f * Hash.Unit(nearestId, 3),
                };
            }
        }
    }
}
