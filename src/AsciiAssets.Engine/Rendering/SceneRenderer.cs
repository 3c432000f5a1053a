using AsciiAssets.Audio;
using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Motion;
using AsciiAssets.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tonemap;
using AsciiAssets.Transitions;

namespace AsciiAssets.Rendering;

/// <summary>One scene for one worker: layers → blend → tonemap → feedback → shader chain.</summary>
public sealed class SceneRenderer : IDisposable
{
    private readonly ScenePlan _scene;
    private readonly RenderPlan _plan;
    private readonly WorkerCopy _parameters;
    private readonly LayerRenderer[] _layers;

    // Per layer, the moving parameters of a held layer, written at its window's first frame; null for the others.
    private readonly WorkerCopy?[] _heldParameters;
    private readonly IShader[] _shaders;
    private readonly ShaderParameters[] _shaderParameters;
    private readonly Tonemapper _tonemapper;
    private readonly FeedbackBuffer? _feedback;
    private readonly FrameBuffer? _dry;

    // A transparent frame's alpha as a grey frame, and the executors that move it (for shaders that move pixels).
    private readonly FrameBuffer? _matte;
    private readonly IShader?[]? _matteShaders;
    private readonly RowStream _rowStream = new();
    private readonly ITransition? _transition;

    // What depends on earlier frames, how many frames rebuild it, and the last stage that holds any of it.
    private readonly IStatefulExecutor[] _stateful;
    private readonly int _warmUpFrames;
    private readonly RenderStage _replayThrough;
    private readonly int _stateOrigin;
    private int _lastFrame = int.MinValue;

    public SceneRenderer(RenderPlan plan, ScenePlan scene)
    {
        _plan = plan;
        _scene = scene;
        var seed = plan.Spec.Seed;
        // Everything is built from this worker's copy of the scene, whose moving parameters are rewritten per frame;
        // the mood is expanded first, so the copy holds its shaders and their moving keys.
        _parameters = WorkerCopy.Of(scene.Spec.WithMoodExpanded(), out var spec);
        _layers = spec.Layers
            .Select((layer, i) => new LayerRenderer(layer, plan.Width, plan.Height, Hash.Seed(seed, scene.Index, i, "layer"), plan.Profile.ParticleTier, bottom: i == 0, plan.FfmpegOrLocate))
            .ToArray();
        _heldParameters = spec.Layers.Select(layer => layer.Hold > 1 ? _parameters.Within(layer) : null).ToArray();
        _shaderParameters = spec.ShaderChain
            .Where(s => s.MinimumLevel <= plan.Profile.ShaderLevel)
            .ToArray();
        _shaders = new IShader[_shaderParameters.Length];
        for (var i = 0; i < _shaders.Length; i++)
        {
            _shaders[i] = _shaderParameters[i].Create(new ShaderSetup(plan.Width, plan.Height, Hash.Seed(seed, scene.Index, i, "shader")));
        }

        // The frame before a partly mixed shader; only scenes whose shaders mix, or may as they move, pay for it.
        _dry = _shaderParameters.Any(p => p.Mix < 1f || _parameters.Moves(p))
            ? new FrameBuffer(plan.Width, plan.Height, plan.Transparent)
            : null;
        if (plan.Transparent && _shaderParameters.Any(p => p.AlphaRule == ShaderAlpha.Moves))
        {
            // A second executor of each shader that moves pixels, with the same seed, moves the alpha matte exactly as the first moves the colours.
            _matte = new FrameBuffer(plan.Width, plan.Height);
            _matteShaders = _shaderParameters
                .Select((p, i) => p.AlphaRule == ShaderAlpha.Moves ? p.Create(new ShaderSetup(plan.Width, plan.Height, Hash.Seed(seed, scene.Index, i, "shader"))) : null)
                .ToArray();
        }

        // Built from this worker's copy too, so its parameters move with the scene's.
        var cells = _layers.Length > 0 ? _layers[0].Grid : null;
        _transition = spec.Transition?.Create(new TransitionSetup(
            plan.Width,
            plan.Height,
            Hash.Seed(seed, scene.Index, 0, "transition"),
            cells is null ? new CellLayout(plan.Width, plan.Height, 0, 0) : new CellLayout(cells.CellWidth, cells.CellHeight, cells.OffsetX, cells.OffsetY),
            plan.Transparent));
        _tonemapper = new Tonemapper(spec.Gamma);
        _feedback = spec.Feedback is { } feedback ? new FeedbackBuffer(feedback, plan.Width, plan.Height) : null;
        var stateful = _layers.SelectMany(l => l.Executors).OfType<IStatefulExecutor>().Select(e => (Executor: e, Stage: RenderStage.Fields))
            .Concat(_feedback is null ? [] : [(_feedback, RenderStage.Feedback)])
            .Concat(_shaders.OfType<IStatefulExecutor>().Select(e => (Executor: e, Stage: RenderStage.Shader)))
            .ToArray();
        _stateful = stateful.Select(s => s.Executor).ToArray();
        _warmUpFrames = stateful.Select(s => s.Executor.WarmUpFrames).DefaultIfEmpty(0).Max();
        _replayThrough = stateful.Select(s => s.Stage).DefaultIfEmpty(RenderStage.Fields).Max();
        // A loop renders the first scene's frames before frame 0 into the video's end: its state starts early enough
        // that those frames are warmed up, and frame 0 continues from them as from any earlier frame.
        _stateOrigin = scene.Index == 0 && plan.LoopFrames > 0
            ? -plan.LoopFrames - (_warmUpFrames == int.MaxValue ? 0 : _warmUpFrames)
            : scene.StartFrame;
    }

