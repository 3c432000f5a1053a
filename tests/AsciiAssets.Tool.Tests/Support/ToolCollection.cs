namespace AsciiAssets.Tool.Tests.Support;

/// <summary>Tool tests run one at a time: each already uses every core through ffmpeg and the render workers.</summary>
[CollectionDefinition(Name)]
public sealed class ToolCollection
{
    public const string Name = "tool processes";
}
