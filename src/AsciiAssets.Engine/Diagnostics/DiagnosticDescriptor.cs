namespace AsciiAssets.Diagnostics;

/// <summary>A diagnostic code with its severity, a message template and what the user can do about it.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat, string Help)
{
    public Diagnostic Create(SourceLocation? location, params object?[] args) =>
        new(this, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args), location);
}
