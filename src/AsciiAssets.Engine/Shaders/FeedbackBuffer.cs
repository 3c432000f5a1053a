using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AsciiAssets.Compose;
using AsciiAssets.Compose.BlendModes;
using AsciiAssets.Frames;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Spec;

namespace AsciiAssets.Shaders;

/// <summary>
/// Keeps a decayed, transformed copy of earlier frames: buffer = blend(frame, hue(transform(buffer)) · decay), and the
/// output mixes the buffer over the frame by opacity. With the lighten blend (max) and no hue shift, integer math
/// keeps it exact after WarmUpFrames steps: the buffer no longer depends on where it started, so a worker that starts
/// mid-scene renders the same bits. Other blends and a hue shift can carry a difference on for ever (a hue turn can
/// raise a channel, an add saturates), so those replay from the scene's first frame instead.
/// </summary>
public sealed class FeedbackBuffer : IStatefulExecutor, IDisposable
{
    private static readonly ConcurrentDictionary<(int, int, FeedbackTransform, int), PixelRemap> Remaps = new();

    // The transform writes the moved buffer into the scratch one, and the two swap.
    private FrameBuffer _buffer;
    private FrameBuffer _scratch;
    private readonly int _decay;
    private readonly int _opacity;
    private readonly PixelRemap? _remap;
    private readonly ColorMatrix? _hueTurn;
    private readonly FeedbackSettings _settings;

    /// <summary>True for the lighten blend, whose max the fused loop below does without the mode's table.</summary>
    private readonly bool _keepsBrighter;
    private static readonly NormalBlend Over = new();

    public FeedbackBuffer(FeedbackSpec spec, int width, int height)
    {
        _settings = spec.Resolve();
        _buffer = new FrameBuffer(width, height);
        _scratch = new FrameBuffer(width, height);
        _decay = (int)MathF.Round(_settings.Decay * 256);
        _opacity = (int)MathF.Round(_settings.Opacity * 256);
        _remap = _settings.Transform == FeedbackTransform.None
            ? null
            : Remaps.GetOrAdd((width, height, _settings.Transform, _settings.Step), key => BuildRemap(key.Item1, key.Item2, key.Item3, key.Item4));
        if (_settings.HueShift != 0)
        {
            Span<int> weights = stackalloc int[9];
            Span<int> offsets = stackalloc int[3];
            HueRotateShader.Rotation(weights, offsets, _settings.HueShift);
            _hueTurn = new ColorMatrix(weights, offsets);
        }

        _keepsBrighter = _settings.Blend is LightenBlend;
        WarmUpFrames = _keepsBrighter && _hueTurn is null ? CountWarmUp(_decay) : int.MaxValue;
        Reset();
    }

    /// <summary>Frames after which any starting buffer has decayed to exactly zero.</summary>
    public int WarmUpFrames { get; }

    public void Reset() => _buffer.Clear();

    public void Apply(FrameBuffer frame)
    {
        if (_remap is not null)
        {
            _remap.Apply(_buffer.Pixels, _scratch.Pixels);
            (_buffer, _scratch) = (_scratch, _buffer);
        }

        _hueTurn?.Apply(_buffer.Pixels);
        if (!_keepsBrighter)
        {
            BlendThrough(frame);
            return;
        }

        var buffer = _buffer.Pixels;
        var pixels = frame.Pixels;
        var i = Vector256.IsHardwareAccelerated ? MixBlocks(buffer, pixels) : 0;
        for (; i < pixels.Length; i++)
        {
            var kept = (buffer[i] * _decay) >> 8;
            var current = pixels[i];
            var buffered = Math.Max(current, kept);
            buffer[i] = (byte)buffered;
            pixels[i] = (byte)(current + (((buffered - current) * _opacity) >> 8));
        }
    }

