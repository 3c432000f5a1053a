using AsciiAssets.Motion;

namespace AsciiAssets.Tests.Motion;

/// <summary>The eleven easings: their ends, their midpoints, and which ones overshoot.</summary>
public class EasingTests
{
    [Theory]
    [InlineData(Easing.Linear, 0.5f)]
    [InlineData(Easing.InQuad, 0.25f)]
    [InlineData(Easing.OutQuad, 0.75f)]
    [InlineData(Easing.InOutQuad, 0.5f)]
    [InlineData(Easing.InCubic, 0.125f)]
    [InlineData(Easing.OutCubic, 0.875f)]
    [InlineData(Easing.InOutCubic, 0.5f)]
    [InlineData(Easing.InExpo, 0.03125f)]
    [InlineData(Easing.OutExpo, 0.96875f)]
    [InlineData(Easing.Elastic, 1.015625f)]
    [InlineData(Easing.Bounce, 0.765625f)]
    public void Starts_at_0_ends_at_1_and_passes_its_midpoint(Easing easing, float half)
    {
        Easings.Apply(easing, 0f).Should().Be(0f);
        Easings.Apply(easing, 1f).Should().BeApproximately(1f, 1e-6f);
        Easings.Apply(easing, 0.5f).Should().BeApproximately(half, 1e-5f);
    }

    [Fact]
    public void Only_elastic_overshoots_and_the_in_outs_are_symmetric()
    {
        var steps = Enumerable.Range(0, 201).Select(i => i / 200f).ToArray();
        foreach (var easing in Enum.GetValues<Easing>())
        {
            var peak = steps.Max(t => Easings.Apply(easing, t));
            if (easing == Easing.Elastic)
            {
                peak.Should().BeGreaterThan(1.1f);
            }
            else
            {
                peak.Should().BeLessThanOrEqualTo(1f + 1e-6f, easing.ToString());
                steps.Min(t => Easings.Apply(easing, t)).Should().BeGreaterThanOrEqualTo(0f, easing.ToString());
            }
        }

        foreach (var easing in new[] { Easing.InOutQuad, Easing.InOutCubic })
        {
            foreach (var t in steps)
            {
                (Easings.Apply(easing, t) + Easings.Apply(easing, 1 - t)).Should().BeApproximately(1f, 1e-6f, $"{easing} at {t}");
            }
        }
    }

    [Fact]
    public void Bounce_touches_1_at_each_bounce()
    {
        foreach (var t in new[] { 1 / 2.75f, 2 / 2.75f, 2.5f / 2.75f })
        {
            Easings.Apply(Easing.Bounce, t).Should().BeApproximately(1f, 1e-5f);
        }
    }
}
