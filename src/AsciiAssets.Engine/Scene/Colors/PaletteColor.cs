using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Scene.ColorPalettes;

namespace AsciiAssets.Scene.Colors;

[Registered("palette", "Colours from a named colour palette, picked by the value; brightness follows the value.")]
public sealed record PaletteColor(
    [Doc("The colour palette (neon, pastel, fire, ice, …); defaults to neon.")] ColorPalette? Name = null,
    [Doc("Lowest brightness, for values near 0.")][Range(0, 1)] float Floor = 0.3f,
    [Doc("Palette entries the colours rotate by per second.")][Range(-50, 50)] float Speed = 0f,
    [Doc("Blend between neighbouring colours instead of stepping.")] bool Smooth = false) : ColorParameters
{
    private static readonly ColorPalette DefaultPalette = new NeonPalette();

    public override IColorizer Create(Grid grid) => new Executor(this, (Name ?? DefaultPalette).Colors.ToArray());

    private sealed class Executor(PaletteColor p, Rgb24[] palette) : IColorizer
    {
        public void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors)
        {
            var n = palette.Length;
            if (n == 0)
            {
                colors.Clear();
                return;
            }

            var shift = time.Time * p.Speed;
            var steps = (int)MathF.Floor(shift);
            var floor = p.Floor;
            for (var i = 0; i < values.Length; i++)
            {
                var v = DetMath.Clamp01(values[i]);
                Rgb24 c;
                if (p.Smooth)
                {
                    var position = v * (n - 1) + shift;
                    var whole = MathF.Floor(position);
                    var a = palette[Wrap((int)whole, n)];
                    var b = palette[Wrap((int)whole + 1, n)];
                    var f = position - whole;
                    c = new Rgb24(Mix(a.R, b.R, f), Mix(a.G, b.G, f), Mix(a.B, b.B, f));
                }
                else
                {
                    c = palette[Wrap(Math.Min((int)(v * n), n - 1) + steps, n)];
                }

                var scale = (int)((floor + (1 - floor) * v) * 256f + 0.5f);
                colors[i] = new Rgb24((byte)((c.R * scale) >> 8), (byte)((c.G * scale) >> 8), (byte)((c.B * scale) >> 8));
            }
        }

        private static int Wrap(int index, int n)
        {
            var m = index % n;
            return m < 0 ? m + n : m;
        }

        private static byte Mix(byte a, byte b, float f) => (byte)(a + (b - a) * f + 0.5f);
    }
}
