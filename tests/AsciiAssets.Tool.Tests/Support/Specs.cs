namespace AsciiAssets.Tool.Tests.Support;

/// <summary>Small specs that render in a second or two.</summary>
public static class Specs
{
    public const string Plasma = """
        size: 160x90
        fps: 12
        seed: 5
        scenes:
          - name: glow
            start: 0s
            end: 1s
            layers:
              - field: { type: plasma, scale: 2 }
                grid: md
                color: { type: hue, source: angle }
            shaders:
              - vignette
          - name: echo
            start: 1s
            end: 2s
            layers:
              - field: plasma
                grid: lg
            feedback: { decay: 0.8, transform: zoom }
        """;

    public static string WithAudio(string audio) => Plasma.Replace("seed: 5", $"seed: 5\naudio: {audio}");

    public static string Long(string duration) => $"""
        size: 320x180
        fps: 24
        scenes:
          - start: 0s
            end: {duration}
            layers:
              - field: plasma
        """;
}
