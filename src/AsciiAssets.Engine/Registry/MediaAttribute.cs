namespace AsciiAssets.Registry;

/// <summary>What a file-valued parameter must contain; inputs are probed for it before anything renders.</summary>
public enum MediaKind
{
    Audio,
}

/// <summary>Declares the media a file parameter takes, e.g. <c>[Media(MediaKind.Audio)] InputFile? Audio</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class MediaAttribute(MediaKind kind) : Attribute
{
    public MediaKind Kind { get; } = kind;
}
