namespace AsciiAssets.Encode;

/// <summary>How a file path reaches ffmpeg: through the file protocol, so a name such as `concat:a|b`, `http://…`,
/// `pipe:1` or `-y` is read as the file it names and never as a protocol or an option.</summary>
internal static class FfmpegUrl
{
    public static string File(string path) => "file:" + Path.GetFullPath(path);
}
