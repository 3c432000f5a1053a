using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

/// <summary>
/// Any executor that declares <see cref="IStatefulExecutor"/> is replayed by the scene renderer, so a worker that
/// starts anywhere renders the frames an in-order render gives; shown with a field and a shader made here.
/// </summary>
public class StatefulReplayTests
{
    /// <summary>Plasma averaged with everything before it since the scene started: never forgets.</summary>
    private sealed record EchoField : FieldParameters
    {
        public override IValueField Create(FieldSetup setup) => new Executor(setup);

        private sealed class Executor(FieldSetup setup) : IValueField, IStatefulExecutor
        {
            private readonly IValueField _plasma = new PlasmaField().Create(setup);
            private readonly float[] _memory = new float[setup.Grid.CellCount];

            public int WarmUpFrames => int.MaxValue;

            public void Reset() => Array.Clear(_memory);

            public void Evaluate(in FrameTime time, Span<float> values)
            {
                _plasma.Evaluate(time, values);
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = _memory[i] = 0.5f * (_memory[i] + values[i]);
                }
            }
        }
    }

    /// <summary>Each pixel keeps the brightest of itself and three quarters of its last value: forgets within 20 frames.</summary>
    private sealed record TrailShader : ShaderParameters
    {
        public override IShader Create(ShaderSetup setup) => new Executor(setup);

        private sealed class Executor(ShaderSetup setup) : IShader, IStatefulExecutor
        {
            private readonly byte[] _memory = new byte[setup.Width * setup.Height * 3];

            public int WarmUpFrames => 20;

            public void Reset() => Array.Clear(_memory);

            public void Apply(FrameBuffer frame, in FrameTime time)
            {
                var pixels = frame.Pixels;
                for (var i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = _memory[i] = Math.Max(pixels[i], (byte)(_memory[i] * 3 / 4));
                }
            }
        }
    }

    private static RenderPlan Plan(Func<SceneSpec, SceneSpec> change)
    {
        var plan = TestRender.Plan(TestRender.LayerSpec("field: plasma", size: "96x54"));
        return plan with { Scenes = plan.Scenes.Select(s => s with { Spec = change(s.Spec) }).ToArray() };
    }

    private static readonly RenderPlan Echo = Plan(s => s with { Layers = [s.Layers[0] with { Field = new EchoField() }] });
    private static readonly RenderPlan Trail = Plan(s => s with { Shaders = [new TrailShader()] });
    private static readonly RenderPlan Both = Plan(s => s with { Layers = [s.Layers[0] with { Field = new EchoField() }], Shaders = [new TrailShader()] });

    public static TheoryData<string> Plans => new() { nameof(Echo), nameof(Trail), nameof(Both) };

    private static RenderPlan Named(string name) => name switch { nameof(Echo) => Echo, nameof(Trail) => Trail, _ => Both };

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_worker_that_starts_anywhere_renders_what_an_in_order_render_gives(string name)
    {
        var plan = Named(name);
        var inOrder = new List<byte[]>();
        using (var renderer = new FrameRenderer(plan))
        using (var frame = new FrameBuffer(plan.Width, plan.Height))
        {
            for (var f = 0; f < 24; f++)
            {
                renderer.Render(f, frame);
                inOrder.Add(frame.Pixels.ToArray());
            }
        }

        // A segment from frame 9, a jump back to 3, and a lone frame 23: three starts with a replay.
        using var worker = new FrameRenderer(plan);
        using var buffer = new FrameBuffer(plan.Width, plan.Height);
        foreach (var f in new[] { 9, 10, 11, 3, 4, 23 })
        {
            worker.Render(f, buffer);
            buffer.Pixels.ToArray().Should().Equal(inOrder[f], $"frame {f} of {name}");
        }
    }

    [Fact]
    public void A_replay_for_a_stateful_field_stops_after_the_fields()
    {
        var clock = new CountingClock();
        using var renderer = new FrameRenderer(Echo);
        renderer.Scene(0).Clock = clock;
        using var frame = new FrameBuffer(Echo.Width, Echo.Height);

        renderer.Render(10, frame);

        (clock.Count(RenderStage.Fields), clock.Count(RenderStage.Compositing)).Should().Be((11, 1));
    }

    private sealed class CountingClock : IStageClock
    {
        private readonly List<RenderStage> _ended = new();

        public int Count(RenderStage stage) => _ended.Count(s => s == stage);

        public void StageEnded(RenderStage stage, int shader = 0, int shaders = 1) => _ended.Add(stage);
    }
}
