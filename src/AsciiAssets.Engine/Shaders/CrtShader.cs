using System.Collections.Concurrent;
using AsciiAssets.Frames;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("crt", "CRT tube: barrel distortion bulges the picture, with black curved borders; the remap is computed once per size.")]
public sealed record CrtShader(
    [Doc("Barrel distortion: 0 flat, larger bulges more.")][Range(0, 1)] float Amount = 0.12f) : ShaderParameters
{
    private static readonly ConcurrentDictionary<(int, int, float), PixelRemap> Remaps = new();

    public override ShaderLevel MinimumLevel => ShaderLevel.Standard;

    public override IShader Create(ShaderSetup setup) =>
        new Executor(Remaps.GetOrAdd((setup.Width, setup.Height, Amount), key => BuildRemap(key.Item1, key.Item2, key.Item3)), setup.Width * setup.Height * 3);

    /// <summary>Each pixel shows the source pixel the bulge moves to it; outside the tube is black.</summary>
    private static PixelRemap BuildRemap(int width, int height, float amount)
    {
        var cx = (width - 1) / 2f;
        var cy = (height - 1) / 2f;
        return new PixelRemap(width, height, (x, y) =>
        {
            var ny = cy > 0 ? (y - cy) / cy : 0;
            var nx = cx > 0 ? (x - cx) / cx : 0;
            var bulge = 1f + amount * (nx * nx + ny * ny);
            return ((int)MathF.Round(cx + nx * bulge * cx), (int)MathF.Round(cy + ny * bulge * cy));
        });
    }

    private sealed class Executor(PixelRemap remap, int length) : IShader
    {
        private readonly byte[] _source = new byte[length];

        public void Apply(FrameBuffer frame, in FrameTime time)
        {
            frame.Pixels.CopyTo(_source);
            remap.Apply(_source, frame.Pixels);
        }
    }
}
