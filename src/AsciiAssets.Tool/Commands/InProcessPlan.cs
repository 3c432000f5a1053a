using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Spec;

namespace AsciiAssets.Cli.Commands;

/// <summary>
/// What the commands that render frames in this process (preview, play) do before the first frame: the spec loaded,
/// its images, fonts and subtitles checked (AA1034 at the key naming a bad one), and planned.
/// </summary>
internal static class InProcessPlan
{
    /// <param name="fallbackQuality">The profile when neither the options nor the spec name one; null plans as render does.</param>
    public static RenderPlan For(string specPath, SharedSettings settings, QualityName? fallbackQuality = null)
    {
        if (!File.Exists(specPath))
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.SpecNotFound.Create(SourceLocation.FileOnly(specPath), $"Spec '{specPath}' does not exist."));
        }

        var options = settings.ToOptions();
        var loaded = SpecLoader.Load(Path.GetFullPath(specPath), InputPolicy.For(specPath, options.InputRoot));
        if (Encode.MediaCheck.CheckFiles(loaded) is { Count: > 0 } problems)
        {
            throw new AsciiAssetsException(problems);
        }

        return RenderPlanner.Plan(loaded, options with { Quality = options.Quality ?? loaded.Spec.Quality ?? fallbackQuality });
    }
}
