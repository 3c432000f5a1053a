using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Rendering;

/// <summary>Renders any frame of a plan into an rgb24 buffer. One per worker; not thread-safe.</summary>
public sealed class FrameRenderer : IDisposable
{
    private readonly RenderPlan _plan;
    private readonly SceneRenderer[] _scenes;
    private readonly LayerBuffer _layerBuffer;
    private AudioFeatures? _features;

    public FrameRenderer(RenderPlan plan)
    {
        _plan = plan;
        _scenes = plan.Scenes.Select(s => new SceneRenderer(plan, s)).ToArray();
        _layerBuffer = new LayerBuffer(plan.Width, plan.Height);
        Warnings = CollectWarnings();
    }

    internal IReadOnlyList<SceneRenderer> Scenes => _scenes;

    /// <summary>Characters the font cannot draw, one warning per layer palette.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// The plan's audio features: normally computed before rendering and shared by every worker; a plan without them
    /// (previews, estimates) resolves them at the first frame, so building a renderer never decodes audio.
    /// </summary>
    public AudioFeatures Features => _features ??= FeatureAnalysis.Resolve(_plan);

    public void Render(int frame, FrameBuffer output) =>
        _scenes[_plan.SceneAt(frame).Index].Render(frame, output, _layerBuffer, Features);

    private IReadOnlyList<Diagnostic> CollectWarnings()
    {
        var warnings = new List<Diagnostic>();
        for (var s = 0; s < _scenes.Length; s++)
        {
            var specLayers = _plan.Scenes[s].Spec.Layers;
            for (var l = 0; l < specLayers.Count; l++)
            {
                var missing = _scenes[s].Layers[l].Atlas.MissingCharacters;
                if (missing.Count > 0)
                {
                    var layer = specLayers[l];
                    var name = layer.Palette is null ? "default" : SpecRegistry.NameOf(layer.Palette);
                    var characters = string.Join(", ", missing.Select(c => $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4})"));
                    warnings.Add(DiagnosticDescriptors.MissingGlyphs.Create(_plan.Source.Locations.Of(layer, "palette"), characters, name));
                }
            }
        }

        return warnings.DistinctBy(w => w.ToString()).ToArray();
    }

    public void Dispose()
    {
        foreach (var scene in _scenes)
        {
            scene.Dispose();
        }

        _layerBuffer.Dispose();
    }
}
