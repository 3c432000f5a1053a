using AsciiAssets.Frames;
using FFMpegCore.Pipes;

namespace AsciiAssets.Encode;

/// <summary>Exposes a rendered frame buffer to FFMpegCore's raw-video pipe without copying it.</summary>
internal sealed class FrameSource(FrameBuffer frame) : IVideoFrame
{
    public int Width => frame.Width;

    public int Height => frame.Height;

    public string PixelFormat => "rgb24";

    public void Serialize(Stream pipe) => pipe.Write(frame.Array, 0, frame.Length);

    public Task SerializeAsync(Stream pipe, CancellationToken token) => pipe.WriteAsync(frame.Array, 0, frame.Length, token);
}
