using System.Collections.Concurrent;
using System.Threading.Channels;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>
/// Renders the segments of every job with one shared pool of workers. Each worker owns its renderers and a
/// few frame buffers, and feeds one ffmpeg per segment. A job whose segment fails is dropped without
/// stopping the others; when a job's last segment is encoded, its segments are joined into the output.
/// </summary>
public sealed class RenderScheduler(FfmpegInstall ffmpeg, int workers, IRenderReporter reporter)
{
    /// <summary>Frames a worker keeps in flight: one rendering, two queued or in ffmpeg's pipe.</summary>
    private const int BuffersPerWorker = 3;

    public async Task<IReadOnlyDictionary<RenderJob, JobOutcome>> RunAsync(IReadOnlyList<RenderJob> jobs, CancellationToken token)
    {
        var outcomes = new ConcurrentDictionary<RenderJob, JobOutcome>();
        var work = new ConcurrentQueue<(RenderJob Job, Segment Segment)>(jobs.SelectMany(j => j.Segments.Select(s => (j, s))));
        var remaining = jobs.ToDictionary(j => j, j => j.Segments.Count);
        var failed = new ConcurrentDictionary<RenderJob, bool>();
        var temp = Path.Combine(Path.GetTempPath(), $"ascii-assets-{Guid.NewGuid():N}");
        var finishing = new ConcurrentBag<Task>();
        OutputFolder.EnsureWritable(temp, "temporary segments");
        try
        {
            foreach (var job in jobs)
            {
                reporter.Started(job);
            }

            var workerTasks = Enumerable.Range(0, Math.Max(1, workers))
                .Select(_ => Task.Run(() => WorkAsync(work, temp, failed, OnSegmentDone, token), token))
                .ToArray();
            await Task.WhenAll(workerTasks).ConfigureAwait(false);
            await Task.WhenAll(finishing).ConfigureAwait(false);
        }
        finally
        {
            TryDeleteDirectory(temp);
        }

        foreach (var job in jobs.Where(j => !outcomes.ContainsKey(j)))
        {
            outcomes[job] = JobOutcome.Failed;
        }

        return outcomes;

        void OnSegmentDone(RenderJob job)
        {
            bool last;
            lock (remaining)
            {
                last = --remaining[job] == 0;
            }

            if (last && !failed.ContainsKey(job))
            {
                finishing.Add(FinishAsync(job, temp, outcomes, token));
            }
        }
    }

    private async Task WorkAsync(
        ConcurrentQueue<(RenderJob Job, Segment Segment)> work,
        string temp,
        ConcurrentDictionary<RenderJob, bool> failed,
        Action<RenderJob> segmentDone,
        CancellationToken token)
    {
        var renderers = new Dictionary<RenderJob, FrameRenderer>();
        var buffers = new List<FrameBuffer>();
        // Segments whose frames are all in ffmpeg while x264 still finishes them: the next segment starts meanwhile.
        var encoding = new List<Task>();
        try
        {
            while (work.TryDequeue(out var item))
            {
                token.ThrowIfCancellationRequested();
                var (job, segment) = item;
                Task? encoded = null;
                if (!failed.ContainsKey(job))
                {
                    try
                    {
                        if (!renderers.TryGetValue(job, out var renderer))
                        {
                            // Segments are queued job by job, so a worker never returns to an earlier job: free its renderers.
                            foreach (var done in renderers.Keys.ToArray())
                            {
                                renderers[done].Dispose();
                                renderers.Remove(done);
                            }

                            renderer = new FrameRenderer(job.Plan);
                            renderers[job] = renderer;
                            if (job.ClaimWarnings())
                            {
                                foreach (var warning in renderer.Warnings)
                                {
                                    reporter.Diagnostic(warning);
                                }
                            }
                        }

                        encoded = await RenderSegmentAsync(job, segment, renderer, SegmentPath(temp, job, segment), buffers, token).ConfigureAwait(false);
                    }
                    catch (AsciiAssetsException e)
                    {
                        Failed(job, e);
                    }
                }

                encoding.Add(SegmentEncodedAsync(job, encoded));
            }
        }
        finally
        {
            // No ffmpeg outlives the run: on cancellation they are being killed, and this waits until they are gone.
            await Task.WhenAll(encoding).ConfigureAwait(false);
            foreach (var renderer in renderers.Values)
            {
                renderer.Dispose();
            }

            foreach (var buffer in buffers)
            {
                buffer.Dispose();
            }
        }

        async Task SegmentEncodedAsync(RenderJob job, Task? encoded)
        {
            try
            {
                if (encoded is not null)
                {
                    await encoded.ConfigureAwait(false);
                }
            }
            catch (AsciiAssetsException e)
            {
                Failed(job, e);
            }
            finally
            {
                segmentDone(job);
            }
        }

        void Failed(RenderJob job, AsciiAssetsException e)
        {
            // Only the first failing segment of a job reports; the job's other segments are then skipped.
            if (failed.TryAdd(job, true))
            {
                Fail(job, e.Diagnostics);
            }
        }
    }

