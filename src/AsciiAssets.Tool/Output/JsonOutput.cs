using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsciiAssets.Diagnostics;

namespace AsciiAssets.Cli.Output;

/// <summary>`--json`: one indented document on standard output for scripts; diagnostics inside it, not on stderr.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(object document) => ConsoleWriter.Line(JsonSerializer.Serialize(document, Options));

    public static object Of(Diagnostic diagnostic) => new
    {
        code = diagnostic.Code,
        severity = diagnostic.Severity.ToString().ToLowerInvariant(),
        message = diagnostic.Message,
        file = diagnostic.Location?.File,
        line = diagnostic.Location is { Line: > 0 } at ? at.Line : (int?)null,
        column = diagnostic.Location is { Column: > 0 } position ? position.Column : (int?)null,
    };
}
