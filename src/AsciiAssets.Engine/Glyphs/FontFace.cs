using SkiaSharp;

namespace AsciiAssets.Glyphs;

/// <summary>
/// The bundled DejaVu Sans Mono, loaded from the assembly's resources. System fonts are never looked up:
/// a name lookup can silently return an empty typeface, and fonts differ between machines.
/// </summary>
public static class FontFace
{
    public const string ResourceName = "AsciiAssets.Fonts.DejaVuSansMono.ttf";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Font resource {ResourceName} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    private static readonly Lazy<SKTypeface> LazyTypeface = new(() =>
    {
        using var data = SKData.CreateCopy(Bytes.Value);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException("The bundled font could not be loaded.");
        if (typeface.GlyphCount == 0)
        {
            throw new InvalidOperationException("The bundled font has no glyphs.");
        }

        return typeface;
    });

    public static SKTypeface Typeface => LazyTypeface.Value;

    /// <summary>The font file's bytes, part of every output's fingerprint.</summary>
    public static ReadOnlySpan<byte> FileBytes => Bytes.Value;

    public static string FamilyName => "DejaVu Sans Mono";
}
