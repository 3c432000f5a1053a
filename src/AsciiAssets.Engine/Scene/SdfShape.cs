using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>
/// A signed distance shape for the <c>sdf</c> field: negative inside, positive outside, in units of half the grid
/// height (y grows downward; the centre is 0, 0). Primitives and operations on other shapes, registered by name.
/// </summary>
[RegistryKind("shape", "shapes")]
public abstract record SdfShape
{
    /// <summary>The shape's executor for a grid of <paramref name="cells"/> cells (operations keep scratch rows for their operands).</summary>
    public abstract ISignedDistance Create(int cells);
}

/// <summary>Distances of many points at once; reads its parameters per call, allocates nothing.</summary>
public interface ISignedDistance
{
    void Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y, Span<float> distance);
}
