using AsciiAssets.Audio;
using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Encode.Outputs;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;

namespace AsciiAssets.Rendering;

/// <summary>
/// A whole render run: load and plan every spec (a bad spec is reported and the others still render), skip
/// outputs whose fingerprint is unchanged, resolve the encoder (once, when a video is to be rendered) and 'auto'
/// by measuring, then render the rest under one worker budget.
/// </summary>
public sealed class RenderSession(RenderOptions options, IRenderReporter reporter, StateLocation stateLocation)
{
    public sealed record Summary(int Rendered, int UpToDate, int Failed, int InputErrors, int RenderErrors);

    public async Task<Summary> RunAsync(IReadOnlyList<RenderRequest> requests, CancellationToken token)
    {
        var hardware = HardwareInfo.Detect();
        var jobs = new List<RenderJob>();
        var inputErrors = 0;
        var renderErrors = 0;
        var upToDate = 0;
        var outputs = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        FfmpegInstall? ffmpeg = null;
        EncoderSelection? encoders = null;
        var encodersUsed = new SortedSet<string>(StringComparer.Ordinal);
        var workers = options.Workers ?? hardware.LogicalCores;
        using var cache = new RenderCache(options.Cache ?? CacheOptions.None, reporter.Diagnostic);
        // Shards and joins must plan the same videos on every machine: nothing may depend on measuring this one.
        var distributed = options.Shard is not null || options.JoinOnly;
        foreach (var request in requests)
        {
            OutputState? state = null;
            try
            {
                var loaded = SpecLoader.Load(request.SpecPath, InputPolicy.For(request.SpecPath, options.InputRoot));
                var requestOptions = options with
                {
                    Quality = request.Quality ?? options.Quality,
                    Encoder = request.Encoder ?? options.Encoder,
                    OutputDirectory = request.OutputPath is null ? options.OutputDirectory : Path.GetDirectoryName(Path.GetFullPath(request.OutputPath)),
                };
                if (distributed && RenderPlanner.RequestedQuality(loaded, requestOptions) == QualityName.Auto)
                {
                    throw new AsciiAssetsException(DiagnosticDescriptors.DistributedNeedsQuality.Create(SourceLocation.FileOnly(loaded.Path)));
                }

                var candidates = AutoQuality.Candidates(loaded, requestOptions)
                    .Select(plan => request.OutputPath is null ? plan : plan with { OutputPath = Path.GetFullPath(request.OutputPath) })
                    .ToArray();
                var output = candidates[0].OutputPath;
                if (outputs.TryGetValue(output, out var other))
                {
                    throw new AsciiAssetsException(DiagnosticDescriptors.DuplicateOutput.Create(loaded.Locations.Of(loaded.Spec, "output"), output, other));
                }

                outputs[output] = loaded.Path;
                var kinds = loaded.Spec.Outputs ?? OutputKind.Default;
                var written = options.Outputs is { } only ? kinds.Where(k => only.Contains(k.KindName, StringComparer.OrdinalIgnoreCase)).ToArray() : kinds;
                if (written.Count == 0)
                {
                    reporter.Diagnostic(DiagnosticDescriptors.NoRequestedOutput.Create(SourceLocation.FileOnly(loaded.Path), Path.GetFileName(loaded.Path), string.Join(", ", options.Outputs!), string.Join(", ", kinds.Select(k => k.KindName))));
                    continue;
                }

                var folder = Path.GetDirectoryName(output)!;
                state = stateLocation.For(output, written.SelectMany(k => k.Files(candidates[0]).Select(f => new DeliveredFile(k.KindName, Path.Combine(folder, f)))).ToArray(), loaded.Path);
                var writtenNames = options.Outputs is null ? null : written.Select(k => k.KindName).ToArray();
                var previous = state.Read();
                // An output made by any candidate of 'auto' is up to date: no measuring, no flapping between profiles.
                // A shard writes no output: whether one is up to date says nothing about its share.
                var current = candidates.Select(plan => (Plan: plan, Fingerprint: Fingerprint.Of(plan, writtenNames)))
                    .FirstOrDefault(c => !options.Force && options.Shard is null && c.Fingerprint.ExplainChangeFrom(previous) is null);
                if (current.Plan is not null)
                {
                    state.Write(current.Fingerprint, Inputs(loaded));
                    reporter.Detail($"{Path.GetFileName(output)}: up to date");
                    reporter.Finished(new RenderJob(jobs.Count, current.Plan, current.Fingerprint, state), JobOutcome.UpToDate);
                    upToDate++;
                    continue;
                }

                ffmpeg ??= FfmpegInstall.Locate(options.FfmpegPath, options.StallTimeout);
                CheckEncoders(loaded, written, ffmpeg);
                if (await MediaCheck.CheckAsync(loaded, ffmpeg, token).ConfigureAwait(false) is { Count: > 0 } mediaProblems)
                {
                    throw new AsciiAssetsException(mediaProblems);
                }

                // Before anything is measured or rendered: a folder that cannot take the video fails now.
                OutputFolder.EnsureWritable(Path.GetDirectoryName(output)!, "the video");
                encoders ??= new EncoderSelection(ffmpeg);
                // A GPU on one machine of a distributed run would give its segments other keys (and other bytes).
                var encoder = distributed && candidates[0].RequestedEncoder == EncoderChoice.Auto
                    ? VideoEncoder.Libx264
                    : await encoders.ResolveAsync(candidates[0].RequestedEncoder, token).ConfigureAwait(false);
                var (chosen, estimate, note) = await PlanAsync(candidates, encoder, ffmpeg, cache, workers, token).ConfigureAwait(false);
                var segments = SegmentPlanner.Plan(chosen);
                var (keys, outputKey) = SegmentKeys.For(chosen, segments, ffmpeg);
                var fingerprint = Fingerprint.Of(chosen, writtenNames);
                reporter.Info($"{Path.GetFileName(output)}: {(options.Force ? "forced" : fingerprint.ExplainChangeFrom(previous))}");
                reporter.Info($"{Path.GetFileName(output)}: {chosen.Width}x{chosen.Height}@{chosen.Fps:0.###}, CRF {chosen.Profile.Crf}, {chosen.FrameCount} frames{note}");
                foreach (var planNote in chosen.Notes)
                {
                    reporter.Diagnostic(planNote);
                }

                encodersUsed.Add(encoder.Name);
                if (chosen.Features is { FrameCount: > 0 } features)
                {
                    reporter.Detail($"{Path.GetFileName(output)}: audio features of {features}");
                }
                jobs.Add(new RenderJob(jobs.Count, chosen, fingerprint, state) { EstimatedDuration = estimate?.Duration ?? TimeSpan.Zero, Keys = keys, OutputKey = outputKey, Outputs = written });
            }
            // Options that cannot work (an encoder this machine lacks) would fail every video alike: they end the run.
            catch (AsciiAssetsException e) when (!e.IsUsageError)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    reporter.Diagnostic(diagnostic);
                }

                if (e.IsInputError)
                {
                    inputErrors++;
                }
                else
                {
                    state?.Invalidate();
                    renderErrors++;
                }
            }
        }

        if (jobs.Count == 0)
        {
            return new Summary(0, upToDate, inputErrors + renderErrors, inputErrors, renderErrors);
        }

        workers = Math.Min(workers, WorkerBudget.MaximumForMemory(hardware, jobs.Select(j => (j.Plan, j.Tracks))));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new ProgressEstimate(jobs, () => clock.Elapsed);
        var frames = jobs.Sum(j => j.Plan.FrameCount);
        // One line for the run: the videos share the workers, so their times add up.
        reporter.Info($"Rendering {Count(jobs.Count, "video")} ({Count(frames, "frame")}) on {Count(workers, "worker")}: {hardware}, {ffmpeg!.ShortVersion} ({string.Join(", ", encodersUsed)}), ETA {RenderEstimate.Format(progress.Remaining)}");
        reporter.RunStarting(jobs, progress);
        var mode = new RunMode(ReadCache: !options.Force, options.Shard, options.JoinOnly, options.Explain);
        var outcomes = await new RenderScheduler(ffmpeg, workers, reporter, cache, mode).RunAsync(jobs, token).ConfigureAwait(false);
        var rendered = outcomes.Count(o => o.Value is JobOutcome.Rendered or JobOutcome.Stored);
        var failed = outcomes.Count(o => o.Value == JobOutcome.Failed);
        return new Summary(rendered, upToDate, inputErrors + renderErrors + failed, inputErrors, renderErrors + failed);
    }

    /// <summary>
    /// The plan to render, with the audio features its frames follow and the estimate of its time. A video the cache
    /// has whole, or a join (which renders nothing), is not measured: a warm cache renders no frame at all.
    /// </summary>
    private async Task<(RenderPlan Plan, RenderEstimate? Estimate, string Note)> PlanAsync(
        IReadOnlyList<RenderPlan> candidates, VideoEncoder encoder, FfmpegInstall ffmpeg, RenderCache cache, int workers, CancellationToken token)
    {
        if (candidates.Count == 1)
        {
            var plan = candidates[0] with { Encoder = encoder };
            if (options.JoinOnly || (!options.Force && options.Shard is null && cache.IsEnabled
                && await cache.HasAsync(SegmentKeys.For(plan, SegmentPlanner.Plan(plan), ffmpeg).OutputKey, CacheEntry.OutputKind, token).ConfigureAwait(false)))
            {
                return (plan, null, string.Empty);
            }
        }

        // Audio features once per video, before measuring or rendering; every worker reads the same arrays.
        // Sources that decode footage take the run's ffmpeg from the plan.
        var featured = (await FeatureAnalysis.AttachAsync(candidates, ffmpeg, token).ConfigureAwait(false)).Select(plan => plan with { Ffmpeg = ffmpeg }).ToArray();
        var (chosen, estimate, note) = await AutoQuality.ChooseAsync(featured, ffmpeg, encoder, workers, options.Budget ?? RenderOptions.DefaultBudget, token).ConfigureAwait(false);
        return (chosen, estimate, note);
    }

    /// <summary>An output kind whose encoder this ffmpeg lacks (AV1, WebP) fails its spec before anything renders (AA3030).</summary>
    private void CheckEncoders(LoadedSpec loaded, IReadOnlyList<OutputKind> kinds, FfmpegInstall ffmpeg)
    {
        foreach (var kind in kinds)
        {
            foreach (var encoder in kind.RequiredEncoders.Where(e => !_encoders.GetOrAdd(e, name => ffmpeg.Encoders(name).Contains(name, StringComparer.Ordinal))))
            {
                var entry = loaded.Spec.Outputs is null ? SourceLocation.FileOnly(loaded.Path) : loaded.Locations.Of(kind);
                throw new AsciiAssetsException(DiagnosticDescriptors.OutputEncoderMissing.Create(entry, kind.KindName, encoder, ffmpeg.ExecutablePath));
            }
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _encoders = new(StringComparer.Ordinal);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static IEnumerable<string> Inputs(LoadedSpec loaded) =>
        new[] { loaded.Path }.Concat(SpecInputs.Files(loaded.Spec).Select(f => f.File.FullPath));
}

/// <summary>Where outputs keep their fingerprint and inputs files: beside the output (builds) or in a hidden folder (CLI).</summary>
public sealed record StateLocation(string? SubFolder)
{
    public static readonly StateLocation BesideOutput = new((string?)null);

    public static readonly StateLocation HiddenFolder = new(".ascii-assets");

    /// <param name="files">Every file or folder the output's kinds write; the output path alone when null.</param>
    public OutputState For(string outputPath, IReadOnlyList<DeliveredFile>? files = null, string specPath = "")
    {
        var folder = Path.GetDirectoryName(outputPath)!;
        return new OutputState(outputPath, SubFolder is null ? folder : Path.Combine(folder, SubFolder)) { Files = files ?? new[] { new DeliveredFile("mp4", outputPath) }, SpecPath = specPath };
    }
}
