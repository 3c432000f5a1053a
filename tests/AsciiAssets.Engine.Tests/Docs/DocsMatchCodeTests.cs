using System.Reflection;
using AsciiAssets.Grids;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;

namespace AsciiAssets.Tests.Docs;

/// <summary>Facts the hand-written docs state about the code, checked against it: a change to either shows here.</summary>
public class DocsMatchCodeTests
{
    private static readonly string Root = typeof(DocsMatchCodeTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly string SpecFormat = File.ReadAllText(Path.Combine(Root, "docs", "spec-format.md"));

    [Fact]
    public void The_quality_profile_table_is_the_profiles()
    {
        foreach (var profile in new[] { QualityProfile.Draft, QualityProfile.Preview, QualityProfile.Production, QualityProfile.Max })
        {
            SpecFormat.Should().Contain(
                $"| `{Naming.ToSnakeCase(profile.Name.ToString())}` | {profile.Width}x{profile.Height} | {profile.Fps} | {profile.Crf} | {profile.X264Preset} | {Naming.ToSnakeCase(profile.ShaderLevel.ToString())} | {Naming.ToSnakeCase(profile.ParticleTier.ToString())} |");
        }

        var candidates = QualityProfile.AutoCandidates.Select(p => Naming.ToSnakeCase(p.Name.ToString())).ToArray();
        SpecFormat.Should().Contain($"the first of {candidates[0]}, {candidates[1]} and {candidates[2]} whose estimate fits the time budget")
            .And.Contain($"(`--budget`, default {RenderEstimate.Format(RenderOptions.DefaultBudget).Replace("h00m", " h")})");
    }

    [Fact]
    public void The_shader_levels_sentence_is_the_shaders_levels()
    {
        string Named(ShaderLevel level)
        {
            var names = SpecRegistry.Kind<ShaderParameters>().Entries
                .Where(e => ((ShaderParameters)e.CreateDefault()!).MinimumLevel == level)
                .Select(e => $"`{e.Name}`")
                .ToArray();
            return names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        }

        SpecFormat.Should().Contain($"all run at every level except {Named(ShaderLevel.Standard)} (from standard) and {Named(ShaderLevel.Full)} (only at full).");
    }

    [Fact]
    public void The_presets_table_is_the_presets()
    {
        foreach (var preset in Enum.GetValues<SizePreset>())
        {
            var (width, height) = SizeValue.PresetPixels(preset);
            SpecFormat.Should().Contain($"| `{SizeValue.PresetName(preset)}` | {width}x{height} |");
        }
    }

    [Fact]
    public void The_grid_size_table_is_the_font_sizes()
    {
        foreach (var grid in Enum.GetValues<GridSize>())
        {
            var sizes = new[] { 1080, 720, 540, 360 }.Select(side => GridSizes.FontPixels(grid, side * 16 / 9, side));
            SpecFormat.Should().Contain($"| `{Naming.ToSnakeCase(grid.ToString())}` | {string.Join(" | ", sizes)} |");
        }

        SpecFormat.Should().Contain($"never smaller than {GridSizes.MinimumFontPixels} px").And.Contain($"Below {GridSizes.ReadableFontPixels} px a glyph");
    }
}
