using AsciiAssets.Compose;
using AsciiAssets.Numerics;
using AsciiAssets.Plan;
using AsciiAssets.Shaders;
using AsciiAssets.Tonemap;

namespace AsciiAssets.Rendering;

/// <summary>One scene for one worker: layers → blend → tonemap → feedback → shader chain.</summary>
public sealed class SceneRenderer : IDisposable
{
    private readonly ScenePlan _scene;
    private readonly RenderPlan _plan;
    private readonly LayerRenderer[] _layers;
    private readonly IShader[] _shaders;
    private readonly Tonemapper _tonemapper;
    private readonly FeedbackBuffer? _feedback;
    private int _lastFrame = int.MinValue;

    public SceneRenderer(RenderPlan plan, ScenePlan scene)
    {
        _plan = plan;
        _scene = scene;
        var seed = plan.Spec.Seed;
        _layers = scene.Spec.Layers
            .Select((layer, i) => new LayerRenderer(layer, plan.Width, plan.Height, Hash.Seed(seed, scene.Index, i, "layer"), plan.Profile.ParticleTier))
            .ToArray();
        _shaders = (scene.Spec.Shaders ?? Array.Empty<ShaderParameters>())
            .Where(s => s.MinimumLevel <= plan.Profile.ShaderLevel)
            .Select((s, i) => s.Create(new ShaderSetup(plan.Width, plan.Height, Hash.Seed(seed, scene.Index, i, "shader"))))
            .ToArray();
        _tonemapper = new Tonemapper(scene.Spec.Gamma);
        _feedback = scene.Spec.Feedback is { } feedback ? new FeedbackBuffer(feedback, plan.Width, plan.Height) : null;
    }

    public IReadOnlyList<LayerRenderer> Layers => _layers;

    internal IReadOnlyList<IShader> Shaders => _shaders;

    internal Tonemapper Tonemapper => _tonemapper;

    public void Render(int frame, FrameBuffer output, FrameBuffer scratch)
    {
        if (_feedback is not null && frame != _lastFrame + 1)
        {
            // The buffer depends on earlier frames: replay enough of them that it is exactly what an
            // in-order render would hold, whatever frame this worker starts at.
            _feedback.Reset();
            for (var f = Math.Max(_scene.StartFrame, frame - _feedback.WarmUpFrames); f < frame; f++)
            {
                RenderOne(f, output, scratch);
            }
        }

        RenderOne(frame, output, scratch);
        _lastFrame = frame;
    }

    private void RenderOne(int frame, FrameBuffer output, FrameBuffer scratch)
    {
        var time = new FrameTime(frame, _plan.Fps, _scene.Index, _scene.StartFrame, _scene.FrameCount);
        output.Clear();
        for (var i = 0; i < _layers.Length; i++)
        {
            var layer = _layers[i];
            if (i == 0 && layer.CoversBelow)
            {
                layer.Render(time, output);
                continue;
            }

            scratch.Clear();
            layer.Render(time, scratch);
            LayerBlender.Blend(output, scratch, layer.Blend, layer.Opacity);
        }

        _tonemapper.Apply(output);
        _feedback?.Apply(output);
        foreach (var shader in _shaders)
        {
            shader.Apply(output, time);
        }
    }

    public void Dispose() => _feedback?.Dispose();
}
