using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>Parameters of a value field: a 2-D field in [0, 1] over a grid's cells. One record per field, registered by name.</summary>
[RegistryKind("field", "fields")]
public abstract record FieldParameters
{
    public abstract IValueField Create(FieldSetup setup);
}

/// <summary>Evaluates a field for one frame. Must write every cell and depend only on the frame time and the setup.</summary>
public interface IValueField
{
    void Evaluate(in FrameTime time, Span<float> values);
}

/// <summary>What a field's executor is built with, once per worker and layer.</summary>
public sealed record FieldSetup(Grid Grid, uint Seed, ParticleTier ParticleTier);