    public IReadOnlyList<LayerRenderer> Layers => _layers;

    internal IReadOnlyList<IShader> Shaders => _shaders;

    internal Tonemapper Tonemapper => _tonemapper;

    /// <summary>Told as each stage ends; the end-to-end bench times stages with it.</summary>
    internal IStageClock? Clock { get; set; }

    public void Render(int frame, FrameBuffer output, LayerBuffer layerBuffer, AudioFeatures features)
    {
        if (_stateful.Length > 0 && frame != _lastFrame + 1)
        {
            // Replay enough earlier frames that every stateful executor holds exactly what an in-order render
            // would, whatever frame this worker starts at; the stages after the last one with state are skipped.
            foreach (var executor in _stateful)
            {
                executor.Reset();
            }

            for (var f = (int)Math.Max(_stateOrigin, (long)frame - _warmUpFrames); f < frame; f++)
            {
                RenderOne(f, output, layerBuffer, features, _replayThrough);
            }
        }

        RenderOne(frame, output, layerBuffer, features, RenderStage.Shader);
        _lastFrame = frame;
    }

    /// <summary>
    /// Combines a frame of this scene's transition (after <see cref="Render"/> of the same frame, which set its moving
    /// parameters) with the previous scene's frame, in place in <paramref name="output"/>.
    /// </summary>
    public void ApplyTransition(FrameBuffer outgoing, FrameBuffer output, int frame, AudioFeatures features)
    {
        var time = new FrameTime(frame, _plan.Fps, _scene.Index, _scene.StartFrame, _scene.FrameCount, features);
        _transition!.Apply(outgoing, output, _scene.TransitionProgress(frame), time);
    }

    /// <summary>Renders a frame's stages up to <paramref name="through"/>.</summary>
    private void RenderOne(int frame, FrameBuffer output, LayerBuffer layerBuffer, AudioFeatures features, RenderStage through)
    {
        var time = new FrameTime(frame, _plan.Fps, _scene.Index, _scene.StartFrame, _scene.FrameCount, features);
        _parameters.Apply(time);
        for (var i = 0; i < _layers.Length; i++)
        {
            if (_heldParameters[i] is { } held)
            {
                // The whole layer as at its window's first frame: its moving parameters (opacity too) and its time.
                var windowStart = time.HeldInScene(_layers[i].Hold);
                held.Apply(windowStart);
                _layers[i].Evaluate(windowStart);
            }
            else
            {
                _layers[i].Evaluate(time);
            }
        }

        Clock?.StageEnded(RenderStage.Fields);
        if (through == RenderStage.Fields)
        {
            return;
        }

        Compose(output, layerBuffer);
        Clock?.StageEnded(RenderStage.Compositing);
        _tonemapper.Apply(output);
        Clock?.StageEnded(RenderStage.Tonemap);
        if (_feedback is not null)
        {
            _feedback.Apply(output);
            Clock?.StageEnded(RenderStage.Feedback);
        }

        if (through < RenderStage.Shader)
        {
            return;
        }

        if (output.HasAlpha)
        {
            ApplyShadersWithAlpha(output, time);
            return;
        }

        for (var i = 0; i < _shaders.Length;)
        {
            var mix = _shaderParameters[i].Mix;
            var rowShaders = mix >= 1f ? RowShadersFrom(i + 1) : 0;
            if (rowShaders > 0 && _shaders[i] is IRowShader)
            {
                // A chain of row shaders: all of them on one band of rows, then the next band.
                _rowStream.Begin(output, time, _shaders, i, 1 + rowShaders);
                _rowStream.End();
            }
            else if (rowShaders > 0)
            {
                // The row shaders after this one run on its rows as they become final, while they are in cache.
                _rowStream.Begin(output, time, _shaders, i + 1, rowShaders);
                if (_shaders[i] is IStreamingShader streaming)
                {
                    streaming.Apply(output, time, _rowStream);
                }
                else
                {
                    _shaders[i].Apply(output, time);
                }

                _rowStream.End();
            }
            else if (mix >= 1f)
            {
                _shaders[i].Apply(output, time);
            }
            else if (mix > 0f)
            {
                output.CopyTo(_dry!);
                _shaders[i].Apply(output, time);
                PixelMath.Mix(_dry!.Pixels, output.Pixels, (int)(mix * 256f + 0.5f));
            }

            Clock?.StageEnded(RenderStage.Shader, i, 1 + rowShaders);
            i += 1 + rowShaders;
        }
    }

