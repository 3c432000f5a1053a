using AsciiAssets.Diagnostics;
using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Shaders.Moods;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>The nine moods: what each expands to, goldens of its chain, its keys overridden one by one, and a scene using one.</summary>
public class MoodTests
{
    // Frames 3 and 14 of each chain on the synthetic frame: the glitching moods change between them.
    private static readonly Dictionary<string, (string Frame3, string Frame14)> Expected = new()
    {
        ["retro_terminal"] = ("3d026e51d7ed4a46", "3d026e51d7ed4a46"),
        ["clean_modern"] = ("2c3debb8c04aeaf0", "2c3debb8c04aeaf0"),
        ["glitch_art"] = ("1d25f3ef4c06f8c5", "c2e12b0188941251"),
        ["cinematic"] = ("ee96c35eacf1a570", "0f3198e2b6bf76f4"),
        ["dreamy"] = ("43640f8733a6e9d9", "43640f8733a6e9d9"),
        ["industrial"] = ("8fe8a4388b64f5b6", "8f9ddf2a41b83e31"),
        ["psychedelic"] = ("41c65a4f6bc396e7", "7ed75317fb5f9c56"),
        ["data_corruption"] = ("fe9bb1d883ba784d", "cba746e0b847bf9b"),
        ["recursive"] = ("157699c2b8551c1b", "157699c2b8551c1b"),
    };

    public static TheoryData<string> Moods() => new(SpecRegistry.Kind<Mood>().Entries.Select(e => e.Name));

    public static TheoryData<string, int> MoodFrames()
    {
        var data = new TheoryData<string, int>();
        foreach (var entry in SpecRegistry.Kind<Mood>().Entries)
        {
            data.Add(entry.Name, 3);
            data.Add(entry.Name, 14);
        }

        return data;
    }

    [Fact]
    public void There_are_the_nine_moods_of_the_reference()
    {
        SpecRegistry.Kind<Mood>().Entries.Select(e => e.Name).Should().BeEquivalentTo(Expected.Keys);
    }

    [Theory]
    [MemberData(nameof(MoodFrames))]
    public void Its_chain_matches_golden_hashes_on_the_synthetic_frame(string mood, int frame)
    {
        using var result = ShaderTestKit.SyntheticFrame();
        var chain = Probe.Default<Mood>(mood).Chain();
        for (var i = 0; i < chain.Count; i++)
        {
            ShaderTestKit.Apply(chain[i], result, frame, seed: (uint)i);
        }

        Golden.Check(result.Pixels, result.Width, result.Height, frame == 3 ? Expected[mood].Frame3 : Expected[mood].Frame14, $"MoodTests.{mood}.f{frame}");
    }

    [Fact]
    public void List_shows_what_a_mood_expands_to()
    {
        new CinematicMood().Details.Should().Be(
            "Expands to: color_grade { temperature: 0.25, tint: 0, exposure: 0 } → contrast { amount: 1.1 } → bloom { threshold: 150, strength: 0.5 } → grain { amount: 7, hold: 1 } → vignette { strength: 0.45 }");
        new RetroTerminalMood().Details.Should().StartWith("Expands to: tint { name: matrix, strength: 0.9 } → bloom");
        VocabularyDocument.Text().Should().Contain("  cinematic — A film look").And.Contain("      " + new CinematicMood().Details);
    }

    [Theory]
    [MemberData(nameof(Moods))]
    public void Every_key_reaches_the_chain_and_every_value_in_range_gives_valid_shaders(string name)
    {
        var entry = SpecRegistry.Kind<Mood>().Get(name);
        var defaults = (Mood)entry.CreateDefault()!;
        foreach (var key in entry.Record.Parameters.Where(p => p.Range is not null))
        {
            foreach (var value in new[] { key.Range!.Min, key.Range.Max })
            {
                var changed = With(defaults, key, value);
                ChainInRange(changed).Should().BeTrue($"{name}.{key.Name} = {value} must give shaders within their own ranges");
                if (!Equals(key.Property.GetValue(changed), key.Property.GetValue(defaults)))
                {
                    changed.Details.Should().NotBe(defaults.Details, $"{name}.{key.Name} must change something in the chain");
                }
            }
        }

        ChainInRange(defaults).Should().BeTrue();
    }

    [Fact]
    public void A_spec_overrides_a_moods_keys_one_by_one_and_keeps_the_rest()
    {
        var scene = TestRender.Parse(TestRender.LayerSpec("field: plasma", "mood: { type: cinematic, grain_amount: 3 }\nshaders: [ invert ]")).Spec.Scenes[0];

        scene.Mood.Should().Be(new CinematicMood(GrainAmount: 3));
        scene.ShaderChain.Select(SpecRegistry.NameOf).Should().Equal("color_grade", "contrast", "bloom", "grain", "vignette", "invert");
        scene.ShaderChain.OfType<GrainShader>().Single().Amount.Should().Be(3);
        scene.ShaderChain.OfType<VignetteShader>().Single().Strength.Should().Be(0.45f);
    }

