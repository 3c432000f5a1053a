namespace AsciiAssets.Frames;

/// <summary>
/// A frame-sized buffer for layers that must be painted on their own before they are blended, made on first use:
/// scenes whose layers all draw straight onto the frame never pay for its memory.
/// </summary>
public sealed class LayerBuffer(int width, int height) : IDisposable
{
    private FrameBuffer? _buffer;
    private FrameBuffer? _scratch;

    public FrameBuffer Get() => _buffer ??= new FrameBuffer(width, height);

    /// <summary>A second frame-sized buffer, for a masked layer's blend before it is mixed in; made on first use too.</summary>
    public FrameBuffer Scratch() => _scratch ??= new FrameBuffer(width, height);

    public void Dispose()
    {
        _buffer?.Dispose();
        _scratch?.Dispose();
    }
}