    /// <summary>
    /// Any other blend mode, through the compositor's blender: the decayed buffer blended onto a copy of the frame
    /// becomes the new buffer, which is then mixed over the frame by opacity.
    /// </summary>
    private void BlendThrough(FrameBuffer frame)
    {
        PixelMath.Scale(_buffer.Pixels, _decay);
        frame.Pixels.CopyTo(_scratch.Pixels);
        LayerBlender.Blend(_scratch, _buffer, _settings.Blend, 1f);
        (_buffer, _scratch) = (_scratch, _buffer);
        LayerBlender.Blend(frame, _buffer, Over, _settings.Opacity);
    }

    /// <summary>
    /// The loop above, 32 bytes a step in 16-bit lanes. Exact: decay and opacity are at most 256, so every product
    /// fits 16 bits, and buffered ≥ current keeps the difference unsigned. Returns the bytes done.
    /// </summary>
    private int MixBlocks(Span<byte> buffer, Span<byte> pixels)
    {
        var decay = Vector256.Create((ushort)_decay);
        var opacity = Vector256.Create((ushort)_opacity);
        ref var b = ref MemoryMarshal.GetReference(buffer);
        ref var p = ref MemoryMarshal.GetReference(pixels);
        var i = 0;
        for (; i + 32 <= pixels.Length; i += 32)
        {
            var (bufferLow, bufferHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref b, (nuint)i));
            var (currentLow, currentHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref p, (nuint)i));
            var bufferedLow = Vector256.Max(currentLow, Vector256.ShiftRightLogical(bufferLow * decay, 8));
            var bufferedHigh = Vector256.Max(currentHigh, Vector256.ShiftRightLogical(bufferHigh * decay, 8));
            Vector256.Narrow(bufferedLow, bufferedHigh).StoreUnsafe(ref b, (nuint)i);
            var outLow = currentLow + Vector256.ShiftRightLogical((bufferedLow - currentLow) * opacity, 8);
            var outHigh = currentHigh + Vector256.ShiftRightLogical((bufferedHigh - currentHigh) * opacity, 8);
            Vector256.Narrow(outLow, outHigh).StoreUnsafe(ref p, (nuint)i);
        }

        return i;
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
        // The haze's sideways nudge: about a pixel and a half, one wave every 30 rows.
        const float HazeAmplitude = 1.5f;
        const float HazeWaveLength = 30f;
        // Clockwise on screen (y down) reads each pixel from the one a step counter-clockwise of it; the kaleidoscope turns counter-clockwise.
        var angle = (transform == FeedbackTransform.RotateCw ? -1f : 1f) * step / Math.Max(1f, cy);
        var (sin, cos) = (DetMath.Sin(angle), DetMath.Cos(angle));
        return new PixelRemap(width, height, (x, y) => transform switch
        {
            FeedbackTransform.RotateCw or FeedbackTransform.RotateCcw => Turn(x, y),
            FeedbackTransform.MirrorV => (x, height - 1 - y),
            // Every quarter reads the top-left one, mirrored, then all of it turns by the step.
            FeedbackTransform.Kaleidoscope => Turn(cx - MathF.Abs(x - cx), cy - MathF.Abs(y - cy)),
            FeedbackTransform.Haze => ((int)MathF.Round(x + HazeAmplitude * DetMath.Sin(y * DetMath.TwoPi / HazeWaveLength)), y + step),
            FeedbackTransform.Zoom => ((int)MathF.Round(cx + (x - cx) * zoom), (int)MathF.Round(cy + (y - cy) * zoom)),
            FeedbackTransform.Shrink => ((int)MathF.Round(cx + (x - cx) / zoom), (int)MathF.Round(cy + (y - cy) / zoom)),
            FeedbackTransform.ShiftUp => (x, y + step),
            FeedbackTransform.ShiftDown => (x, y - step),
            FeedbackTransform.MirrorH => (width - 1 - x, y),
            _ => (x, y),
        });

        (int, int) Turn(float x, float y) =>
            ((int)MathF.Round(cx + (x - cx) * cos - (y - cy) * sin), (int)MathF.Round(cy + (x - cx) * sin + (y - cy) * cos));
    }

    public void Dispose()
    {
        _buffer.Dispose();
        _scratch.Dispose();
    }
}
