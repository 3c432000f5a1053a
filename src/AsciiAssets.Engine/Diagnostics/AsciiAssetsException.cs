namespace AsciiAssets.Diagnostics;

/// <summary>Carries diagnostics out of a failed operation; the CLI and the build task print them, never a stack trace.</summary>
public sealed class AsciiAssetsException : Exception
{
    public AsciiAssetsException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public AsciiAssetsException(Diagnostic diagnostic)
        : this(new[] { diagnostic })
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the failure is the user's input (exit code 1) rather than the render (exit code 3).</summary>
    public bool IsInputError => Diagnostics.Any(d => d.Severity == Severity.Error && d.Code.StartsWith("AA1", StringComparison.Ordinal));

    /// <summary>True when the options cannot work (exit code 2), e.g. an encoder this machine does not have: no video of the run would render.</summary>
    public bool IsUsageError => Diagnostics.Any(d => d.Code.StartsWith("AA4", StringComparison.Ordinal));
}
