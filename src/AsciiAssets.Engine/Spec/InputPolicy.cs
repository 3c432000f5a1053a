namespace AsciiAssets.Spec;

/// <summary>
/// Where a spec may read its input files from. Specs arrive in pull requests: a spec that reads `~/.ssh/id_rsa` as an
/// image or subtitles would publish it in a video or a log, so inputs must lie inside one folder (symbolic links
/// resolved). The tool takes the current folder (or the spec's own folder when the spec lies outside it), the build
/// the project folder; `--input-root` / AsciiVideoInputRoot widens or narrows it.
/// </summary>
public sealed record InputPolicy(string Root)
{
    /// <summary>The largest input file read (audio now; images and footage later).</summary>
    public const long MaximumInputBytes = 4L << 30;

    public static InputPolicy For(string specPath, string? root = null)
    {
        if (root is not null)
        {
            return new InputPolicy(UntrustedFile.RealPath(root));
        }

        var current = UntrustedFile.RealPath(Environment.CurrentDirectory);
        var spec = UntrustedFile.RealPath(Path.GetFullPath(specPath));
        return new InputPolicy(UntrustedFile.IsInside(spec, current) ? current : Path.GetDirectoryName(spec)!);
    }

    public bool Allows(string realPath) => UntrustedFile.IsInside(realPath, Root);
}
