namespace AsciiAssets.Rendering;

/// <summary>The stages of a frame, in the order they run.</summary>
public enum RenderStage
{
    Fields,
    Compositing,
    Tonemap,
    Feedback,
    Shader,
}

/// <summary>Told as each stage of a frame ends, so a bench can time the real pipeline stage by stage.</summary>
public interface IStageClock
{
    /// <param name="stage">The stage that just ended.</param>
    /// <param name="shader">For <see cref="RenderStage.Shader"/>, the index of the shader in the scene's chain.</param>
    /// <param name="shaders">For <see cref="RenderStage.Shader"/>, how many shaders from that index ran together in one sweep.</param>
    void StageEnded(RenderStage stage, int shader = 0, int shaders = 1);
}