    [Fact]
    public void A_scene_with_a_mood_renders_as_the_same_shaders_listed_would()
    {
        var layer = "field: plasma\ncolor: { type: hue, source: value }";
        var withMood = TestRender.FrameHash(TestRender.LayerSpec(layer, "mood: dreamy"), 5);
        var listed = TestRender.FrameHash(TestRender.LayerSpec(layer, "shaders:\n  - { type: soft_focus, radius: 5, amount: 0.7 }\n  - { type: bloom, threshold: 100, strength: 0.7 }\n  - { type: saturation, amount: 0.85 }\n  - { type: tint, name: neon_pink, strength: 0.25 }"), 5);
        var plain = TestRender.FrameHash(TestRender.LayerSpec(layer), 5);

        withMood.Should().Be(listed);
        withMood.Should().NotBe(plain);
    }

    [Fact]
    public void A_moving_mood_key_moves_the_shader_key_it_sets_as_a_listed_shader_would()
    {
        var layer = "field: plasma\ncolor: { type: hue, source: value }";
        var moving = TestRender.LayerSpec(layer, "mood: { type: recursive, hue_rotate_degrees: { from: 0, to: 180 } }");
        var listed = TestRender.LayerSpec(layer, "shaders:\n  - { type: kaleidoscope, segments: 4 }\n  - { type: radial_blur, strength: 0.2 }\n  - { type: hue_rotate, degrees: { from: 0, to: 180 } }\n  - { type: bloom, threshold: 130, strength: 0.6 }");
        var still = TestRender.LayerSpec(layer, "mood: recursive");

        foreach (var frame in new[] { 0, 11, 23 })
        {
            TestRender.FrameHash(moving, frame).Should().Be(TestRender.FrameHash(listed, frame), $"frame {frame} turns the hues as the listed chain does");
        }

        TestRender.FrameHash(moving, 0).Should().Be(TestRender.FrameHash(still, 0), "the arc starts at the mood's own value");
        TestRender.FrameHash(moving, 23).Should().NotBe(TestRender.FrameHash(still, 23));
    }

    [Theory]
    [MemberData(nameof(Moods))]
    public void Every_numeric_key_sets_one_shader_key_and_moves_exactly_when_that_one_can(string name)
    {
        var entry = SpecRegistry.Kind<Mood>().Get(name);
        var chain = ((Mood)entry.CreateDefault()!).Chain();
        foreach (var key in entry.Record.Parameters.Where(p => p.Shape.Kind is ShapeKind.Number or ShapeKind.Integer))
        {
            var (_, target) = Mood.Target(chain, key.Name);
            key.IsBindable.Should().Be(target.IsBindable, $"{name}.{key.Name} sets {target.Name}, which {(target.IsBindable ? "moves" : "cannot move")}");
        }
    }

    [Fact]
    public void A_mood_key_whose_shader_key_cannot_move_is_reported_at_its_line_and_column()
    {
        var act = () => TestRender.Parse(TestRender.LayerSpec("field: plasma", "mood: { type: cinematic, vignette_strength: { from: 0, to: 1 } }"));
        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First().ToString().Should().Be(
            Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml")
            + "(7,49): error AA1026: 'vignette_strength' of mood 'cinematic' cannot move per frame: vignette's falloff map is computed once.");
    }

    [Theory]
    [InlineData("mood: cinematc", "(7,11): error AA1003: Unknown mood 'cinematc'. Did you mean 'cinematic'?")]
    [InlineData("mood: { type: cinematic, grian_amount: 3 }", "(7,30): error AA1002: Unknown key 'grian_amount' in mood 'cinematic'. Did you mean 'grain_amount'?")]
    [InlineData("mood: { type: cinematic, grain_amount: 300 }", "(7,44): error AA1006: 'grain_amount' is 300; it must be between 0 and 128.")]
    public void A_wrong_mood_is_reported_at_its_line_and_column(string mood, string expected)
    {
        var act = () => TestRender.Parse(TestRender.LayerSpec("field: plasma", mood));
        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First().ToString()
            .Should().Be(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + expected);
    }

    private static Mood With(Mood mood, ParameterDescriptor key, double value)
    {
        var entry = SpecRegistry.Kind<Mood>().EntryOf(mood.GetType());
        var arguments = entry.Record.Parameters.Select(p => p == key
            ? Convert.ChangeType(value, p.Property.PropertyType, System.Globalization.CultureInfo.InvariantCulture)
            : p.Property.GetValue(mood)).ToArray();
        return (Mood)entry.Record.Create(arguments);
    }

    private static bool ChainInRange(Mood mood) =>
        mood.Chain().All(shader => SpecRegistry.Kind<ShaderParameters>().EntryOf(shader.GetType()).Record.Parameters
            .Where(p => p.Range is not null)
            .All(p => Convert.ToDouble(p.Property.GetValue(shader)) is var v && v >= p.Range!.Min - 1e-6 && v <= p.Range.Max + 1e-6));
}