    /// <summary>
    /// Renders a segment into its own ffmpeg and returns once ffmpeg has taken every frame (the buffers are free again),
    /// with the task that completes when the segment's file is written.
    /// </summary>
    private async Task<Task> RenderSegmentAsync(RenderJob job, Segment segment, FrameRenderer renderer, string path, List<FrameBuffer> owned, CancellationToken token)
    {
        var plan = job.Plan;
        // The pool is a channel: renting waits while the encoder still holds every buffer (backpressure).
        var pool = Channel.CreateUnbounded<FrameBuffer>();
        foreach (var buffer in owned.Where(b => b.Width == plan.Width && b.Height == plan.Height))
        {
            pool.Writer.TryWrite(buffer);
        }

        for (var i = owned.Count(b => b.Width == plan.Width && b.Height == plan.Height); i < BuffersPerWorker; i++)
        {
            var buffer = new FrameBuffer(plan.Width, plan.Height);
            owned.Add(buffer);
            pool.Writer.TryWrite(buffer);
        }

        var pooled = pool.Reader.Count;
        var frames = Channel.CreateUnbounded<FrameBuffer>();
        // FFMpegCore pulls the first frame while starting ffmpeg, so the encoder must run beside this loop.
        var encoding = Task.Run(() => SegmentEncoder.EncodeAsync(ffmpeg, EncodeSettings.From(plan), frames.Reader, b => pool.Writer.TryWrite(b), path, $"encoding segment {segment.Index + 1} of {job.OutputName}", token), token);
        // If ffmpeg stops early, renting fails instead of waiting for buffers it will never return.
        _ = encoding.ContinueWith(_ => pool.Writer.TryComplete(), TaskScheduler.Default);
        try
        {
            for (var frame = segment.StartFrame; frame < segment.EndFrame; frame++)
            {
                var buffer = await pool.Reader.ReadAsync(token).ConfigureAwait(false);
                renderer.Render(frame, buffer);
                if (job.Brightness.IsSample(frame))
                {
                    job.Brightness.Record(frame, buffer);
                }

                frames.Writer.TryWrite(buffer);
                reporter.Progress(job, job.AddFrame());
            }

            frames.Writer.TryComplete();
            // Every buffer back means ffmpeg has read every frame; x264 finishing the file need not hold up the next segment.
            for (var i = 0; i < pooled; i++)
            {
                await pool.Reader.ReadAsync(token).ConfigureAwait(false);
            }

            return encoding;
        }
        catch (ChannelClosedException)
        {
            // The encoder ended early; awaiting it reports why.
        }
        catch (OperationCanceledException)
        {
            // Cancelled mid-segment: the encoder is being killed; its ffmpeg must be gone before the run may end.
            frames.Writer.TryComplete();
            await encoding.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
        finally
        {
            frames.Writer.TryComplete();
        }

        await encoding.ConfigureAwait(false);
        return encoding;
    }

    private async Task FinishAsync(RenderJob job, string temp, ConcurrentDictionary<RenderJob, JobOutcome> outcomes, CancellationToken token)
    {
        var plan = job.Plan;
        var output = plan.OutputPath;
        var partial = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileNameWithoutExtension(output)}.{Guid.NewGuid():N}.tmp.mp4");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            var segments = job.Segments.Select(s => (SegmentPath(temp, job, s), s.FrameCount / plan.Fps)).ToArray();
            await SegmentJoiner.JoinAsync(ffmpeg, segments, plan.Spec.Audio?.FullPath, plan.DurationSeconds, partial, job.OutputName, token).ConfigureAwait(false);
            await OutputCheck.VerifyAsync(ffmpeg, partial, job.OutputName, EncodeSettings.From(plan), plan.FrameCount, plan.Spec.Audio is not null, token).ConfigureAwait(false);
            // Only a complete, checked file replaces the previous output, in one rename; a cancel until here keeps the old one.
            token.ThrowIfCancellationRequested();
            File.Move(partial, output, overwrite: true);
            job.State.Write(job.Fingerprint, new[] { plan.Source.Path }.Concat(Spec.SpecInputs.Files(plan.Spec).Select(f => f.File.FullPath)));
            outcomes[job] = JobOutcome.Rendered;
            foreach (var warning in job.Brightness.Warnings(job.OutputName, SourceLocation.FileOnly(plan.Source.Path)))
            {
                reporter.Diagnostic(warning);
            }

            job.MarkFinished();
            reporter.Finished(job, JobOutcome.Rendered);
        }
        catch (AsciiAssetsException e)
        {
            Fail(job, e.Diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(job, new[] { DiagnosticDescriptors.OutputNotWritten.Create(null, output, e.Message) });
        }
        finally
        {
            TryDelete(partial);
        }
    }

    private void Fail(RenderJob job, IReadOnlyList<Diagnostic> diagnostics)
    {
        job.State.Invalidate();
        foreach (var diagnostic in diagnostics)
        {
            reporter.Diagnostic(diagnostic);
        }

        job.MarkFinished();
        reporter.Finished(job, JobOutcome.Failed);
    }

    private static string SegmentPath(string temp, RenderJob job, Segment segment) =>
        Path.Combine(temp, $"{job.Id:d4}-{segment.Index:d5}.mp4");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
