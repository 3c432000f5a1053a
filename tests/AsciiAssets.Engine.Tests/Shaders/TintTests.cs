using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Shaders.Tints;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>The eleven tints through the 'tint' shader: goldens on the synthetic frame and what black and white become.</summary>
public class TintTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["warm"] = "05d66055f7ad5308",
        ["cool"] = "847f93ce2a0f49df",
        ["matrix"] = "3d9d379109561216",
        ["amber"] = "ed5db00d84c1d3b4",
        ["sepia"] = "bba4f92272cd281d",
        ["neon_pink"] = "eb09483f971325d4",
        ["ice"] = "746c8f2f202c47b2",
        ["blood"] = "70ebe4f22d93e235",
        ["forest"] = "ac875347c70f2537",
        ["void"] = "6561e8b79fe82e07",
        ["sunset"] = "f2bd2b501d918504",
    };

    public static TheoryData<string> Tints() => new(SpecRegistry.Kind<ColorTint>().Entries.Select(e => e.Name));

    [Fact]
    public void There_are_the_eleven_tints_of_the_reference()
    {
        SpecRegistry.Kind<ColorTint>().Entries.Select(e => e.Name).Should().BeEquivalentTo(Expected.Keys);
    }

    [Theory]
    [MemberData(nameof(Tints))]
    public void Matches_golden_hash_on_the_synthetic_frame(string tint)
    {
        using var result = ShaderTestKit.Apply(new TintShader(Probe.Default<ColorTint>(tint)), ShaderTestKit.SyntheticFrame(), 3);
        Golden.Check(result.Pixels, result.Width, result.Height, Expected[tint], $"TintTests.{tint}");
    }

    [Theory]
    [MemberData(nameof(Tints))]
    public void Black_becomes_the_shadow_and_white_the_highlight_less_what_is_kept(string name)
    {
        var tint = Probe.Default<ColorTint>(name);
        using var frame = ShaderTestKit.Frame(4, 2, (x, y, c) => y == 0 ? (byte)0 : (byte)255);
        ShaderTestKit.Apply(new TintShader(tint), frame);

        var toward = 1 - tint.Keep;
        byte[] shadow = [tint.Shadow.R, tint.Shadow.G, tint.Shadow.B];
        byte[] highlight = [tint.Highlight.R, tint.Highlight.G, tint.Highlight.B];
        for (var c = 0; c < 3; c++)
        {
            // Black is exact (only the offset remains); white carries the weights' rounding, within two levels.
            ShaderTestKit.At(frame, 1, 0, c).Should().Be((byte)MathF.Round(toward * shadow[c]), $"{name}: channel {c} of black");
            ((int)ShaderTestKit.At(frame, 1, 1, c)).Should().BeCloseTo((int)MathF.Round(toward * highlight[c] + tint.Keep * 255), 2, $"{name}: channel {c} of white");
        }
    }

    [Fact]
    public void Strength_zero_leaves_the_frame_and_strength_moves_it_towards_the_tint()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        using var none = ShaderTestKit.Apply(new TintShader(new SepiaTint(), 0f), ShaderTestKit.SyntheticFrame());
        using var half = ShaderTestKit.Apply(new TintShader(new SepiaTint(), 0.5f), ShaderTestKit.SyntheticFrame());
        using var full = ShaderTestKit.Apply(new TintShader(new SepiaTint(), 1f), ShaderTestKit.SyntheticFrame());

        none.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
        var toHalf = Distance(original, half);
        var toFull = Distance(original, full);
        toHalf.Should().BeGreaterThan(0);
        ((double)toFull).Should().BeGreaterThan(toHalf * 1.8);
    }

    [Fact]
    public void A_spec_names_a_tint_by_its_yaml_name()
    {
        var spec = TestRender.Parse(ShaderTestKit.Spec("[ { type: tint, name: neon_pink, strength: 0.5 } ]")).Spec;
        spec.Scenes[0].Shaders!.Single().Should().Be(new TintShader(new NeonPinkTint(), 0.5f));
    }

    private static long Distance(AsciiAssets.Frames.FrameBuffer a, AsciiAssets.Frames.FrameBuffer b)
    {
        var sum = 0L;
        for (var i = 0; i < a.Pixels.Length; i++)
        {
            sum += Math.Abs(a.Pixels[i] - b.Pixels[i]);
        }

        return sum;
    }
}
