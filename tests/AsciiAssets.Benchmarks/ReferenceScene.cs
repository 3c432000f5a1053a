using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;

namespace AsciiAssets.Benchmarks;

/// <summary>The fixed benchmark scene: two grids (plasma + matrix rain), bloom, vignette, grain, at 1080p.</summary>
public static class ReferenceScene
{
    public static string Yaml(double seconds) => $$"""
        size: 1920x1080
        fps: 24
        seed: 1
        scenes:
          - start: 0s
            end: {{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}s
            layers:
              - field: { type: plasma, scale: 1.2 }
                grid: md
                palette: dense
                color: { type: hue, source: angle }
              - field: matrix_rain
                grid: sm
                palette: dense
                color: { type: palette, name: mono_green }
                blend: screen
            shaders:
              - bloom
              - vignette
              - grain
        """;

    public static RenderPlan Plan(double seconds = 10, string? directory = null)
    {
        var path = Path.Combine(directory ?? Path.GetTempPath(), "reference.video.yaml");
        File.WriteAllText(path, Yaml(seconds));
        var loaded = SpecLoader.Load(path);
        return RenderPlanner.Plan(loaded, new RenderOptions(Quality: QualityName.Production, OutputDirectory: Path.GetDirectoryName(path)));
    }
}
