using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>Parameters of a value field: a 2-D field in [0, 1] over a grid's cells. One record per field, registered by name.</summary>
[RegistryKind("field", "fields")]
public abstract record FieldParameters
{
    /// <summary>Coordinate transforms every field accepts; the field is drawn at the transformed coordinates.</summary>
    [SharedParameter(null!)]
    [Doc("Coordinate transforms applied in order before the field is drawn (rotate, scale, tile, polar, twist, …): a list of names or mappings with 'type'.")]
    public IReadOnlyList<CoordinateTransform>? Transform { get; init; }

    /// <summary>
    /// True when the executor reads cell positions only from the grid's coordinate tables (Dx, Dy, Distance, Angle,
    /// NormalizedDistance, Row, Column), so a transform can rewrite them; other fields are drawn, then resampled.
    /// </summary>
    protected internal virtual bool ReadsCoordinates => false;

    /// <summary>The executor of the field's own definition; callers use <see cref="Build"/>, which adds the transforms.</summary>
    public abstract IValueField Create(FieldSetup setup);

    /// <summary>The executor for a layer or a composite: <see cref="Create"/>, drawn through <see cref="Transform"/> when there is one.</summary>
    public IValueField Build(FieldSetup setup) =>
        Transform is { Count: > 0 } transforms ? new Fields.TransformedField(this, transforms, setup) : Create(setup);
}

/// <summary>Evaluates a field for one frame. Must write every cell and depend only on the frame time and the setup.</summary>
public interface IValueField
{
    void Evaluate(in FrameTime time, Span<float> values);
}

/// <summary>What a field's executor is built with, once per worker and layer.</summary>
public sealed record FieldSetup(Grid Grid, uint Seed, ParticleTier ParticleTier);
