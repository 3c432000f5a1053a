namespace AsciiAssets.Diagnostics;

public enum Severity
{
    Error,
    Warning,
    Message,
}
