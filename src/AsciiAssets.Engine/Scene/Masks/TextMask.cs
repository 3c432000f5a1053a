using AsciiAssets.Registry;
using AsciiAssets.Scene.Text;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Masks;

/// <summary>The keys of the text masks: the text, its font, its size and where it lies, as a text source's stencil takes them.</summary>
[AlternativeKeys("text", "lines")]
public abstract record TextMask : MaskParameters, IValidatedRecord
{
    [SharedParameter(null)]
    [Doc("The text, one line; or use 'lines'.")]
    public string? Text { get; init; }

    [SharedParameter(null)]
    [Doc("Several lines of text, top to bottom, instead of 'text'.")]
    public IReadOnlyList<string>? Lines { get; init; }

    [SharedParameter(null)]
    [Doc("A TrueType or OpenType font file, relative to the spec; default the bundled DejaVu Sans Mono.")]
    [Media(MediaKind.Font)]
    public InputFile? Font { get; init; }

    [SharedParameter(0.25f)]
    [Doc("The height of a line as a fraction of the frame height.")]
    [Range(0.02, 2)]
    public float Size { get; init; } = 0.25f;

    [SharedParameter(0.5f)]
    [Doc("The centre of the text across the frame: 0 left edge, 1 right edge.")]
    [Range(-1, 2)]
    public float X { get; init; } = 0.5f;

    [SharedParameter(0.5f)]
    [Doc("The centre of the text down the frame: 0 top, 1 bottom.")]
    [Range(-1, 2)]
    public float Y { get; init; } = 0.5f;

    [SharedParameter(TextAlign.Center)]
    [Doc("How lines of different lengths line up: center, left or right.")]
    public TextAlign Align { get; init; } = TextAlign.Center;

    /// <summary>The text as lines of characters.</summary>
    private protected TextLines Laid() => TextLines.Of(Text, Lines);

    public void Validate(RecordCheck check)
    {
        if (Text is null == Lines is null)
        {
            check.Fail(Text is null ? "text" : "lines", Text is null ? $"is missing: mask '{SpecRegistry.NameOf(this)}' needs 'text' or 'lines'" : "cannot go with 'text': give one of them");
        }

        foreach (var (key, line) in (Lines ?? Array.Empty<string>()).Select(l => ("lines", l)).Prepend(("text", Text ?? string.Empty)))
        {
            check.TextProblem(key, line);
        }
    }
}
