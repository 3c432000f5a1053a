using AsciiAssets.Audio;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Audio;

/// <summary>Features of signals made by ffmpeg, decoded through ffmpeg as a render does.</summary>
public class AudioAnalyzerTests
{
    private static readonly AudioFeature[] Bands =
    {
        AudioFeature.Sub, AudioFeature.Bass, AudioFeature.LowMid, AudioFeature.Mid, AudioFeature.HighMid, AudioFeature.High,
    };

    /// <summary>Mean of a feature over the steady middle of a 3 s signal at 24 fps.</summary>
    private static double Steady(AudioFeatures features, AudioFeature feature) =>
        Enumerable.Range(12, 48).Average(f => features.Value(feature, f));

    [Theory]
    [InlineData(50, AudioFeature.Sub)]
    [InlineData(150, AudioFeature.Bass)]
    [InlineData(440, AudioFeature.LowMid)] // 250–500 Hz in the catalog's bands
    [InlineData(1000, AudioFeature.Mid)]
    [InlineData(3000, AudioFeature.HighMid)]
    [InlineData(8000, AudioFeature.High)]
    public void A_sine_lands_in_its_band_only(double hertz, AudioFeature band)
    {
        var features = TestAudio.Features(TestAudio.Sine(hertz), 24, 72);

        Steady(features, band).Should().BeGreaterThan(0.9, $"{hertz} Hz is in {band}");
        foreach (var other in Bands.Where(b => b != band))
        {
            // A Hann window of two hops leaks a little into the next band, most at low frequencies (83 ms at 24 fps resolves 11 Hz).
            Steady(features, other).Should().BeLessThan(0.15, $"{hertz} Hz is not in {other}");
        }
    }

