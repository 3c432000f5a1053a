using AsciiAssets.Caching;
using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;

namespace AsciiAssets.Rendering;

/// <summary>
/// A whole render run: load and plan every spec (a bad spec is reported and the others still render), skip
/// outputs whose fingerprint is unchanged, then render the rest under one worker budget.
/// </summary>
public sealed class RenderSession(RenderOptions options, IRenderReporter reporter, StateLocation stateLocation)
{
    public sealed record Summary(int Rendered, int UpToDate, int Failed, int InputErrors, int RenderErrors);

    public async Task<Summary> RunAsync(IReadOnlyList<RenderRequest> requests, CancellationToken token)
    {
        var hardware = HardwareInfo.Detect();
        var jobs = new List<RenderJob>();
        var inputErrors = 0;
        var upToDate = 0;
        var outputs = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var request in requests)
        {
            try
            {
                var loaded = SpecLoader.Load(request.SpecPath);
                var requestOptions = options with
                {
                    Quality = request.Quality ?? options.Quality,
                    OutputDirectory = request.OutputPath is null ? options.OutputDirectory : Path.GetDirectoryName(Path.GetFullPath(request.OutputPath)),
                };
                var plan = RenderPlanner.Plan(loaded, requestOptions, hardware);
                if (request.OutputPath is not null)
                {
                    plan = plan with { OutputPath = Path.GetFullPath(request.OutputPath) };
                }

                if (outputs.TryGetValue(plan.OutputPath, out var other))
                {
                    throw new AsciiAssetsException(DiagnosticDescriptors.DuplicateOutput.Create(loaded.Locations.Of(loaded.Spec, "output"), plan.OutputPath, other));
                }

                outputs[plan.OutputPath] = loaded.Path;
                var fingerprint = Fingerprint.Of(plan);
                var state = stateLocation.For(plan.OutputPath);
                var reason = options.Force ? "forced" : fingerprint.ExplainChangeFrom(state.Read());
                if (reason is null)
                {
                    state.Write(fingerprint, new[] { loaded.Path }.Concat(SpecInputs.Files(loaded.Spec).Select(f => f.File.FullPath)));
                    reporter.Detail($"{Path.GetFileName(plan.OutputPath)}: up to date");
                    reporter.Finished(new RenderJob(jobs.Count, plan, fingerprint, state), JobOutcome.UpToDate);
                    upToDate++;
                    continue;
                }

                reporter.Info($"{Path.GetFileName(plan.OutputPath)}: {reason}");
                jobs.Add(new RenderJob(jobs.Count, plan, fingerprint, state));
            }
            catch (AsciiAssetsException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    reporter.Diagnostic(diagnostic);
                }

                inputErrors++;
            }
        }

        if (jobs.Count == 0)
        {
            return new Summary(0, upToDate, inputErrors, inputErrors, 0);
        }

        var ffmpeg = FfmpegInstall.Locate(options.FfmpegPath);
        var workers = options.Workers ?? Math.Max(1, hardware.LogicalCores);
        var first = jobs[0].Plan;
        reporter.Info($"{hardware} → {first.Width}x{first.Height}@{first.Fps:0.###}, CRF {first.Profile.Crf}, {workers} worker{(workers == 1 ? "" : "s")}");
        var outcomes = await new RenderScheduler(ffmpeg, workers, reporter).RunAsync(jobs, token).ConfigureAwait(false);
        var rendered = outcomes.Count(o => o.Value == JobOutcome.Rendered);
        var failed = outcomes.Count(o => o.Value == JobOutcome.Failed);
        return new Summary(rendered, upToDate, inputErrors + failed, inputErrors, failed);
    }
}

/// <summary>Where outputs keep their fingerprint and inputs files: beside the output (builds) or in a hidden folder (CLI).</summary>
public sealed record StateLocation(string? SubFolder)
{
    public static readonly StateLocation BesideOutput = new((string?)null);

    public static readonly StateLocation HiddenFolder = new(".ascii-assets");

    public OutputState For(string outputPath)
    {
        var folder = Path.GetDirectoryName(outputPath)!;
        return new OutputState(outputPath, SubFolder is null ? folder : Path.Combine(folder, SubFolder));
    }
}
