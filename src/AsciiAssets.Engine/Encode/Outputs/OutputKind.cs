using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Encode.Outputs;

/// <summary>
/// One kind of file a spec delivers (`outputs:` in the spec). One record per kind, registered by name; its
/// parameters are the entry's YAML keys. Every kind names the files it writes beside the output's base path, the
/// per-segment track its frames come from, and writes and checks them into a staging folder, from which
/// <see cref="StagedOutput.Place"/> moves them over the previous ones only when all of them passed.
/// </summary>
[RegistryKind("output", "outputs")]
public abstract record OutputKind
{
    /// <summary>What a spec without `outputs:` delivers: the H.264 MP4, as before the key existed.</summary>
    public static readonly IReadOnlyList<OutputKind> Default = new OutputKind[] { new Mp4Output() };

    /// <summary>The plan's MP4 output (the default one when the spec lists no outputs), or null when it lists none.</summary>
    public static Mp4Output? Mp4Of(RenderPlan plan) => (plan.Spec.Outputs ?? Default).OfType<Mp4Output>().FirstOrDefault();

    /// <summary>The encoded segments this kind is made from; null for a kind that needs no frames (the HTML snippet).</summary>
    public abstract SegmentTrack? Track(RenderPlan plan);

    /// <summary>The files it delivers, relative to the output folder, for build systems and `--output` runs.</summary>
    public abstract IReadOnlyList<string> Files(RenderPlan plan);

    /// <summary>Encoders the installed ffmpeg must have (AA3030 names the one missing before anything renders).</summary>
    public virtual IReadOnlyList<string> RequiredEncoders => Array.Empty<string>();

    /// <summary>
    /// True when the kind keeps a transparent spec's alpha; the others show the frames over black, and a
    /// transparent spec that lists one gets warning AA2055 naming what to use instead.
    /// </summary>
    public virtual bool CarriesAlpha => false;

    /// <summary>What AA2055 adds after "cannot carry alpha" when only a setting of the kind is the cause (" as av1").</summary>
    public virtual string NoAlphaReason => string.Empty;

    /// <summary>
    /// The colour this kind's 'matte' flattens a transparent spec's frames onto instead of black (null: no matte). A
    /// matte is the spec's choice of what the alpha becomes, so it also answers AA2055; on an opaque spec it is AA2056.
    /// </summary>
    public virtual RgbColor? FlattensOnto => null;

    /// <summary>Writes the files into <paramref name="staged"/> and checks each one; throws a coded error on any mismatch.</summary>
    public abstract Task WriteAsync(OutputWork work, StagedOutput staged, CancellationToken token);

    /// <summary>The YAML name (`webm`), for messages and `--output`.</summary>
    public string KindName => SpecRegistry.NameOf(this);

    /// <summary>The output's file stem: the spec's output name.</summary>
    protected static string Stem(RenderPlan plan) => Path.GetFileNameWithoutExtension(plan.OutputPath);
}
