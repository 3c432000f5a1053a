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

    /// <summary>Characters the font cannot draw, one warning per layer palette and per source's text.</summary>
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
                var atlas = _scenes[s].Layers[l].Atlas;
                var layer = specLayers[l];
                if (atlas.MissingCharacters.Count > 0)
                {
                    var name = layer.Palette is null ? "default" : SpecRegistry.NameOf(layer.Palette);
                    warnings.Add(DiagnosticDescriptors.MissingGlyphs.Create(_plan.Source.Locations.Of(layer, "palette"), Listed(atlas.MissingCharacters), name));
                }

                if (atlas.MissingExtras.Count > 0 && layer.Source is { } source)
                {
                    var font = source.CharacterFont?.Text ?? Glyphs.FontFace.FamilyName;
                    warnings.Add(DiagnosticDescriptors.MissingTextGlyphs.Create(_plan.Source.Locations.Of(source, source.CharactersKey), Listed(atlas.MissingExtras), font));
                }
            }
        }

        return warnings.DistinctBy(w => w.ToString()).ToArray();
    }

    private static string Listed(IEnumerable<string> characters) =>
        string.Join(", ", characters.Select(c => $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4})"));

    public void Dispose()
    {
        foreach (var scene in _scenes)
        {
            scene.Dispose();
        }

        _layerBuffer.Dispose();
    }
}
