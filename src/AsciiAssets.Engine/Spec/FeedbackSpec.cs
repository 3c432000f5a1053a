using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

public sealed record FeedbackSpec(
    [Doc("How much of the previous frame survives each frame.")][Range(0.5, 0.98)] float Decay = 0.85f,
    [Doc("Opacity of the feedback over the new frame.")][Range(0, 1)] float Opacity = 0.6f,
    [Doc("Transform applied to the buffer each frame.")] FeedbackTransform Transform = FeedbackTransform.None,
    [Doc("Pixels moved per frame by the shift, zoom and rotate transforms (rotations at the frame's half height).")][Range(0, 16)] int Step = 1);

public enum FeedbackTransform
{
    None,
    Zoom,
    Shrink,
    ShiftUp,
    ShiftDown,
    MirrorH,
    MirrorV,
    RotateCw,
    RotateCcw,
}
