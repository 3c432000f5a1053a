using System.Collections.Concurrent;
using System.Threading.Channels;
using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>What a run does with the cache and with its share of the work.</summary>
/// <param name="ReadCache">Take segments and outputs from the cache (not with --force: everything renders, and is stored).</param>
/// <param name="Shard">Render only this share of the segments into the cache, and write no outputs.</param>
/// <param name="JoinOnly">Render nothing: assemble every output from the cache, and fail where a segment is missing.</param>
/// <param name="Explain">Say, for every segment, where it came from and what changed since the last render.</param>
public sealed record RunMode(bool ReadCache = true, Shard? Shard = null, bool JoinOnly = false, bool Explain = false)
{
    public static readonly RunMode Default = new();
}

/// <summary>
/// Renders the segments of every job with one shared pool of workers. Segments and whole outputs the cache has are
/// taken from it; each worker owns its renderers and a few frame buffers and feeds one ffmpeg per segment it renders,
/// and stores what it encoded. A job whose segment fails is dropped without stopping the others; when a job's
/// segments are all there, they are joined into the output (not in a shard run, which only fills the cache).
/// </summary>
public sealed class RenderScheduler(FfmpegInstall ffmpeg, int workers, IRenderReporter reporter, RenderCache cache, RunMode mode)
{
    /// <summary>Frames a worker keeps in flight: one rendering, two queued or in ffmpeg's pipe.</summary>
    private const int BuffersPerWorker = 3;

    public async Task<IReadOnlyDictionary<RenderJob, JobOutcome>> RunAsync(IReadOnlyList<RenderJob> jobs, CancellationToken token)
    {
        var outcomes = new ConcurrentDictionary<RenderJob, JobOutcome>();
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

            // Which shard renders which segment depends on the specs alone, never on what a cache holds, so every
            // shard of a run computes the same split.
            var assigned = mode.Shard is { } shard ? Shards.Assign(jobs, shard) : null;
            var toRender = new List<(RenderJob Job, KeyedSegment Segment)>();
            var remaining = new Dictionary<RenderJob, int>();
            foreach (var job in jobs)
            {
                if (mode.Shard is null && mode.ReadCache && await RestoreOutputAsync(job, outcomes, token).ConfigureAwait(false))
                {
                    continue;
                }

                var missing = await RestoreSegmentsAsync(job, temp, token).ConfigureAwait(false);
                var mine = assigned is null ? missing : missing.Where(k => assigned.Contains((job, k.Segment.Index))).ToArray();
                if (mode.JoinOnly && missing.Count > 0)
                {
                    Fail(job, new[] { DiagnosticDescriptors.SegmentsNotCached.Create(SourceLocation.FileOnly(job.Plan.Source.Path), job.OutputName, Numbers(missing)) });
                    continue;
                }

                remaining[job] = mine.Count;
                toRender.AddRange(mine.Select(k => (job, k)));
                if (mine.Count == 0)
                {
                    Done(job);
                }
            }

            var work = new ConcurrentQueue<(RenderJob Job, KeyedSegment Segment)>(toRender);
            var workerTasks = Enumerable.Range(0, Math.Max(1, workers))
                .Select(_ => Task.Run(() => WorkAsync(work, temp, failed, OnSegmentDone, token), token))
                .ToArray();
            await Task.WhenAll(workerTasks).ConfigureAwait(false);
            await Task.WhenAll(finishing).ConfigureAwait(false);

            void OnSegmentDone(RenderJob job)
            {
                bool last;
                lock (remaining)
                {
                    last = --remaining[job] == 0;
                }

                if (last)
                {
                    Done(job);
                }
            }

            void Done(RenderJob job)
            {
                if (failed.ContainsKey(job))
                {
                    return;
                }

                if (mode.Shard is null)
                {
                    finishing.Add(FinishAsync(job, temp, outcomes, token));
                    return;
                }

                outcomes[job] = JobOutcome.Stored;
                job.MarkFinished();
                reporter.Finished(job, JobOutcome.Stored);
            }
        }
        finally
        {
            TryDeleteDirectory(temp);
            cache.Trim();
        }

