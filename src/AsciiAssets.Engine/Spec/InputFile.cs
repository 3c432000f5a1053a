namespace AsciiAssets.Spec;

/// <summary>A file the spec refers to, written relative to the spec; FullPath is resolved and checked when the spec loads.</summary>
public sealed record InputFile(string Text, string FullPath)
{
    public override string ToString() => Text;
}
