using System.Diagnostics;
using System.Threading.Channels;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Rendering;

namespace AsciiAssets.Plan;

/// <summary>How long a plan will take on this machine, from timing a few of its own frames and encoding them.</summary>
public sealed record RenderEstimate(double RenderMillisecondsPerFrame, double EncodeMillisecondsPerFrame, TimeSpan Duration)
{
    private const int SampleFrames = 6;

    public static string Format(TimeSpan time) =>
        time.TotalHours >= 1 ? $"{(int)time.TotalHours}h{time.Minutes:00}m"
        : time.TotalMinutes >= 1 ? $"{(int)time.TotalMinutes}m{time.Seconds:00}s"
        : $"{Math.Max(1, (int)Math.Ceiling(time.TotalSeconds))}s";

    /// <summary>
    /// Renders a few frames from the middle of the video and encodes them with the plan's settings, once as a single
    /// frame (what starting an ffmpeg costs, paid once per segment) and once all of them (what a frame costs). Render
    /// and encode overlap, but on few cores they share the CPU, so the estimate adds them and divides by the workers;
    /// building the renderers (every scene's buffers and tables) is paid once per worker, in parallel.
    /// </summary>
    public static async Task<RenderEstimate> MeasureAsync(RenderPlan plan, FfmpegInstall ffmpeg, int workers, CancellationToken token)
    {
        var count = Math.Min(SampleFrames, plan.FrameCount);
        var start = Math.Max(0, plan.FrameCount / 2 - count / 2);
        var buffers = Enumerable.Range(0, count).Select(_ => new FrameBuffer(plan.Width, plan.Height)).ToArray();
        try
        {
            var clock = Stopwatch.StartNew();
            using var renderer = new FrameRenderer(plan);
            var setup = clock.Elapsed;
            renderer.Render(start, buffers[0]); // warms the JIT and the caches
            clock.Restart();
            for (var i = 0; i < count; i++)
            {
                token.ThrowIfCancellationRequested();
                renderer.Render(start + i, buffers[i]);
            }

            var render = clock.Elapsed.TotalMilliseconds / count;
            var single = await TimeEncodeAsync(plan, ffmpeg, buffers[..1], token).ConfigureAwait(false);
            var all = count > 1 ? await TimeEncodeAsync(plan, ffmpeg, buffers, token).ConfigureAwait(false) : single;
            var encode = count > 1 ? Math.Max(0, (all - single) / (count - 1)) : single;
            var startup = Math.Max(0, single - encode);
            var parallel = Math.Max(1, Math.Min(workers, Environment.ProcessorCount));
            var total = Total(plan.FrameCount, SegmentPlanner.Plan(plan).Count, render, encode, startup, setup.TotalMilliseconds, parallel);
            return new RenderEstimate(render, encode, total);
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer.Dispose();
            }
        }
    }

    /// <summary>
    /// The whole run: every frame rendered and encoded, one ffmpeg started per segment (a spec of many tiny scenes has
    /// as many segments), shared by the workers; the renderers are built once per worker, side by side; the video is
    /// joined and checked at the end.
    /// </summary>
    public static TimeSpan Total(int frames, int segments, double renderMilliseconds, double encodeMilliseconds, double startupMilliseconds, double setupMilliseconds, int parallel) =>
        TimeSpan.FromMilliseconds(setupMilliseconds + (frames * (renderMilliseconds + encodeMilliseconds) + segments * startupMilliseconds) / Math.Max(1, parallel)
            + FinishingRuns * startupMilliseconds);

    /// <summary>After the last segment, one after the other: the join, then the check that reads the video back.</summary>
    private const int FinishingRuns = 2;

    /// <summary>Milliseconds to encode the frames into a throw-away file, ffmpeg's start and finish included.</summary>
    private static async Task<double> TimeEncodeAsync(RenderPlan plan, FfmpegInstall ffmpeg, FrameBuffer[] buffers, CancellationToken token)
    {
        var frames = Channel.CreateUnbounded<FrameBuffer>();
        foreach (var buffer in buffers)
        {
            frames.Writer.TryWrite(buffer);
        }

        frames.Writer.Complete();
        var sample = Path.Combine(Path.GetTempPath(), $"ascii-assets-estimate-{Guid.NewGuid():N}.mp4");
        var clock = Stopwatch.StartNew();
        try
        {
            // With the MP4's cap, if it has one: a capped x264 runs on one thread, which changes its speed.
            await SegmentEncoder.EncodeAsync(ffmpeg, EncodeSettings.From(plan, Encode.Outputs.OutputKind.Mp4Of(plan)?.Cap(plan)), frames.Reader, _ => { }, sample, "measuring the encoding speed", token).ConfigureAwait(false);
            return clock.Elapsed.TotalMilliseconds;
        }
        finally
        {
            File.Delete(sample);
        }
    }
}
