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
    /// <param name="shader">For <see cref="RenderStage.Shader"/>, the shader's index in the scene's chain.</param>
    void StageEnded(RenderStage stage, int shader = 0);
}