    [Fact]
    public void The_centroid_rises_with_the_pitch()
    {
        var low = TestAudio.Features(TestAudio.Sine(440), 24, 72);
        var high = TestAudio.Features(TestAudio.Sine(3000), 24, 72);
        var both = TestAudio.Features(TestAudio.Make("two-tones", "aevalsrc='0.5*sin(2*PI*440*t)*lt(t,1.5)+0.5*sin(2*PI*3000*t)*gte(t,1.5)':s=44100:d=3"), 24, 72);

        // Each is normalised over its own track, so compare within one track.
        Enumerable.Range(40, 20).Average(f => both.Value(AudioFeature.Centroid, f))
            .Should().BeGreaterThan(2 * Enumerable.Range(12, 20).Average(f => both.Value(AudioFeature.Centroid, f)));
        Steady(low, AudioFeature.Centroid).Should().BeGreaterThan(0.9, "a steady tone is its own brightest moment");
        Steady(high, AudioFeature.Centroid).Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void Flatness_is_high_for_noise_and_low_for_a_tone()
    {
        var both = TestAudio.Features(TestAudio.Make("tone-then-noise", "aevalsrc='0.5*sin(2*PI*440*t)*lt(t,1.5)+(random(0)-0.5)*gte(t,1.5)':s=44100:d=3"), 24, 72);

        Enumerable.Range(44, 20).Average(f => both.Value(AudioFeature.Flatness, f)).Should().BeGreaterThan(0.7f, "white noise is as flat as a spectrum gets");
        Enumerable.Range(8, 20).Average(f => both.Value(AudioFeature.Flatness, f)).Should().BeLessThan(0.2f, "a sine's power sits in three bins");
    }

    [Theory]
    [InlineData(50, AudioFeature.LowRatio)]
    [InlineData(150, AudioFeature.LowRatio)]
    [InlineData(440, AudioFeature.MidRatio)]
    [InlineData(1000, AudioFeature.MidRatio)]
    [InlineData(3000, AudioFeature.HighRatio)]
    [InlineData(8000, AudioFeature.HighRatio)]
    public void Band_ratios_give_the_share_of_low_mid_and_high(double hertz, AudioFeature ratio)
    {
        var features = TestAudio.Features(TestAudio.Sine(hertz), 24, 72);
        var ratios = new[] { AudioFeature.LowRatio, AudioFeature.MidRatio, AudioFeature.HighRatio };

        Steady(features, ratio).Should().BeGreaterThan(0.9, $"{hertz} Hz is all {ratio}");
        (Steady(features, ratios[0]) + Steady(features, ratios[1]) + Steady(features, ratios[2])).Should().BeApproximately(1, 1e-3);
    }

    [Fact]
    public void Rms_follows_the_loudness()
    {
        var features = TestAudio.Features(TestAudio.Make("ramp", "aevalsrc='0.9*t/4*sin(2*PI*440*t)':s=44100:d=4"), 24, 96);
        var rms = features[AudioFeature.Rms].ToArray();

        rms[24].Should().BeLessThan(rms[48]);
        rms[48].Should().BeLessThan(rms[72]);
        rms[90].Should().BeGreaterThan(0.9f);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(12)]
    public void A_click_track_at_120_bpm_beats_every_half_second_within_one_frame(double fps)
    {
        var frames = (int)(6 * fps);
        var features = TestAudio.Features(TestAudio.Clicks(120), fps, frames);
        var beats = features.BeatFrames.ToArray();

        beats.Should().HaveCount(12);
        for (var k = 0; k < beats.Length; k++)
        {
            beats[k].Should().BeCloseTo((int)Math.Round(k * 0.5 * fps), 1, $"click {k} is at {k * 0.5}s");
        }

        features[AudioFeature.Beat].ToArray().Count(v => v == 1f).Should().Be(12);
        foreach (var beat in beats)
        {
            features.Value(AudioFeature.BeatDecay, beat).Should().Be(1f);
            var later = beat + (int)Math.Round(0.5 * fps) - 1;
            if (later < frames && !beats.Contains(later))
            {
                features.Value(AudioFeature.BeatDecay, later).Should().BeLessThan(0.15f, "the decay fades over half a second");
            }
        }
    }

    [Fact]
    public void Flux_peaks_on_the_clicks()
    {
        var features = TestAudio.Features(TestAudio.Clicks(120), 24, 144);
        var flux = features[AudioFeature.Flux].ToArray();

        foreach (var beat in features.BeatFrames.ToArray())
        {
            flux[beat].Should().BeGreaterThan(0.8f);
        }

        flux[6].Should().BeLessThan(0.2f, "between clicks nothing new starts");
    }

    [Fact]
    public void Silence_gives_zeros_and_no_beats()
    {
        var features = TestAudio.Features(TestAudio.Silence(), 24, 72);

        foreach (var feature in Enum.GetValues<AudioFeature>())
        {
            features[feature].ToArray().Should().OnlyContain(v => v == 0f, feature.ToString());
        }

        features.BeatFrames.Length.Should().Be(0);
    }

    [Fact]
    public void Every_feature_lies_in_0_to_1()
    {
        var features = TestAudio.Features(TestAudio.Make("noise-bursts", "aevalsrc='random(0)*lt(mod(t,0.7),0.2)+0.3*sin(2*PI*97*t)':s=44100:d=5"), 30, 150);

        foreach (var feature in Enum.GetValues<AudioFeature>())
        {
            features[feature].ToArray().Should().OnlyContain(v => v >= 0f && v <= 1f, feature.ToString());
        }

        features.BeatFrames.Length.Should().BeInRange(5, 9, "seven bursts in five seconds");
    }

    [Fact]
    public void Are_identical_on_every_run_and_do_not_depend_on_the_videos_length()
    {
        var path = TestAudio.Clicks(120);
        var first = TestAudio.Features(path, 24, 144);
        var second = TestAudio.Features(path, 24, 144);
        var shorter = TestAudio.Features(path, 24, 60);
        var longer = TestAudio.Features(path, 24, 200);

        second.Digest().Should().Be(first.Digest());
        foreach (var feature in Enum.GetValues<AudioFeature>())
        {
            shorter[feature].ToArray().Should().Equal(first[feature][..60].ToArray(), feature.ToString());
            longer[feature][..144].ToArray().Should().Equal(first[feature].ToArray(), feature.ToString());
            longer[feature][150..].ToArray().Should().OnlyContain(v => feature == AudioFeature.BeatDecay || v == 0f, "after the track ends there is silence");
        }
    }

    [Fact]
    public void Smoothing_keeps_its_time_constant_at_every_fps()
    {
        AudioAnalyzer.Weight(AudioAnalyzer.FastSmoothing, 24).Should().BeApproximately(0.3f, 1e-6f);
        AudioAnalyzer.Weight(AudioAnalyzer.SlowSmoothing, 24).Should().BeApproximately(0.12f, 1e-6f);
        // Two frames at 48 fps keep as much of the old value as one frame at 24 fps.
        var at48 = AudioAnalyzer.Weight(AudioAnalyzer.FastSmoothing, 48);
        ((1 - at48) * (1 - at48)).Should().BeApproximately(0.7f, 1e-5f);
    }
}
