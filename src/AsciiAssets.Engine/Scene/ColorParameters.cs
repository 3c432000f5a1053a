using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>A colour strategy: turns a layer's values (and cell positions, time) into a colour per cell.</summary>
[RegistryKind("color", "colors")]
public abstract record ColorParameters
{
    public abstract IColorizer Create(Grid grid);
}

public interface IColorizer
{
    void Colorize(in FrameTime time, ReadOnlySpan<float> values, Span<Rgb24> colors);
}
