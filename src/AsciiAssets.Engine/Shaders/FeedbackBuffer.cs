using System.Collections.Concurrent;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;

namespace AsciiAssets.Shaders;

/// <summary>
/// Keeps a decayed, transformed copy of earlier frames: buffer = max(frame, transform(buffer) · decay), and the
/// output mixes the buffer over the frame by opacity. Integer math keeps it exact: after WarmUpFrames steps
/// the buffer no longer depends on where it started, so a worker that starts mid-scene renders the same bits.
/// </summary>
public sealed class FeedbackBuffer : IDisposable
{
    private static readonly ConcurrentDictionary<(int, int, FeedbackTransform, int), PixelRemap> Remaps = new();

    private readonly FrameBuffer _buffer;
    private readonly FrameBuffer _scratch;
    private readonly int _decay;
    private readonly int _opacity;
    private readonly PixelRemap? _remap;

    public FeedbackBuffer(FeedbackSpec spec, int width, int height)
    {
        _buffer = new FrameBuffer(width, height);
        _scratch = new FrameBuffer(width, height);
        _decay = (int)MathF.Round(spec.Decay * 256);
        _opacity = (int)MathF.Round(spec.Opacity * 256);
        _remap = spec.Transform == FeedbackTransform.None
            ? null
            : Remaps.GetOrAdd((width, height, spec.Transform, spec.Step), key => BuildRemap(key.Item1, key.Item2, key.Item3, key.Item4));
        WarmUpFrames = CountWarmUp(_decay);
        Reset();
    }

    /// <summary>Frames after which any starting buffer has decayed to exactly zero.</summary>
    public int WarmUpFrames { get; }

    public void Reset() => _buffer.Clear();

    public void Apply(FrameBuffer frame)
    {
        var source = _buffer.Pixels;
        if (_remap is not null)
        {
            var moved = _scratch.Pixels;
            _remap.Apply(source, moved);
            moved.CopyTo(source);
        }

        var pixels = frame.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var kept = (source[i] * _decay) >> 8;
            var current = pixels[i];
            var buffered = Math.Max(current, kept);
            source[i] = (byte)buffered;
            pixels[i] = (byte)(current + (((buffered - current) * _opacity) >> 8));
        }
    }

    private static int CountWarmUp(int decay)
    {
        var value = 255;
        var frames = 0;
        while (value > 0)
        {
            value = (value * decay) >> 8;
            frames++;
        }

        return frames;
    }

    /// <summary>The transform that moves the buffer one step between frames.</summary>
    private static PixelRemap BuildRemap(int width, int height, FeedbackTransform transform, int step)
    {
        var cx = (width - 1) / 2f;
        var cy = (height - 1) / 2f;
        var zoom = 1f - 2f * step / Math.Max(width, height);
        return new PixelRemap(width, height, (x, y) => transform switch
        {
            FeedbackTransform.Zoom => ((int)MathF.Round(cx + (x - cx) * zoom), (int)MathF.Round(cy + (y - cy) * zoom)),
            FeedbackTransform.Shrink => ((int)MathF.Round(cx + (x - cx) / zoom), (int)MathF.Round(cy + (y - cy) / zoom)),
            FeedbackTransform.ShiftUp => (x, y + step),
            FeedbackTransform.ShiftDown => (x, y - step),
            FeedbackTransform.MirrorH => (width - 1 - x, y),
            _ => (x, y),
        });
    }

    public void Dispose()
    {
        _buffer.Dispose();
        _scratch.Dispose();
    }
}
