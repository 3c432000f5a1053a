using System.Globalization;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;

namespace AsciiAssets.Encode.Outputs;

/// <summary>
/// How many bits one second of a web output kind may take, per quality profile, in Mbit/s of video (audio not
/// counted) at the kind's own size and rate for that profile. A spec of another size or frame rate scales it by its
/// pixels per second. Each kind states its budget in its own file; the kinds with rate control cap their encoder at
/// it, and the output check warns (AA2030) when a written file runs more than <see cref="Margin"/> over it.
/// </summary>
public sealed record SizeBudget(double Draft, double Preview, double Production, double Max)
{
    /// <summary>
    /// How far over its budget a file may run before the check warns. A capped encoder stays under its cap on average,
    /// but every segment starts with a full rate buffer, so a short segment may overshoot a little.
    /// </summary>
    public const double Margin = 0.25;

    public double MbitPerSecond(QualityName profile) => profile switch
    {
        QualityName.Draft => Draft,
        QualityName.Preview => Preview,
        QualityName.Max => Max,
        _ => Production,
    };

    /// <summary>
    /// The budget of a video of <paramref name="pixelsPerSecond"/> whose profile's budget is stated for
    /// <paramref name="referencePixelsPerSecond"/>: bits scale with the pixels a second holds.
    /// </summary>
    public double MbitPerSecond(QualityName profile, double pixelsPerSecond, double referencePixelsPerSecond) =>
        MbitPerSecond(profile) * pixelsPerSecond / referencePixelsPerSecond;

    /// <summary>The budget of a video at the plan's own frame size and rate (mp4, webm), stated at the profile's.</summary>
    public double ForVideo(RenderPlan plan) =>
        MbitPerSecond(plan.Profile.Name, (double)plan.Width * plan.Height * plan.Fps, (double)plan.Profile.Width * plan.Profile.Height * plan.Profile.Fps);

    /// <summary>
    /// The cap of an output with a max_rate key (Mbit/s): 0 is none, absent is this budget for the plan's video.
    /// </summary>
    public double? Cap(double? maxRate, RenderPlan plan) => maxRate switch
    {
        0 => null,
        { } rate => rate,
        null => ForVideo(plan),
    };

    /// <summary>The cap an encoder takes, in kbit/s (ffmpeg's -maxrate and -b:v with a k).</summary>
    public static string Kbit(double mbitPerSecond) =>
        Math.Max(1, (int)Math.Round(mbitPerSecond * 1000)).ToString(CultureInfo.InvariantCulture) + "k";

    /// <summary>
    /// AA2030 at the output's entry in the spec when <paramref name="videoBytes"/> over <paramref name="seconds"/> run more
    /// than <see cref="Margin"/> over <paramref name="budget"/>; null when they fit.
    /// </summary>
    /// <param name="givenInSpec">True when the budget is the output's own max_rate, not the profile's.</param>
    public static Diagnostic? Check(RenderPlan plan, OutputKind kind, string outputName, long videoBytes, double seconds, double budget, bool givenInSpec = false)
    {
        var rate = videoBytes * 8 / seconds / 1e6;
        if (rate <= budget * (1 + Margin))
        {
            return null;
        }

        var over = (rate / budget - 1) * 100;
        return DiagnosticDescriptors.OutputOverBudget.Create(
            plan.Source.Locations.Of(kind), outputName, Mbit(rate), over,
            givenInSpec ? $"max_rate of {Mbit(budget)} Mbit/s" : $"budget of {Mbit(budget)} Mbit/s at the {plan.Profile.Name.ToString().ToLowerInvariant()} profile",
            Margin * 100);
    }

    /// <summary>Two decimals, or as many as a rate far below 1 Mbit/s needs to show at all.</summary>
    private static string Mbit(double value) => value.ToString(value >= 0.1 ? "0.00" : "0.0####", CultureInfo.InvariantCulture);
}
