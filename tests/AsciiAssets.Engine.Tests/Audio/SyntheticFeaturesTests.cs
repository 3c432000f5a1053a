using AsciiAssets.Audio;

namespace AsciiAssets.Tests.Audio;

public class SyntheticFeaturesTests
{
    [Theory]
    [InlineData(120, 24)]
    [InlineData(90, 30)]
    [InlineData(128, 12)]
    public void Beats_come_at_the_tempo_from_the_first_frame(double bpm, double fps)
    {
        var features = SyntheticFeatures.Create(bpm, fps, (int)(10 * fps));
        var beats = features.BeatFrames.ToArray();

        beats[0].Should().Be(0);
        beats.Should().HaveCount((int)Math.Ceiling(10 * bpm / 60 - 1e-9));
        for (var k = 0; k < beats.Length; k++)
        {
            beats[k].Should().Be((int)Math.Round(k * 60 / bpm * fps));
        }
    }

    [Fact]
    public void Every_feature_lies_in_0_to_1_and_moves_with_the_beat()
    {
        var features = SyntheticFeatures.Create(120, 24, 240);

        foreach (var feature in Enum.GetValues<AudioFeature>())
        {
            features[feature].ToArray().Should().OnlyContain(v => v >= 0f && v <= 1f, feature.ToString());
        }

        features.Value(AudioFeature.Sub, 12).Should().BeGreaterThan(0.9f, "a kick on the beat at 0.5 s");
        features.Value(AudioFeature.Sub, 18).Should().BeLessThan(0.2f, "between beats");
        features.Value(AudioFeature.BeatDecay, 12).Should().Be(1f);
        features.Value(AudioFeature.LowMid, 12).Should().BeGreaterThan(0.9f, "the snare on beat 2");
        features.Value(AudioFeature.LowMid, 24).Should().BeLessThan(0.2f, "no snare on beat 3");
        features.Digest().Should().Be(SyntheticFeatures.Create(120, 24, 240).Digest());
    }
}
