using System.Collections.Concurrent;
using System.Threading.Channels;
using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Encode.Outputs;
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
            var toRender = new List<WorkItem>();
            var remaining = new Dictionary<RenderJob, int>();
            foreach (var job in jobs)
            {
                if (mode.Shard is null && mode.ReadCache && job.IsMp4Only && await RestoreOutputAsync(job, outcomes, token).ConfigureAwait(false))
                {
                    continue;
                }

                var missing = await RestoreSegmentsAsync(job, temp, token).ConfigureAwait(false);
                var mine = assigned is null ? missing : missing.Where(m => assigned.Contains((job, m.Keyed.Segment.Index))).ToArray();
                if (mode.JoinOnly && missing.Count > 0)
                {
                    Fail(job, new[] { DiagnosticDescriptors.SegmentsNotCached.Create(SourceLocation.FileOnly(job.Plan.Source.Path), job.OutputName, Numbers(missing.Select(m => m.Keyed))) });
                    continue;
                }

                remaining[job] = mine.Count;
                toRender.AddRange(mine);
                if (mine.Count == 0)
                {
                    Done(job);
                }
            }

            var work = new ConcurrentQueue<WorkItem>(toRender);
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

    /// <summary>A whole MP4 from the cache: checked like a fresh one, then moved into place. False for a miss.</summary>
    private async Task<bool> RestoreOutputAsync(RenderJob job, ConcurrentDictionary<RenderJob, JobOutcome> outcomes, CancellationToken token)
    {
        var plan = job.Plan;
        using var staged = new StagedOutput(Path.GetDirectoryName(plan.OutputPath)!, Path.GetFileNameWithoutExtension(plan.OutputPath));
        var partial = staged.PathOf(job.OutputName);
        try
        {
            if (await cache.RestoreAsync(job.OutputKey, CacheEntry.OutputKind, partial, token).ConfigureAwait(false) is not { } hit)
            {
                return false;
            }

            job.AddRestored(plan.FrameCount);
            job.Brightness.Restore(hit.Entry.Brightness ?? Array.Empty<BrightnessSample>());
            reporter.Info($"{job.OutputName}: the whole video from the {Tier(hit.Tier)} cache");
            await Mp4Output.CheckAsync(ffmpeg, plan, partial, token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            staged.Place(new[] { job.OutputName });
            Succeeded(job, outcomes);
            return true;
        }
        catch (AsciiAssetsException e)
        {
            // A cached output that fails its check is not used: the segments decide.
            reporter.Detail($"{job.OutputName}: the cached video was not used ({e.Diagnostics[0].Message})");
            job.AddRestored(-job.FramesRestored);
            return false;
        }
    }

    /// <summary>
    /// Puts every segment file the cache has in place (one per track) and returns the segments that miss a track, with
    /// the tracks they miss, saying which came from where and (with explain) why the rest did not.
    /// </summary>
    private async Task<IReadOnlyList<WorkItem>> RestoreSegmentsAsync(RenderJob job, string temp, CancellationToken token)
    {
        var missing = new List<WorkItem>();
        var tiers = new List<CacheTier>();
        if (job.Tracks.Count == 0)
        {
            // Only outputs made without frames (an HTML snippet alone): nothing to render.
            return missing;
        }

        foreach (var keyed in job.Keys)
        {
            var absent = new List<SegmentTrack>();
            (CacheEntry Entry, CacheTier Tier)? hit = null;
            foreach (var track in job.Tracks)
            {
                var found = mode.ReadCache ? await cache.RestoreAsync(track.KeyOf(keyed.Key), CacheEntry.SegmentKind, SegmentPath(temp, job, keyed.Segment, track), token).ConfigureAwait(false) : null;
                if (found is { } h)
                {
                    hit ??= h;
                }
                else
                {
                    absent.Add(track);
                }
            }

            if (hit is { } restored)
            {
                job.Brightness.Restore(restored.Entry.Brightness ?? Array.Empty<BrightnessSample>());
            }

            if (absent.Count == 0 && hit is { } whole)
            {
                job.AddRestored(keyed.Segment.FrameCount);
                tiers.Add(whole.Tier);
            }
            else
            {
                missing.Add(new WorkItem(job, keyed, absent));
            }

            // With --explain for everyone; otherwise at detailed verbosity (MSBuild's -v:d).
            var which = job.Tracks.Count == 1 || absent.Count == 0 ? string.Empty : $" of {string.Join(", ", absent.Select(t => t.Name))}";
            var explanation = $"{job.OutputName}: segment {keyed.Segment.Index + 1} (frames {keyed.Segment.StartFrame}-{keyed.Segment.EndFrame - 1}): {(absent.Count == 0 && hit is { } h2 ? $"hit ({Tier(h2.Tier)})" : $"miss{which} ({Why(job, keyed, partly: hit is not null)})")}";
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
                : $"{job.OutputName}: {tiers.Count} of {job.Keys.Count} segments from the cache ({local} local, {shared} shared){(missing.Count == 0 ? "" : $"; rendering {Numbers(missing.Select(m => m.Keyed))}")}");
        }

        return missing;
    }

    /// <summary>
    /// Why a segment missed: the parts of its key that differ from what was rendered at its place last time. When only
    /// some of its tracks missed (<paramref name="partly"/>), the frames cannot have changed: a new output needs them.
    /// </summary>
    private string Why(RenderJob job, KeyedSegment keyed, bool partly)
    {
        if (!mode.ReadCache)
        {
            return "--force";
        }

        // Each track's file of the segment is stored under its own key, with the same components.
        var previousKey = job.State.ReadSegmentKeys()?.ElementAtOrDefault(keyed.Segment.Index);
        var before = previousKey is null ? null : job.Tracks.Select(track => cache.LocalEntry(track.KeyOf(previousKey), CacheEntry.SegmentKind)?.Components).FirstOrDefault(c => c is not null);
        if (before is null)
        {
            return "no earlier render of it to compare with";
        }

        var changed = keyed.Components.Where(c => !before.TryGetValue(c.Key, out var old) || old != c.Value).Select(c => c.Key)
            .Concat(before.Keys.Where(k => !keyed.Components.ContainsKey(k)))
            .ToArray();
        return changed.Length > 0 ? string.Join(", ", changed) + " changed"
            : partly ? "the frames are the same; not encoded to this output before, or no longer in the cache"
            : "the same as last time, but no longer in the cache";
    }

    private static string Tier(CacheTier tier) => tier == CacheTier.Local ? "local" : "shared";

    private static string Numbers(IEnumerable<KeyedSegment> segments) =>
        "segment" + (segments.Count() == 1 ? " " : "s ") + string.Join(", ", segments.Select(s => s.Segment.Index + 1));

    private async Task WorkAsync(
        ConcurrentQueue<WorkItem> work,
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
                var (job, keyed, tracks) = item;
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

                        encoded = await RenderSegmentAsync(job, segment, renderer, tracks, temp, buffers, token).ConfigureAwait(false);
                    }
                    catch (AsciiAssetsException e)
                    {
                        Failed(job, e);
                    }
                }

                encoding.Add(SegmentEncodedAsync(job, keyed, tracks, encoded));
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

        async Task SegmentEncodedAsync(RenderJob job, KeyedSegment keyed, IReadOnlyList<SegmentTrack> tracks, Task? encoded)
        {
            try
            {
                if (encoded is not null)
                {
                    await encoded.ConfigureAwait(false);
                    var segment = keyed.Segment;
                    foreach (var track in tracks)
                    {
                        await cache.StoreAsync(track.KeyOf(keyed.Key), CacheEntry.SegmentKind, SegmentPath(temp, job, segment, track), "segment" + track.Extension, keyed.Components, job.Brightness.Samples(segment.StartFrame, segment.EndFrame), token).ConfigureAwait(false);
                    }
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
    /// Renders a segment once and feeds every frame to one ffmpeg per track (the MP4's H.264, a WebM's VP9, the image
    /// kinds' lossless frames); returns once every ffmpeg has taken every frame (the buffers are free again), with the
    /// task that completes when all the segment's files are written. A buffer goes back to the pool when the last
    /// encoder has written it, so the slowest encoder sets the pace.
    /// </summary>
    private async Task<Task> RenderSegmentAsync(RenderJob job, Segment segment, FrameRenderer renderer, IReadOnlyList<SegmentTrack> tracks, string temp, List<FrameBuffer> owned, CancellationToken token)
    {
        var plan = job.Plan;
        // The pool is a channel: renting waits while the encoders still hold every buffer (backpressure).
        var pool = Channel.CreateUnbounded<FrameBuffer>();
        var fits = (FrameBuffer b) => b.Width == plan.Width && b.Height == plan.Height && b.HasAlpha == plan.Transparent;
        foreach (var buffer in owned.Where(fits))
        {
            pool.Writer.TryWrite(buffer);
        }

        for (var i = owned.Count(fits); i < BuffersPerWorker; i++)
        {
            var buffer = new FrameBuffer(plan.Width, plan.Height, plan.Transparent);
            owned.Add(buffer);
            pool.Writer.TryWrite(buffer);
        }

        var pooled = pool.Reader.Count;
        var packsAlpha = tracks.Any(t => t.Alpha);
        // How many encoders have yet to write each buffer in flight.
        var holders = new ConcurrentDictionary<FrameBuffer, int>();
        var inputs = tracks.Select(_ => Channel.CreateUnbounded<FrameBuffer>()).ToArray();
        // The encoders run beside this loop: they write each frame to their ffmpeg while the next one renders.
        var encoders = tracks.Select((track, i) => Task.Run(
            () => SegmentEncoder.EncodeAsync(ffmpeg, track.EncodeArguments, inputs[i].Reader, Release, SegmentPath(temp, job, segment, track), Activity(job, segment, track), token, track.Alpha),
            token)).ToArray();
        var encoding = Task.WhenAll(encoders);
        // If an ffmpeg stops early, renting fails instead of waiting for buffers it will never return.
        foreach (var encoder in encoders)
        {
            _ = encoder.ContinueWith(t => { if (!t.IsCompletedSuccessfully) pool.Writer.TryComplete(); }, TaskScheduler.Default);
        }

        _ = encoding.ContinueWith(_ => pool.Writer.TryComplete(), TaskScheduler.Default);
        try
        {
            for (var frame = segment.StartFrame; frame < segment.EndFrame; frame++)
            {
                var buffer = await pool.Reader.ReadAsync(token).ConfigureAwait(false);
                renderer.Render(frame, buffer);
                if (packsAlpha)
                {
                    buffer.PackStraightRgba();
                }
                if (job.Brightness.IsSample(frame))
                {
                    job.Brightness.Record(frame, buffer);
                }

                holders[buffer] = inputs.Length;
                foreach (var input in inputs)
                {
                    input.Writer.TryWrite(buffer);
                }

                reporter.Progress(job, job.FramesRestored + job.AddFrame());
            }

            CompleteInputs();
            // Every buffer back means every ffmpeg has read every frame; the encoders finishing their files need not hold up the next segment.
            for (var i = 0; i < pooled; i++)
            {
                await pool.Reader.ReadAsync(token).ConfigureAwait(false);
            }

            return encoding;
        }
        catch (ChannelClosedException)
        {
            // An encoder ended early; awaiting them reports why.
        }
        catch (OperationCanceledException)
        {
            // Cancelled mid-segment: the encoders are being killed; their ffmpegs must be gone before the run may end.
            CompleteInputs();
            await encoding.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
        finally
        {
            CompleteInputs();
        }

        await encoding.ConfigureAwait(false);
        return encoding;

        void Release(FrameBuffer buffer)
        {
            if (holders.AddOrUpdate(buffer, 0, static (_, count) => count - 1) == 0)
            {
                pool.Writer.TryWrite(buffer);
            }
        }

        void CompleteInputs()
        {
            foreach (var input in inputs)
            {
                input.Writer.TryComplete();
            }
        }
    }

    /// <summary>What messages call a segment's encode; the MP4's keeps the words it had before there were other tracks.</summary>
    private static string Activity(RenderJob job, Segment segment, SegmentTrack track) =>
        track.Name == SegmentTrack.H264Name
            ? $"encoding segment {segment.Index + 1} of {job.OutputName}"
            : $"encoding segment {segment.Index + 1} of {job.OutputName} ({track.Name})";

    /// <summary>
    /// Writes every output of the job from its segments, one kind after another, each staged, checked and then moved
    /// into place on its own: a kind that fails keeps its previous files and fails the job, and the others are still
    /// written. The HTML snippet comes last, after the files it names.
    /// </summary>
    private async Task FinishAsync(RenderJob job, string temp, ConcurrentDictionary<RenderJob, JobOutcome> outcomes, CancellationToken token)
    {
        var plan = job.Plan;
        var work = new OutputWork(ffmpeg, plan, job.AllOutputs, job.Brightness, track => job.Segments.Select(s => (SegmentPath(temp, job, s, track), s.FrameCount / plan.Fps)).ToArray());
        var problems = new List<Diagnostic>();
        foreach (var output in job.Outputs.OrderBy(o => o is HtmlOutput))
        {
            var files = output.Files(plan);
            try
            {
                using var staged = new StagedOutput(Path.GetDirectoryName(plan.OutputPath)!, Path.GetFileNameWithoutExtension(plan.OutputPath));
                await output.WriteAsync(work, staged, token).ConfigureAwait(false);
                if (output is Mp4Output && job.IsMp4Only)
                {
                    await cache.StoreAsync(job.OutputKey, CacheEntry.OutputKind, staged.PathOf(files[0]), job.OutputName, null, job.Brightness.Samples(0, plan.FrameCount), token).ConfigureAwait(false);
                }

                // Only complete, checked files replace the previous ones; a cancel until here keeps the old ones.
                token.ThrowIfCancellationRequested();
                staged.Place(files);
                reporter.Detail($"{job.OutputName}: wrote {string.Join(", ", files)}");
            }
            catch (AsciiAssetsException e)
            {
                problems.AddRange(e.Diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(DiagnosticDescriptors.OutputNotWritten.Create(null, Path.Combine(Path.GetDirectoryName(plan.OutputPath)!, files[0]), e.Message));
            }
        }

        foreach (var warning in work.Warnings)
        {
            reporter.Diagnostic(warning);
        }

        if (problems.Count > 0)
        {
            Fail(job, problems);
            return;
        }

        Succeeded(job, outcomes);
    }

    /// <summary>Records a job whose outputs are all in place: its fingerprint, inputs and segment keys, and the brightness warnings.</summary>
    private void Succeeded(RenderJob job, ConcurrentDictionary<RenderJob, JobOutcome> outcomes)
    {
        var plan = job.Plan;
        job.State.Write(job.Fingerprint, new[] { plan.Source.Path }.Concat(Spec.SpecInputs.Files(plan.Spec).Select(f => f.File.FullPath)), job.Keys.Select(k => k.Key));
        outcomes[job] = JobOutcome.Rendered;
        // Over a page or a picture, a transparent video's dark parts show what is behind it: they are not dark video.
        foreach (var warning in plan.Transparent ? [] : job.Brightness.Warnings(job.OutputName, SourceLocation.FileOnly(plan.Source.Path)))
        {
            reporter.Diagnostic(warning);
        }

        if (LoopSeam.Check(plan, job.AllOutputs, job.OutputName) is { } seam)
        {
            reporter.Diagnostic(seam);
        }

        job.MarkFinished();
        reporter.Finished(job, JobOutcome.Rendered);
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

    /// <summary>A segment's file of one track; the H.264 track's names predate the others (0000-00001.mp4).</summary>
    private static string SegmentPath(string temp, RenderJob job, Segment segment, SegmentTrack track) =>
        Path.Combine(temp, track.Name == SegmentTrack.H264Name ? $"{job.Id:d4}-{segment.Index:d5}{track.Extension}" : $"{job.Id:d4}-{segment.Index:d5}.{track.Name}{track.Extension}");

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

/// <summary>A segment to render and the tracks it is to be encoded to (those the cache did not have).</summary>
internal sealed record WorkItem(RenderJob Job, KeyedSegment Keyed, IReadOnlyList<SegmentTrack> Tracks);
