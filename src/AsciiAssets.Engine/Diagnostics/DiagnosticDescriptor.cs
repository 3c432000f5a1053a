namespace AsciiAssets.Diagnostics;

/// <summary>A diagnostic code with its severity, a message template and what the user can do about it.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string MessageFormat, string Help)
{
    /// <summary>
    /// Text arguments come from specs and from programs we run: their control characters are shown as U+XXXX, so a
    /// hostile value can neither drive the terminal nor start a forged diagnostic line in a build log.
    /// </summary>
    public Diagnostic Create(SourceLocation? location, params object?[] args) =>
        new(this, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args.Select(a => a is string text ? Printable(text) : a).ToArray()), location);

    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
