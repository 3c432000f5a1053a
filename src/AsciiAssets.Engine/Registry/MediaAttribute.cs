namespace AsciiAssets.Registry;

/// <summary>What a file-valued parameter must contain; inputs are probed for it before anything renders.</summary>
public enum MediaKind
{
    Audio,

    /// <summary>PNG, JPEG, WebP or GIF (its first frame), decoded by SkiaSharp.</summary>
    Image,

    /// <summary>Footage ffmpeg can decode, with a video stream.</summary>
    Video,

    /// <summary>A TrueType or OpenType font.</summary>
    Font,

    /// <summary>An SRT subtitle file.</summary>
    Subtitles,
}

/// <summary>Declares the media a file parameter takes, e.g. <c>[Media(MediaKind.Audio)] InputFile? Audio</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class MediaAttribute(MediaKind kind) : Attribute
{
    public MediaKind Kind { get; } = kind;
}
