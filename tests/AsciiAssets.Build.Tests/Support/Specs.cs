namespace AsciiAssets.Build.Tests.Support;

/// <summary>Specs small enough to render in a moment: 64x36, 6 fps, one second.</summary>
public static class Specs
{
    public static string Tiny(int seed, string? audio = null) => $"""
        size: 64x36
        fps: 6
        duration: 1s
        seed: {seed}
        {(audio is null ? "" : $"audio: {audio}")}
        scenes:
          - start: 0s
            end: 1s
            layers:
              - field: plasma
        """;

    /// <summary>Line 4 holds a key the engine does not know (AA1002).</summary>
    public const string UnknownKeyOnLine4 = """
        size: 64x36
        fps: 6
        duration: 1s
        bogus: 1
        scenes:
          - start: 0s
            end: 1s
            layers:
              - field: plasma
        """;

    /// <summary>Takes long enough to render that a build can be cancelled in the middle of it.</summary>
    public const string Slow = """
        size: 1280x720
        fps: 30
        duration: 120s
        scenes:
          - start: 0s
            end: 120s
            layers:
              - field: plasma
        """;
}
