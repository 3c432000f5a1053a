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
    /// Renders a few frames from the middle of the video and encodes them with the plan's settings. Render and
    /// encode overlap, but on few cores they share the CPU, so the estimate adds them and divides by the workers.
    /// </summary>
    public static async Task<RenderEstimate> MeasureAsync(RenderPlan plan, FfmpegInstall ffmpeg, int workers, CancellationToken token)
    {
        var count = Math.Min(SampleFrames, plan.FrameCount);
        var start = Math.Max(0, plan.FrameCount / 2 - count / 2);
        var buffers = Enumerable.Range(0, count).Select(_ => new FrameBuffer(plan.Width, plan.Height)).ToArray();
        try
        {
            using var renderer = new FrameRenderer(plan);
            renderer.Render(start, buffers[0]); // warms the JIT and the caches
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                renderer.Render(start + i, buffers[i]);
            }

            var render = clock.Elapsed.TotalMilliseconds / count;
            var frames = Channel.CreateUnbounded<FrameBuffer>();
            foreach (var buffer in buffers)
            {
                frames.Writer.TryWrite(buffer);
            }

            frames.Writer.Complete();
            var sample = Path.Combine(Path.GetTempPath(), $"ascii-assets-estimate-{Guid.NewGuid():N}.mp4");
            clock.Restart();
            try
            {
                await SegmentEncoder.EncodeAsync(ffmpeg, EncodeSettings.From(plan), frames.Reader, _ => { }, sample, "measuring the encoding speed", token).ConfigureAwait(false);
            }
            finally
            {
                File.Delete(sample);
            }

            var encode = clock.Elapsed.TotalMilliseconds / count;
            var parallel = Math.Max(1, Math.Min(workers, Environment.ProcessorCount));
            return new RenderEstimate(render, encode, TimeSpan.FromMilliseconds(plan.FrameCount * (render + encode) / parallel));
        }
        finally
        {
            foreach (var buffer in buffers)
            {
                buffer.Dispose();
            }
        }
    }
}
