using System.Collections.Concurrent;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("crt", "CRT tube: barrel distortion bulges the picture, with black curved borders; the remap is computed once per size.")]
public sealed record CrtShader(
    [Doc("Barrel distortion: 0 flat, larger bulges more.")][Range(0, 1)] float Amount = 0.12f) : ShaderParameters
{
    private static readonly ConcurrentDictionary<(int, int, float), int[]> Remaps = new();

    public override ShaderLevel MinimumLevel => ShaderLevel.Standard;

    public override IShader Create(ShaderSetup setup) =>
        new Executor(Remaps.GetOrAdd((setup.Width, setup.Height, Amount), key => BuildRemap(key.Item1, key.Item2, key.Item3)), setup.Width * setup.Height * 3);

    /// <summary>For each pixel, the byte offset of the source pixel it shows, or −1 for black (outside the tube).</summary>
    private static int[] BuildRemap(int width, int height, float amount)
    {
        var remap = new int[width * height];
        var cx = (width - 1) / 2f;
        var cy = (height - 1) / 2f;
        for (var y = 0; y < height; y++)
        {
            var ny = cy > 0 ? (y - cy) / cy : 0;
            for (var x = 0; x < width; x++)
            {
                var nx = cx > 0 ? (x - cx) / cx : 0;
                var bulge = 1f + amount * (nx * nx + ny * ny);
                var sx = (int)MathF.Round(cx + nx * bulge * cx);
                var sy = (int)MathF.Round(cy + ny * bulge * cy);
                remap[y * width + x] = sx < 0 || sy < 0 || sx >= width || sy >= height ? -1 : (sy * width + sx) * 3;
            }
        }

        return remap;
    }

    private sealed class Executor(int[] remap, int length) : IShader
    {
        private readonly byte[] _source = new byte[length];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var pixels = frame.Pixels;
            pixels.CopyTo(_source);
            var source = _source;
            for (var p = 0; p < remap.Length; p++)
            {
                var from = remap[p];
                var o = p * 3;
                if (from < 0)
                {
                    pixels[o] = pixels[o + 1] = pixels[o + 2] = 0;
                }
                else
                {
                    pixels[o] = source[from];
                    pixels[o + 1] = source[from + 1];
                    pixels[o + 2] = source[from + 2];
                }
            }
        }
    }
}
