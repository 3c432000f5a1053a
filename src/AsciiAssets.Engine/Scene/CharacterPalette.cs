using System.Collections.Concurrent;
using AsciiAssets.Glyphs;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Scene;

/// <summary>
/// A character ramp: values map to characters by index = clamp(floor(v · n), 0, n − 1), or through a gamma or explicit
/// thresholds. Index 0 is usually a space. Named palettes declare their characters and are ordered by the ink each
/// glyph measures (at <see cref="InkFontPixels"/>), so a ramp runs from light to heavy whatever order it is written in.
/// </summary>
[RegistryKind("palette", "palettes")]
public abstract record CharacterPalette : IValidatedRecord
{
    /// <summary>Font size ink is measured at: the md grid at 1080p.</summary>
    public const int InkFontPixels = 16;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> InkOrders = new(StringComparer.Ordinal);

    [SharedParameter(1f)]
    [Doc("Exponent on the value before it picks a character: below 1 reaches the heavy characters sooner, above 1 keeps more cells light.")]
    [Range(0.1, 10)]
    public float Gamma { get; init; } = 1f;

    [SharedParameter(null!)]
    [Doc("Explicit steps instead of even ones: one value per character after the first, ascending in 0..1; a value picks the last character whose threshold it reaches.")]
    public IReadOnlyList<float>? Thresholds { get; init; }

    public abstract string Characters { get; }

    /// <summary>True when the characters are sorted by measured ink; false keeps them as written (the reference's fixed ramps, your own).</summary>
    protected virtual bool OrderedByInk => true;

    /// <summary>The palette's glyphs in drawing order (text elements, so characters outside the basic plane stay whole).</summary>
    public IReadOnlyList<string> Glyphs => OrderedByInk ? InkOrders.GetOrAdd(Characters, ByInk) : TextElements(Characters);

    public static IReadOnlyList<string> TextElements(string text)
    {
        var list = new List<string>();
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            list.Add((string)e.Current);
        }

        return list;
    }

    public virtual void Validate(RecordCheck check)
    {
        if (Thresholds is not { } thresholds)
        {
            return;
        }

        var glyphs = TextElements(Characters).Count;
        if (thresholds.Count != glyphs - 1)
        {
            check.Fail("thresholds", $"has {thresholds.Count} values; the palette's {glyphs} characters need {glyphs - 1}, one for each after the first");
        }
        else if (thresholds.Any(t => t < 0 || t > 1) || thresholds.Zip(thresholds.Skip(1)).Any(p => p.Second < p.First))
        {
            check.Fail("thresholds", "must ascend within 0..1");
        }
    }

    /// <summary>Glyph indices for a layer's values with this palette's mapping, for an atlas of <paramref name="count"/> glyphs.</summary>
    public void Map(ReadOnlySpan<float> values, Span<ushort> glyphs, int count)
    {
        for (var i = 0; i < values.Length; i++)
        {
            glyphs[i] = Glyph(values[i], count);
        }
    }

    /// <summary>The glyph index of one value; thresholds apply only while the atlas kept every character they were written for.</summary>
    public ushort Glyph(float value, int count)
    {
        if (Thresholds is { } thresholds && thresholds.Count == count - 1)
        {
            var step = 0;
            while (step < thresholds.Count && value >= thresholds[step])
            {
                step++;
            }

            return (ushort)step;
        }

        var v = Gamma == 1f ? value : DetMath.Pow(value, Gamma);
        var index = (int)(v * count);
        return (ushort)(index < 0 ? 0 : index >= count ? count - 1 : index);
    }

    /// <summary>The characters sorted by ink, lightest first; equal ink keeps the written order.</summary>
    private static IReadOnlyList<string> ByInk(string characters) =>
        TextElements(characters).Select((c, i) => (Glyph: c, Ink: GlyphAtlas.Ink(InkFontPixels, c), Index: i))
            .OrderBy(g => g.Ink).ThenBy(g => g.Index).Select(g => g.Glyph).ToArray();
}