        foreach (var job in jobs.Where(j => !outcomes.ContainsKey(j)))
        {
            outcomes[job] = JobOutcome.Failed;
        }

        return outcomes;
    }

    /// <summary>A whole output from the cache: checked like a fresh one, then moved into place. False for a miss.</summary>
    private async Task<bool> RestoreOutputAsync(RenderJob job, ConcurrentDictionary<RenderJob, JobOutcome> outcomes, CancellationToken token)
    {
        var partial = PartialPath(job);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
            if (await cache.RestoreAsync(job.OutputKey, CacheEntry.OutputKind, partial, token).ConfigureAwait(false) is not { } hit)
            {
                return false;
            }

            job.AddRestored(job.Plan.FrameCount);
            job.Brightness.Restore(hit.Entry.Brightness ?? Array.Empty<BrightnessSample>());
            reporter.Info($"{job.OutputName}: the whole video from the {Tier(hit.Tier)} cache");
            await PlaceAsync(job, partial, outcomes, store: false, token).ConfigureAwait(false);
            return true;
        }
        catch (AsciiAssetsException e)
        {
            // A cached output that fails its check is not used: the segments decide.
            reporter.Detail($"{job.OutputName}: the cached video was not used ({e.Diagnostics[0].Message})");
            job.AddRestored(-job.FramesRestored);
            return false;
        }
        finally
        {
            TryDelete(partial);
        }
    }

    /// <summary>Puts every segment the cache has in place and returns the others, saying which came from where and (with explain) why the rest did not.</summary>
    private async Task<IReadOnlyList<KeyedSegment>> RestoreSegmentsAsync(RenderJob job, string temp, CancellationToken token)
    {
        var missing = new List<KeyedSegment>();
        var tiers = new List<CacheTier>();
        foreach (var keyed in job.Keys)
        {
            var hit = mode.ReadCache ? await cache.RestoreAsync(keyed.Key, CacheEntry.SegmentKind, SegmentPath(temp, job, keyed.Segment), token).ConfigureAwait(false) : null;
            if (hit is { } found)
            {
                job.AddRestored(keyed.Segment.FrameCount);
                job.Brightness.Restore(found.Entry.Brightness ?? Array.Empty<BrightnessSample>());
                tiers.Add(found.Tier);
            }
            else
            {
                missing.Add(keyed);
            }

            // With --explain for everyone; otherwise at detailed verbosity (MSBuild's -v:d).
            var explanation = $"{job.OutputName}: segment {keyed.Segment.Index + 1} (frames {keyed.Segment.StartFrame}-{keyed.Segment.EndFrame - 1}): {(hit is { } h ? $"hit ({Tier(h.Tier)})" : $"miss ({Why(job, keyed)})")}";
            if (mode.Explain)
            {
                reporter.Info(explanation);
            }
            else
            {
                reporter.Detail(explanation);
            }
        }

        if (tiers.Count > 0)
        {
            reporter.Progress(job, job.FramesRestored);
        }

        if (cache.IsEnabled && job.Keys.Count > 0)
        {
            var local = tiers.Count(t => t == CacheTier.Local);
            var shared = tiers.Count - local;
            reporter.Info(tiers.Count == 0
                ? $"{job.OutputName}: {job.Keys.Count} segment{(job.Keys.Count == 1 ? "" : "s")} to render, none in the cache"
                : $"{job.OutputName}: {tiers.Count} of {job.Keys.Count} segments from the cache ({local} local, {shared} shared){(missing.Count == 0 ? "" : $"; rendering {Numbers(missing)}")}");
        }

        return missing;
    }

    /// <summary>Why a segment missed: the parts of its key that differ from what was rendered at its place last time.</summary>
    private string Why(RenderJob job, KeyedSegment keyed)
    {
        if (!mode.ReadCache)
        {
            return "--force";
        }

        var previousKey = job.State.ReadSegmentKeys()?.ElementAtOrDefault(keyed.Segment.Index);
        if (previousKey is null || cache.LocalEntry(previousKey, CacheEntry.SegmentKind)?.Components is not { } before)
        {
            return "no earlier render of it to compare with";
        }

        var changed = keyed.Components.Where(c => !before.TryGetValue(c.Key, out var old) || old != c.Value).Select(c => c.Key)
            .Concat(before.Keys.Where(k => !keyed.Components.ContainsKey(k)))
            .ToArray();
        return changed.Length == 0 ? "the same as last time, but no longer in the cache" : string.Join(", ", changed) + " changed";
    }

    private static string Tier(CacheTier tier) => tier == CacheTier.Local ? "local" : "shared";

    private static string Numbers(IEnumerable<KeyedSegment> segments) =>
        "segment" + (segments.Count() == 1 ? " " : "s ") + string.Join(", ", segments.Select(s => s.Segment.Index + 1));

    private async Task WorkAsync(
        ConcurrentQueue<(RenderJob Job, KeyedSegment Segment)> work,
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
                var (job, keyed) = item;
                var segment = keyed.Segment;
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

                encoding.Add(SegmentEncodedAsync(job, keyed, encoded));
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

        async Task SegmentEncodedAsync(RenderJob job, KeyedSegment keyed, Task? encoded)
        {
            try
            {
                if (encoded is not null)
                {
                    await encoded.ConfigureAwait(false);
                    var segment = keyed.Segment;
                    await cache.StoreAsync(keyed.Key, CacheEntry.SegmentKind, SegmentPath(temp, job, segment), "segment.mp4", keyed.Components, job.Brightness.Samples(segment.StartFrame, segment.EndFrame), token).ConfigureAwait(false);
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
        // The encoder runs beside this loop: it writes each frame to ffmpeg while the next one renders.
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
                reporter.Progress(job, job.FramesRestored + job.AddFrame());
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
        var partial = PartialPath(job);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
            var segments = job.Segments.Select(s => (SegmentPath(temp, job, s), s.FrameCount / plan.Fps)).ToArray();
            await SegmentJoiner.JoinAsync(ffmpeg, segments, plan.Spec.Audio?.FullPath, plan.DurationSeconds, partial, job.OutputName, token).ConfigureAwait(false);
            await PlaceAsync(job, partial, outcomes, store: true, token).ConfigureAwait(false);
        }
        catch (AsciiAssetsException e)
        {
            Fail(job, e.Diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(job, new[] { DiagnosticDescriptors.OutputNotWritten.Create(null, plan.OutputPath, e.Message) });
        }
        finally
        {
            TryDelete(partial);
        }
    }

    /// <summary>Checks a finished file, moves it over the previous output, records it (and with <paramref name="store"/> caches it).</summary>
    private async Task PlaceAsync(RenderJob job, string partial, ConcurrentDictionary<RenderJob, JobOutcome> outcomes, bool store, CancellationToken token)
    {
        var plan = job.Plan;
        await OutputCheck.VerifyAsync(ffmpeg, partial, job.OutputName, EncodeSettings.From(plan), plan.FrameCount, plan.Spec.Audio is not null, token).ConfigureAwait(false);
        if (store)
        {
            await cache.StoreAsync(job.OutputKey, CacheEntry.OutputKind, partial, job.OutputName, null, job.Brightness.Samples(0, plan.FrameCount), token).ConfigureAwait(false);
        }

        // Only a complete, checked file replaces the previous output, in one rename; a cancel until here keeps the old one.
        token.ThrowIfCancellationRequested();
        File.Move(partial, plan.OutputPath, overwrite: true);
        job.State.Write(job.Fingerprint, new[] { plan.Source.Path }.Concat(Spec.SpecInputs.Files(plan.Spec).Select(f => f.File.FullPath)), job.Keys.Select(k => k.Key));
        outcomes[job] = JobOutcome.Rendered;
        foreach (var warning in job.Brightness.Warnings(job.OutputName, SourceLocation.FileOnly(plan.Source.Path)))
        {
            reporter.Diagnostic(warning);
        }

        job.MarkFinished();
        reporter.Finished(job, JobOutcome.Rendered);
    }

    private static string PartialPath(RenderJob job) =>
        Path.Combine(Path.GetDirectoryName(job.Plan.OutputPath)!, $".{Path.GetFileNameWithoutExtension(job.Plan.OutputPath)}.{Guid.NewGuid():N}.tmp.mp4");

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
