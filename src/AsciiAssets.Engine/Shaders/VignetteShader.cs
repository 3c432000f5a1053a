using System.Collections.Concurrent;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Shaders;

[Registered("vignette", "Darkens towards the corners; the falloff map is computed once per size and strength.")]
public sealed record VignetteShader(
    [Doc("How fast brightness falls off from the centre.")][Range(0, 2)] float Strength = 0.5f) : ShaderParameters
{
    /// <summary>The corners never go fully black.</summary>
    public const float Floor = 0.15f;

    private static readonly ConcurrentDictionary<(int, int, float), byte[]> Maps = new();

    public override ShaderLevel MinimumLevel => ShaderLevel.Minimal;

    public override IShader Create(ShaderSetup setup) =>
        new Executor(Maps.GetOrAdd((setup.Width, setup.Height, Strength), key => BuildMap(key.Item1, key.Item2, key.Item3)));

    /// <summary>A per-pixel factor in 1/256 units (0..256), stored at 1 byte with 256 clamped to 255.</summary>
    private static byte[] BuildMap(int width, int height, float strength)
    {
        var map = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var ny = height == 1 ? 0 : 2f * y / (height - 1) - 1;
            for (var x = 0; x < width; x++)
            {
                var nx = width == 1 ? 0 : 2f * x / (width - 1) - 1;
                var factor = Math.Clamp(1f - MathF.Sqrt(nx * nx + ny * ny) * strength, Floor, 1f);
                map[y * width + x] = (byte)Math.Min(255, (int)(factor * 256f + 0.5f));
            }
        }

        return map;
    }

    private sealed class Executor(byte[] map) : IShader
    {
        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            var pixels = frame.Pixels;
            for (var p = 0; p < map.Length; p++)
            {
                var f = map[p] == 255 ? 256 : map[p];
                var o = p * 3;
                pixels[o] = (byte)((pixels[o] * f) >> 8);
                pixels[o + 1] = (byte)((pixels[o + 1] * f) >> 8);
                pixels[o + 2] = (byte)((pixels[o + 2] * f) >> 8);
            }
        }
    }
}
