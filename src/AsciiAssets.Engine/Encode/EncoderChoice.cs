using AsciiAssets.Registry;

namespace AsciiAssets.Encode;

/// <summary>
/// The encoder asked for: a named one, or 'auto' (the first hardware encoder, in <see cref="VideoEncoder.Hardware"/>
/// order, whose one-frame trial succeeds, else libx264). Outputs are fingerprinted with this, not with what it
/// resolves to, so asking for another encoder re-renders and a machine's GPU does not.
/// </summary>
public sealed record EncoderChoice(VideoEncoder? Named)
{
    public static readonly EncoderChoice Auto = new((VideoEncoder?)null);

    public static IReadOnlyList<string> Names { get; } = new[] { "auto" }.Concat(VideoEncoder.All.Select(e => e.Name)).ToArray();

    public string Name => Named?.Name ?? "auto";

    /// <summary>The choice a name stands for, in any case; null for a name that is neither 'auto' nor an encoder.</summary>
    public static EncoderChoice? Parse(string text) =>
        string.Equals(text, Auto.Name, StringComparison.OrdinalIgnoreCase) ? Auto
        : VideoEncoder.Named(text) is { } encoder ? new EncoderChoice(encoder)
        : null;

    /// <summary>Why a name is not a choice, with the closest name when there is one.</summary>
    public static string Unknown(string text)
    {
        var suggestion = Naming.Suggest(text, Names);
        return $"'{text}' is not an encoder{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; use one of {string.Join(", ", Names)}";
    }

    public override string ToString() => Name;
}
