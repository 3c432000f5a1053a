namespace AsciiAssets.Build.Tasks;

/// <summary>
/// The engine's AA3001 (ffmpeg not found) worded for a build: the engine speaks of its `--ffmpeg` option, which a
/// build sets through the AsciiVideoFfmpegPath property, and a build has its own ways to go on without ffmpeg.
/// </summary>
internal static class MissingFfmpeg
{
    public const string EngineCode = "AA3001";

    private const string EngineOption = "--ffmpeg";

    private const string BuildProperty = "the AsciiVideoFfmpegPath property";

    private const string WaysOn =
        "To build without ffmpeg, keeping the videos of earlier builds, set SkipAsciiVideoRendering=true to never render, " +
        "or AsciiVideoMissingFfmpeg=warning to render only where ffmpeg is found.";

    public static string ErrorMessage(string engineMessage) =>
        $"{engineMessage.Replace(EngineOption, BuildProperty)} {WaysOn}";

    public static string WarningMessage(string engineMessage) =>
        $"{engineMessage.Replace(EngineOption, BuildProperty)} AsciiVideoMissingFfmpeg is 'warning', so the build goes on without rendering: " +
        "the videos of earlier builds are kept and the others are left out.";
}
