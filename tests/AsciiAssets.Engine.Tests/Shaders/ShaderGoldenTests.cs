using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>
/// Every shader's golden hashes on one fixed synthetic frame (<see cref="ShaderTestKit.SyntheticFrame"/>): a change to
/// a field, a palette or the compositor leaves them alone, so only a change to the shader itself moves them.
/// </summary>
public class ShaderGoldenTests
{
    // Frames 3 and 14 of each: a shader that changes over time (grain) shows it.
    private static readonly Dictionary<string, (string Frame3, string Frame14)> Expected = new()
    {
        ["bloom"] = ("2f7173e65eba4adb", "2f7173e65eba4adb"),
        ["crt"] = ("7fe56d8aa58c3e29", "7fe56d8aa58c3e29"),
        ["grain"] = ("454b75c3576b3eb5", "c1d98127eac9398a"),
        ["invert"] = ("7cc3898842531fc0", "7cc3898842531fc0"),
        ["posterize"] = ("f27ccfba3422e722", "f27ccfba3422e722"),
        ["scanlines"] = ("a012c3cf0a8601d0", "a012c3cf0a8601d0"),
        ["vignette"] = ("706ddd03789ffc34", "706ddd03789ffc34"),
        ["halftone"] = ("7f5a02b76a4ef4a7", "7f5a02b76a4ef4a7"),
        ["soft_focus"] = ("6e010ef3d7d10e08", "6e010ef3d7d10e08"),
        ["color_wobble"] = ("a9198206193d7e45", "d716f02187fe982e"),
        ["data_bend"] = ("9a87a6620d506d86", "98f898b449184759"),
        ["pixel_sort"] = ("3aa656f061e07b6c", "3aa656f061e07b6c"),
        ["block_glitch"] = ("9b04dc0a3c344c96", "9013ffbae0ff5b6a"),
        ["glitch_bands"] = ("393a9ee288e862c0", "d564723654fdbcdd"),
        ["chromatic_aberration"] = ("9be1c6a32ed520a0", "9be1c6a32ed520a0"),
        ["static"] = ("7684823ed368e512", "08e1d888691e1a63"),
        ["threshold"] = ("318f4b7f7e3dfe83", "318f4b7f7e3dfe83"),
        ["solarize"] = ("0aaf17057ef5878a", "0aaf17057ef5878a"),
        ["gamma"] = ("a1f6cd34de3209e6", "a1f6cd34de3209e6"),
        ["brightness"] = ("74891cc1808e4194", "74891cc1808e4194"),
        ["contrast"] = ("a888b14f91bec7af", "a888b14f91bec7af"),
        ["levels"] = ("0f0ce66eec43d48b", "0f0ce66eec43d48b"),
        ["saturation"] = ("7b8ba4352611a81b", "7b8ba4352611a81b"),
        ["hue_rotate"] = ("821281b7596fe317", "821281b7596fe317"),
        ["color_grade"] = ("3091adcf8f1c46b2", "3091adcf8f1c46b2"),
        ["channel_swap"] = ("83e5faae8f70a2b5", "83e5faae8f70a2b5"),
        ["color_ramp"] = ("91015105af4849e2", "91015105af4849e2"),
        ["pixelate"] = ("f89ab5917d158046", "f89ab5917d158046"),
        ["mirror_h"] = ("dad6e65b0bf4c089", "dad6e65b0bf4c089"),
        ["mirror_v"] = ("97fe0c99642dec8a", "97fe0c99642dec8a"),
        ["mirror_quad"] = ("24f3306f3bb09a9e", "24f3306f3bb09a9e"),
        ["mirror_diag"] = ("42f3c80b86768caa", "42f3c80b86768caa"),
        ["kaleidoscope"] = ("387db96cb385e66a", "387db96cb385e66a"),
        ["wave_distort"] = ("f7092cbc3c3eb727", "9c6e4ed11b1bb4e4"),
        ["channel_shift"] = ("e868df6ea0d6f234", "e868df6ea0d6f234"),
        ["radial_rgb_split"] = ("698bb2e0bbeca290", "698bb2e0bbeca290"),
        ["edge_glow"] = ("78d574d6702dc5ed", "78d574d6702dc5ed"),
        ["tint"] = ("05d66055f7ad5308", "05d66055f7ad5308"),
        ["radial_blur"] = ("cc0b6945e3dcdd04", "cc0b6945e3dcdd04"),
    };

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var entry in SpecRegistry.Kind<ShaderParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name, 3);
            data.Add(entry.Name, 14);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_golden_hash_on_the_synthetic_frame(string shader, int frame)
    {
        Expected.Should().ContainKey(shader, "every shader has goldens on the synthetic frame; add its hashes here");
        var expected = frame == 3 ? Expected[shader].Frame3 : Expected[shader].Frame14;
        using var result = ShaderTestKit.Apply(Probe.Default<ShaderParameters>(shader), ShaderTestKit.SyntheticFrame(), frame);

        Golden.Check(result.Pixels, result.Width, result.Height, expected, $"ShaderGoldenTests.{shader}.f{frame}");
    }

    [Fact]
    public void The_synthetic_frame_changes_under_every_shader()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        foreach (var entry in SpecRegistry.Kind<ShaderParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            using var shaded = ShaderTestKit.Apply((ShaderParameters)entry.CreateDefault()!, ShaderTestKit.SyntheticFrame(), 3);
            shaded.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray(), $"{entry.Name} has something to work on");
        }
    }
}
