using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene.Fields;

/// <summary>The map a strange attractor iterates.</summary>
public enum AttractorKind
{
    /// <summary>x' = sin(a·y) + c·cos(a·x), y' = sin(b·x) + d·cos(b·y); a, b, c, d = −1.4, 1.6, 1.0, 0.7.</summary>
    Clifford,

    /// <summary>x' = sin(a·y) − cos(b·x), y' = sin(c·x) − cos(d·y); a, b, c, d = 1.4, −2.3, 2.4, −2.1.</summary>
    DeJong,

    /// <summary>x' = sin(x·y / b)·y + cos(a·x − y), y' = x + sin(y) / b; a, b = 0.65, 0.73.</summary>
    Bedhead,
}

[Registered("attractor", "A strange attractor (clifford, de_jong or bedhead): up to 50,000 points of the map binned into the cells, log density, its constants drifting so the figure slowly folds.")]
public sealed record AttractorField(
    [Doc("Which map: clifford, de_jong or bedhead.")] AttractorKind Kind = AttractorKind.Clifford,
    [Doc("Points iterated and binned each frame.")][Range(1000, AttractorField.MaxPoints)] int Points = AttractorField.MaxPoints,
    [Doc("How far the map's constants drift from their classic values.")][Range(0, 1)] float Drift = 0.15f,
    [Doc("How fast they drift.")][Range(0, 10)] float Speed = 0.2f,
    [Doc("Exponent on the log density: below 1 shows faint trails, above 1 only the densest folds.")][Range(0.1, 4)] float Exposure = 0.8f) : FieldParameters
{
    internal const int MaxPoints = 50_000;

    /// <summary>Iterations dropped before binning, while the point falls onto the attractor.</summary>
    private const int Settle = 64;

    public override IValueField Create(FieldSetup setup) => new Executor(this, setup);

    /// <summary>Closed form: each frame iterates from the same start with the frame's constants, so no state carries over.</summary>
    private sealed class Executor(AttractorField p, FieldSetup setup) : IValueField
    {
        private readonly float[] _x = new float[MaxPoints];
        private readonly float[] _y = new float[MaxPoints];
        private readonly int[] _counts = new int[setup.Grid.CellCount];
        private readonly float _aspect = (float)setup.Grid.CellHeight / setup.Grid.CellWidth;

        public void Evaluate(in FrameTime time, Span<float> values)
        {
            var t = time.Time * p.Speed;
            var wobbleA = p.Drift * DetMath.Sin(t * 0.7f);
            var wobbleB = p.Drift * DetMath.Cos(t * 0.53f);
            var (a, b, c, d) = p.Kind switch
            {
                AttractorKind.Clifford => (-1.4f + wobbleA, 1.6f + wobbleB, 1.0f, 0.7f),
                AttractorKind.DeJong => (1.4f + wobbleA, -2.3f + wobbleB, 2.4f, -2.1f),
                _ => (0.65f + 0.5f * wobbleA, 0.73f + 0.25f * wobbleB, 0f, 0f),
            };

            var n = Math.Clamp(p.Points, 1, MaxPoints);
            var x = 0.1f;
            var y = 0.1f;
            float minX = float.MaxValue, maxX = float.MinValue, minY = float.MaxValue, maxY = float.MinValue;
            for (var i = -Settle; i < n; i++)
            {
                float nx, ny;
                switch (p.Kind)
                {
                    case AttractorKind.Clifford:
                        nx = DetMath.Sin(a * y) + c * DetMath.Cos(a * x);
                        ny = DetMath.Sin(b * x) + d * DetMath.Cos(b * y);
                        break;
                    case AttractorKind.DeJong:
                        nx = DetMath.Sin(a * y) - DetMath.Cos(b * x);
                        ny = DetMath.Sin(c * x) - DetMath.Cos(d * y);
                        break;
                    default:
                        nx = DetMath.Sin(x * y / b) * y + DetMath.Cos(a * x - y);
                        ny = x + DetMath.Sin(y) / b;
                        break;
                }

                // A map that runs off (bedhead at some constants) restarts instead of filling the bins with infinities.
                (x, y) = float.IsFinite(nx) && MathF.Abs(nx) < 1e4f && MathF.Abs(ny) < 1e4f ? (nx, ny) : (0.1f, 0.1f);
                if (i < 0)
                {
                    continue;
                }

                _x[i] = x;
                _y[i] = y;
                minX = MathF.Min(minX, x);
                maxX = MathF.Max(maxX, x);
                minY = MathF.Min(minY, y);
                maxY = MathF.Max(maxY, y);
            }

            Bin(n, minX, maxX, minY, maxY, values);
        }

        /// <summary>Fits the points' bounds into the grid at equal scale on screen, counts points per cell and maps the counts to log density.</summary>
        private void Bin(int n, float minX, float maxX, float minY, float maxY, Span<float> values)
        {
            var grid = setup.Grid;
            var columns = grid.Columns;
            var rows = grid.Rows;
            Array.Clear(_counts);
            var width = MathF.Max(maxX - minX, 1e-6f);
            var height = MathF.Max(maxY - minY, 1e-6f);
            var scale = 0.92f * MathF.Min(columns / width, rows * _aspect / height);
            var offsetX = (columns - width * scale) / 2f;
            var offsetY = (rows - height * scale / _aspect) / 2f;
            for (var i = 0; i < n; i++)
            {
                var col = (int)((_x[i] - minX) * scale + offsetX);
                var row = (int)((_y[i] - minY) * scale / _aspect + offsetY);
                if ((uint)col < (uint)columns && (uint)row < (uint)rows)
                {
                    _counts[row * columns + col]++;
                }
            }

            var most = 1;
            foreach (var count in _counts)
            {
                most = Math.Max(most, count);
            }

            var inverseLog = 1f / DetMath.Log(1f + most);
            for (var i = 0; i < values.Length; i++)
            {
                var count = _counts[i];
                values[i] = count == 0 ? 0f : DetMath.Clamp01(DetMath.Pow(DetMath.Log(1f + count) * inverseLog, p.Exposure));
            }
        }
    }
}
