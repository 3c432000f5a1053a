using AsciiAssets.Encode;
using AsciiAssets.Spec;

namespace AsciiAssets.Plan;

/// <summary>Resolves 'auto': the best profile whose estimate, measured on this machine with this spec, fits the time budget.</summary>
public static class AutoQuality
{
    public static IReadOnlyList<RenderPlan> Candidates(LoadedSpec loaded, RenderOptions options)
    {
        var requested = RenderPlanner.RequestedQuality(loaded, options);
        var profiles = requested == QualityName.Auto ? QualityProfile.AutoCandidates : new[] { QualityProfile.Resolve(requested) };
        return profiles.Select(profile => RenderPlanner.Plan(loaded, options, profile)).ToArray();
    }

    /// <summary>Measures candidates best first, encoding with the resolved encoder, and takes the first that fits (the last one otherwise).</summary>
    public static async Task<(RenderPlan Plan, RenderEstimate Estimate, string Note)> ChooseAsync(
        IReadOnlyList<RenderPlan> candidates, FfmpegInstall ffmpeg, VideoEncoder encoder, int workers, TimeSpan budget, CancellationToken token)
    {
        var skipped = new List<string>();
        for (var i = 0; ; i++)
        {
            var plan = candidates[i] with { Encoder = encoder };
            var estimate = await RenderEstimate.MeasureAsync(plan, ffmpeg, workers, token).ConfigureAwait(false);
            if (estimate.Duration <= budget || i == candidates.Count - 1)
            {
                var note = candidates.Count == 1 ? string.Empty
                    : skipped.Count == 0 ? $" (auto: {Name(plan)})"
                    : $" (auto: {Name(plan)}; {string.Join(", ", skipped)} over the {RenderEstimate.Format(budget)} budget)";
                return (plan, estimate, note);
            }

            skipped.Add($"{Name(plan)} ETA {RenderEstimate.Format(estimate.Duration)}");
        }
    }

    private static string Name(RenderPlan plan) => plan.Profile.Name.ToString().ToLowerInvariant();
}
