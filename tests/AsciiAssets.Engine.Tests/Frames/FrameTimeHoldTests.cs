using AsciiAssets.Frames;

namespace AsciiAssets.Tests.Frames;

/// <summary>The hold windows: a shader's from the video's frame 0, a layer's from its scene's first frame, both floored.</summary>
public class FrameTimeHoldTests
{
    private static FrameTime At(int frame, int sceneStart = 0) => new(frame, 24, 0, sceneStart, 48);

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(-1, 1, -1)]
    [InlineData(5, 3, 1)]
    [InlineData(6, 3, 2)]
    [InlineData(-1, 3, -1)]
    [InlineData(-3, 3, -1)]
    [InlineData(-4, 3, -2)]
    public void Shader_windows_count_from_frame_0(int frame, int hold, int window) => At(frame).HoldWindow(hold).Should().Be(window);

    [Theory]
    [InlineData(17, 13, 5, 13)]
    [InlineData(18, 13, 5, 18)]
    [InlineData(12, 13, 5, 8)]
    [InlineData(-1, 0, 3, -3)]
    [InlineData(7, 0, 1, 7)]
    public void Layer_windows_count_from_the_scenes_first_frame(int frame, int sceneStart, int hold, int first)
    {
        var held = At(frame, sceneStart).HeldInScene(hold);

        held.Frame.Should().Be(first);
        held.SceneStartFrame.Should().Be(sceneStart);
    }
}
