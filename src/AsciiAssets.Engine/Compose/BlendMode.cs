using System.Collections.Concurrent;
using System.Numerics;
using AsciiAssets.Pixels;
using AsciiAssets.Registry;

namespace AsciiAssets.Compose;

/// <summary>
/// How a layer combines with what is below it, defined by its scalar form <see cref="Blend(int, int)"/> on one
/// channel value; the compositor handles opacity and how many values are worked on at once. A mode with only the
/// scalar form is fast anyway: the compositor looks its results up in a 256 × 256 table made from that form,
/// which suits modes that divide (colour dodge). A mode whose arithmetic fits 16-bit lanes may derive from
/// <see cref="BlendMode{TLanes}"/> to add a vector form, which must give the scalar form's results.
/// </summary>
[RegistryKind("blend", "blend modes")]
public abstract record BlendMode
{
    private static readonly ConcurrentDictionary<BlendMode, PairTable> Tables = new();

    /// <summary>The blended channel value (0..255) of a bottom and a top value (each 0..255).</summary>
    public abstract int Blend(int bottom, int top);

    /// <summary>
    /// True when Blend(bottom, black) == bottom, read off the scalar form. Black parts of such a layer change
    /// nothing, so the compositor skips them: most of a sparse layer (rain, particles) is black.
    /// </summary>
    public bool BlackLeavesBottom => Table.SecondZeroKeepsFirst;

    /// <summary>
    /// True when black does not leave the bottom but white does (multiply, darken, colour burn), read off the scalar
    /// form. The unlit parts of such a layer are white, not black: its glyphs are ink on white paper, so only the ink
    /// darkens what is below. On black, a multiply layer would black out every pixel between its glyphs.
    /// </summary>
    public bool DrawsOnWhite => !BlackLeavesBottom && Enumerable.Range(0, 256).All(bottom => Table[bottom, 255] == bottom);

    /// <summary>
    /// What the mode does to a transparent frame's alpha, one rule per family (docs/spec-format.md, "Alpha"): modes
    /// whose black leaves the bottom add light, so the layer's coverage joins the alpha below; ink-on-white modes only
    /// darken what is drawn, so the alpha stays; the rest (normal, overlay, soft light …) replace the bottom where
    /// the layer is black, so the alpha moves to the layer's coverage by opacity, as the colour does. Light a mode
    /// makes over little alpha is covered afterwards (alpha rises to its brightness).
    /// </summary>
    internal AlphaRule AlphaRule => BlackLeavesBottom ? AlphaRule.Joins : DrawsOnWhite ? AlphaRule.Keeps : AlphaRule.Replaces;

    /// <summary>
    /// The mode as it applies to the inverse of a layer: Blend(bottom, 255 − top). Glyphs drawn with inverted colours
    /// on black and blended in this mode are the glyphs on white paper blended in this one, and black leaves the
    /// bottom in it, so the compositor draws such layers straight onto the frame.
    /// </summary>
    internal virtual BlendMode OfInverse => new InverseTop(this);

    /// <summary>The scalar form tabulated, made once per mode and shared.</summary>
    internal PairTable Table => Tables.GetOrAdd(this, mode => new PairTable(mode.Blend));

    /// <summary>Runs the loop with the mode's fastest vector kernel: its vector form, or lookups in its table.</summary>
    internal virtual void Run<TLoop>(TLoop loop)
        where TLoop : struct, IBlendLoop => loop.Run(new TableKernel(Table));

    /// <summary>x/255 rounded, for x in 0..65 025.</summary>
    protected static int Div255(int x) => ChannelLanes.MultiplyDiv255(x, 1);
}

/// <summary>A mode applied to the inverse of the layer; see <see cref="BlendMode.OfInverse"/>.</summary>
internal sealed record InverseTop(BlendMode Mode) : BlendMode
{
    public override int Blend(int bottom, int top) => Mode.Blend(bottom, 255 - top);
}

/// <summary>The same for a mode with a vector form, which keeps one.</summary>
internal sealed record InverseTop<TLanes>(BlendMode Mode) : BlendMode<InverseTop<TLanes>.Lanes>
    where TLanes : struct, IBlendLanes
{
    public override int Blend(int bottom, int top) => Mode.Blend(bottom, 255 - top);

    public readonly struct Lanes : IBlendLanes
    {
        public static Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top) => TLanes.Blend(bottom, new Vector<ushort>(255) - top);
    }
}

/// <summary>A blend mode with a vector form, <typeparamref name="TLanes"/>, which the compositor inlines into its loops.</summary>
public abstract record BlendMode<TLanes> : BlendMode
    where TLanes : struct, IBlendLanes
{
    internal sealed override void Run<TLoop>(TLoop loop) => loop.Run(default(LaneKernel<TLanes>));

    internal sealed override BlendMode OfInverse => new InverseTop<TLanes>(this);
}

/// <summary>A blend mode's vector form: the scalar form on every 16-bit lane (each 0..255), see <see cref="ChannelLanes"/>.</summary>
public interface IBlendLanes
{
    static abstract Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top);
}
