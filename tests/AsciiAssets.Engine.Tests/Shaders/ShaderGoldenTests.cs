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
