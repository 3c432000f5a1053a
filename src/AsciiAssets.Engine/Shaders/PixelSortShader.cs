using AsciiAssets.Frames;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("pixel_sort", "Glitch art's pixel sorting: in every row, each run of pixels brighter than the threshold is sorted by brightness, dark to light.")]
public sealed record PixelSortShader(
    [Doc("Luma (0..255) above which pixels join a run; lower sorts longer runs.")][Range(0, 254)] int Threshold = 90) : ShaderParameters
{
    public override IShader Create(ShaderSetup setup) => new Executor(this, setup.Width);

    /// <summary>A run is sorted as keys luma · 2^16 + x, which also keeps equal lumas in their order; buffers are made once.</summary>
    private sealed class Executor(PixelSortShader p, int width) : IRowShader
    {
        private readonly int[] _keys = new int[width];
        private readonly byte[] _row = new byte[width * 3];

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            for (var y = top; y < bottom; y++)
            {
                var row = frame.Row(y);
                row.CopyTo(_row);
                var x = 0;
                while (x < frame.Width)
                {
                    var start = x;
                    while (x < frame.Width && Luma(x) > p.Threshold)
                    {
                        _keys[x] = (Luma(x) << 16) | x;
                        x++;
                    }

                    var run = _keys.AsSpan(start, x - start);
                    run.Sort();
                    for (var i = 0; i < run.Length; i++)
                    {
                        var from = 3 * (run[i] & 0xFFFF);
                        _row.AsSpan(from, 3).CopyTo(row[(3 * (start + i))..]);
                    }

                    x++;
                }
            }
        }

        private int Luma(int x) => (77 * _row[3 * x] + 150 * _row[3 * x + 1] + 29 * _row[3 * x + 2] + 128) >> 8;
    }
}
