using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;

namespace AsciiAssets.Rendering;

/// <summary>
/// Renders any frame of a plan into an rgb24 buffer. One per worker; not thread-safe. A scene's renderer (its
/// buffers, maps and tables) is built when its first frame is asked for and freed when the worker moves to another
/// scene: a spec of thousands of scenes holds one at a time, not all of them.
/// </summary>
public sealed class FrameRenderer : IDisposable
{
    private readonly RenderPlan _plan;
    private readonly SceneRenderer?[] _scenes;
    private readonly LayerBuffer _layerBuffer;
    private AudioFeatures? _features;
    private IReadOnlyList<Diagnostic>? _warnings;
    private FrameBuffer? _outgoingFrame;
    private int _current = -1;
    private int _outgoing = -1;

    // A loop's tail: the frames before the start come from a renderer of their own, so each renderer sees its frames
    // in order and stateful effects replay only where a segment starts.
    private FrameRenderer? _preRoll;
    private FrameBuffer? _preRollFrame;

    public FrameRenderer(RenderPlan plan)
    {
        _plan = plan;
        _scenes = new SceneRenderer?[plan.Scenes.Count];
        _layerBuffer = new LayerBuffer(plan.Width, plan.Height);
    }

    /// <summary>The stage clock each scene's renderer gets when it is built; the benchmarks time stages with it.</summary>
    internal Func<SceneRenderer, IStageClock>? ClockFor { get; set; }

    /// <summary>The scene renderers built so far and not yet freed.</summary>
    internal IEnumerable<SceneRenderer> LiveScenes => _scenes.OfType<SceneRenderer>();

    /// <summary>A scene's renderer, built if it is not yet; it stays until the worker renders another scene.</summary>
    internal SceneRenderer Scene(int index)
    {
        if (_scenes[index] is null)
        {
            var scene = new SceneRenderer(_plan, _plan.Scenes[index]);
            scene.Clock = ClockFor?.Invoke(scene);
            _scenes[index] = scene;
        }

        return _scenes[index]!;
    }

    /// <summary>Characters the font cannot draw (one warning per layer palette and per source's text) and grids too small to read.</summary>
    public IReadOnlyList<Diagnostic> Warnings => _warnings ??= CollectWarnings();

    /// <summary>
    /// The plan's audio features: normally computed before rendering and shared by every worker; a plan without them
    /// (previews, estimates) resolves them at the first frame, so building a renderer never decodes audio.
    /// </summary>
    public AudioFeatures Features => _features ??= FeatureAnalysis.Resolve(_plan);

    /// <summary>
    /// Renders a frame of the video. In a loop's last <see cref="RenderPlan.LoopFrames"/> frames the frames just before
    /// the start fade in, linearly up to the last frame, which is frame −1 itself: so the video's end flows into frame 0.
    /// </summary>
    public void Render(int frame, FrameBuffer output)
    {
        RenderOwn(frame, output);
        var tail = frame - (_plan.FrameCount - _plan.LoopFrames);
        if (_plan.LoopFrames == 0 || tail < 0 || frame >= _plan.FrameCount)
        {
            return;
        }

        _preRoll ??= new FrameRenderer(_plan) { ClockFor = ClockFor };
        _preRollFrame = Like(output, _preRollFrame);
        _preRoll.RenderOwn(frame - _plan.FrameCount, _preRollFrame);
        var preRollWeight = (int)(((long)(tail + 1) * 256 + _plan.LoopFrames / 2) / _plan.LoopFrames);
        Pixels.PixelMath.Mix(_preRollFrame.Pixels, output.Pixels, 256 - preRollWeight);
        if (output.HasAlpha)
        {
            // Premultiplied colour and its alpha mixed by one weight stay premultiplied (each term's colour is at most its alpha).
            Pixels.PixelMath.Mix(_preRollFrame.Alpha, output.Alpha, 256 - preRollWeight);
        }
    }

    /// <summary>
    /// One frame of the plan's scenes (frames before 0 belong to the first scene), without the loop's fade. A frame of a
    /// transition renders the previous scene too (past its end, its clock running on) and combines the two; each scene
    /// replays its own warm-up, so any worker gives the same frame.
    /// </summary>
    private void RenderOwn(int frame, FrameBuffer output)
    {
        var scene = _plan.SceneAt(frame);
        var outgoing = scene.InTransition(frame) ? scene.Index - 1 : -1;
        FreeAllBut(scene.Index, outgoing);
        _current = scene.Index;
        _outgoing = outgoing;
        if (outgoing >= 0)
        {
            _outgoingFrame = Like(output, _outgoingFrame);
            Scene(outgoing).Render(frame, _outgoingFrame, _layerBuffer, Features);
        }

        var incoming = Scene(scene.Index);
        incoming.Render(frame, output, _layerBuffer, Features);
        if (outgoing >= 0)
        {
            incoming.ApplyTransition(_outgoingFrame!, output, frame, Features);
        }
    }

    /// <summary>
    /// A scratch frame with an alpha plane exactly when <paramref name="output"/> has one: a transparent spec rendered
    /// into a frame without alpha (the loop check, previews) takes the opaque path throughout, so what is mixed into it must too.
    /// </summary>
    private static FrameBuffer Like(FrameBuffer output, FrameBuffer? scratch)
    {
        if (scratch is not null && scratch.HasAlpha == output.HasAlpha)
        {
            return scratch;
        }

        scratch?.Dispose();
        return new FrameBuffer(output.Width, output.Height, output.HasAlpha);
    }

    /// <summary>Frees the scenes this worker rendered last unless the next frame needs them.</summary>
    private void FreeAllBut(int current, int outgoing)
    {
        Free(_current, current, outgoing);
        Free(_outgoing, current, outgoing);
    }

    private void Free(int index, int current, int outgoing)
    {
        if (index >= 0 && index != current && index != outgoing)
        {
            _scenes[index]?.Dispose();
            _scenes[index] = null;
        }
    }

    private IReadOnlyList<Diagnostic> CollectWarnings()
    {
        var warnings = Spec.SpecValidator.AlphaWarnings(_plan.Source).ToList();
        var (designWidth, designHeight) = _plan.DesignSize == default ? (_plan.Width, _plan.Height) : _plan.DesignSize;
        foreach (var scene in _plan.Scenes)
        {
            foreach (var layer in scene.Spec.Layers)
            {
                var pixels = GridSizes.FontPixels(layer.Grid, designWidth, designHeight);
                if (pixels < GridSizes.ReadableFontPixels)
                {
                    warnings.Add(DiagnosticDescriptors.CellsTooSmall.Create(_plan.Source.Locations.Of(layer, "grid"), Naming.ToSnakeCase(layer.Grid.ToString()), pixels, designWidth, designHeight, GridSizes.ReadableFontPixels));
                }

                var atlas = LayerRenderer.AtlasFor(layer, _plan.Width, _plan.Height);
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
            scene?.Dispose();
        }

        _layerBuffer.Dispose();
        _preRoll?.Dispose();
        _preRollFrame?.Dispose();
        _outgoingFrame?.Dispose();
    }
}
