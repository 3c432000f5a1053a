using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>
/// A coordinate transform in a field's <c>transform</c> list: for every cell, where in the field it looks. Coordinates
/// are in cell widths from the grid centre, y aspect-corrected like <see cref="Grid.Dy"/>.
/// </summary>
[RegistryKind("transform", "transforms")]
public abstract record CoordinateTransform
{
    public abstract ICoordinateTransform Create(Grid grid);
}

/// <summary>Rewrites cell coordinates in place for one frame. Reads its parameters per frame; allocates nothing.</summary>
public interface ICoordinateTransform
{
    void Apply(in FrameTime time, Span<float> x, Span<float> y);
}
