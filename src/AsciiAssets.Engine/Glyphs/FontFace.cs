using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// The bundled fonts, loaded from the assembly's resources: DejaVu Sans Mono, whose metrics size every cell, and
/// M+ 1 Code for the characters DejaVu lacks (katakana, kanji). System fonts are never looked up: a name lookup can
/// silently return an empty typeface, and fonts differ between machines.
/// </summary>
public static class FontFace
{
    public const string ResourceName = "AsciiAssets.Fonts.DejaVuSansMono.ttf";

    public const string FallbackResourceName = "AsciiAssets.Fonts.Mplus1Code-Regular.otf";

    private static readonly Lazy<byte[]> PrimaryBytes = new(() => Read(ResourceName));

    private static readonly Lazy<byte[]> FallbackBytes = new(() => Read(FallbackResourceName));

    private static readonly Lazy<byte[]> AllBytes = new(() => [.. PrimaryBytes.Value, .. FallbackBytes.Value]);

    private static readonly Lazy<SKTypeface> LazyTypeface = new(() => Load(PrimaryBytes.Value, ResourceName));

    private static readonly Lazy<SKTypeface> LazyFallback = new(() => Load(FallbackBytes.Value, FallbackResourceName));

    public static SKTypeface Typeface => LazyTypeface.Value;

    /// <summary>The font a glyph is drawn from when <see cref="Typeface"/> has no glyph for it.</summary>
    public static SKTypeface FallbackTypeface => LazyFallback.Value;

    /// <summary>Every bundled font file's bytes, part of every output's fingerprint.</summary>
    public static ReadOnlySpan<byte> FileBytes => AllBytes.Value;

    public static string FamilyName => "DejaVu Sans Mono";

    private static byte[] Read(string resource)
    {
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font resource {resource} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static SKTypeface Load(byte[] bytes, string resource)
    {
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The bundled font {resource} could not be loaded.");
        if (typeface.GlyphCount == 0)
        {
            throw new InvalidOperationException($"The bundled font {resource} has no glyphs.");
        }

        return typeface;
    }
}