    /// <summary>
    /// The shader chain on a transparent frame, each shader whole (the result is the same as by bands) with its
    /// family's alpha rule (<see cref="ShaderAlpha"/>); at the end the alpha covers every pixel's light.
    /// </summary>
    private void ApplyShadersWithAlpha(FrameBuffer output, in FrameTime time)
    {
        for (var i = 0; i < _shaders.Length; i++)
        {
            var mix = _shaderParameters[i].Mix;
            if (mix <= 0f)
            {
                continue;
            }

            if (mix < 1f)
            {
                output.CopyTo(_dry!);
            }

            ApplyWithAlpha(i, output, time);
            if (mix < 1f)
            {
                var weight = (int)(mix * 256f + 0.5f);
                PixelMath.Mix(_dry!.Pixels, output.Pixels, weight);
                PixelMath.Mix(_dry.Alpha, output.Alpha, weight);
            }

            Clock?.StageEnded(RenderStage.Shader, i, 1);
        }

        AlphaPixels.RaiseToLight(output.Pixels, output.Alpha);
    }

    private void ApplyWithAlpha(int index, FrameBuffer output, in FrameTime time)
    {
        var shader = _shaders[index];
        switch (_shaderParameters[index].AlphaRule)
        {
            case ShaderAlpha.Colour:
                AlphaPixels.Unpremultiply(output.Pixels, output.Alpha);
                shader.Apply(output, time);
                AlphaPixels.Premultiply(output.Pixels, output.Alpha);
                break;
            case ShaderAlpha.Moves:
                AlphaPixels.ToMatte(output.Alpha, _matte!.Pixels);
                _matteShaders![index]!.Apply(_matte, time);
                AlphaPixels.FromMatte(_matte.Pixels, output.Alpha);
                shader.Apply(output, time);
                break;
            case ShaderAlpha.Redraws:
                shader.Apply(output, time);
                output.Alpha.Clear();
                AlphaPixels.RaiseToLight(output.Pixels, output.Alpha);
                break;
            default:
                shader.Apply(output, time);
                break;
        }
    }

    /// <summary>How many shaders from <paramref name="first"/> on work row by row and apply fully this frame.</summary>
    private int RowShadersFrom(int first)
    {
        var count = 0;
        while (first + count < _shaders.Length && _shaders[first + count] is IRowShader && _shaderParameters[first + count].Mix >= 1f)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Layers bottom to top. A first layer that hides everything below paints the whole frame; layers whose black
    /// leaves the bottom are drawn straight onto it; only the others are painted into the layer buffer and blended.
    /// </summary>
    private void Compose(FrameBuffer output, LayerBuffer layerBuffer)
    {
        var painted = _layers.Length > 0 && _layers[0].CoversBelow;
        if (painted)
        {
            _layers[0].Paint(output);
            if (output.HasAlpha)
            {
                _layers[0].PaintAlpha(output);
            }
        }
        else
        {
            output.Clear();
        }

        for (var i = painted ? 1 : 0; i < _layers.Length; i++)
        {
            var layer = _layers[i];
            if (layer.BlendsWithoutBuffer)
            {
                layer.BlendOnto(output);
            }
            else if (layer.NeedsCoverageMix)
            {
                // Partly hidden cells: the blend is made on a copy of the frame and mixed back in by coverage.
                var buffer = layerBuffer.Get();
                var blended = layerBuffer.Scratch();
                layer.Paint(buffer);
                output.CopyTo(blended);
                LayerBlender.Blend(blended, buffer, layer.Blend, layer.Opacity);
                CoverageMix.Apply(output, blended, layer.Grid, layer.Coverage);
            }
            else
            {
                var buffer = layerBuffer.Get();
                layer.Paint(buffer);
                LayerBlender.Blend(output, buffer, layer.Blend, layer.Opacity);
            }

            if (output.HasAlpha)
            {
                layer.BlendAlpha(output);
            }
        }
    }

    public void Dispose()
    {
        foreach (var layer in _layers)
        {
            layer.Dispose();
        }

        _feedback?.Dispose();
        _dry?.Dispose();
        _matte?.Dispose();
    }
}
