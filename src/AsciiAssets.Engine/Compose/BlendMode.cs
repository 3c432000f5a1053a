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

    /// <summary>The scalar form tabulated, made once per mode and shared.</summary>
    internal PairTable Table => Tables.GetOrAdd(this, mode => new PairTable(mode.Blend));

    /// <summary>Runs the loop with the mode's fastest vector kernel: its vector form, or lookups in its table.</summary>
    internal virtual void Run<TLoop>(TLoop loop)
        where TLoop : struct, IBlendLoop => loop.Run(new TableKernel(Table));

    /// <summary>x/255 rounded, for x in 0..65 025.</summary>
    protected static int Div255(int x) => ChannelLanes.MultiplyDiv255(x, 1);
}

/// <summary>A blend mode with a vector form, <typeparamref name="TLanes"/>, which the compositor inlines into its loops.</summary>
public abstract record BlendMode<TLanes> : BlendMode
    where TLanes : struct, IBlendLanes
{
    internal sealed override void Run<TLoop>(TLoop loop) => loop.Run(default(LaneKernel<TLanes>));
}

/// <summary>A blend mode's vector form: the scalar form on every 16-bit lane (each 0..255), see <see cref="ChannelLanes"/>.</summary>
public interface IBlendLanes
{
    static abstract Vector<ushort> Blend(Vector<ushort> bottom, Vector<ushort> top);
}
