namespace AsciiAssets.Diagnostics;

/// <summary>One error, warning or message, printed in the MSBuild canonical form so IDEs and CI parse it.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Message, SourceLocation? Location)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    /// <summary>Used as the origin of diagnostics that have no file.</summary>
    public const string ToolOrigin = "ascii-assets";

    public override string ToString()
    {
        // A file name with a line break must not start a second, forged line.
        var origin = Location is { } location ? DiagnosticDescriptor.Printable(location.ToString()) : ToolOrigin;
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "message",
        };
        return $"{origin}: {severity} {Code}: {Message}";
    }
}
