using AsciiAssets.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AsciiAssets.Spec;

/// <summary>Reads a spec file: YAML syntax, binding to the typed records, then the checks that span several keys.</summary>
public static class SpecLoader
{
    public static LoadedSpec Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.SpecNotFound.Create(SourceLocation.FileOnly(path), $"Cannot read spec '{path}': {e.Message}"));
        }

        return Parse(path, text);
    }

    public static LoadedSpec Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = ParseYaml(path, text, diagnostics);
        diagnostics.ThrowIfErrors();
        if (root is null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.EmptySpec.Create(new SourceLocation(path, 1, 1)));
        }

        var binder = new SpecBinder(path, diagnostics);
        var spec = binder.BindRoot<VideoSpec>(root);
        diagnostics.ThrowIfErrors();
        var loaded = new LoadedSpec(path, spec!, binder.Locations, text);
        SpecValidator.Validate(loaded, diagnostics);
        diagnostics.ThrowIfErrors();
        return loaded;
    }

    private static YamlNode? ParseYaml(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
                ? null
                : stream.Documents[0].RootNode;
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticDescriptors.DuplicateKey, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), e.Message["Duplicate key ".Length..]);
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticDescriptors.MalformedYaml, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), Simplify(e.InnerException?.Message ?? e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections; point at the last good token.
            diagnostics.Add(DiagnosticDescriptors.MalformedYaml, LastGoodPosition(path, text), "a flow collection ([...] or {...}) is not closed.");
        }

        return null;
    }

    private static SourceLocation LastGoodPosition(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        var mark = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                mark = parser.Current!.Start;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
        }

        return new SourceLocation(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
    }

    /// <summary>YamlDotNet repeats the position in its messages; the canonical prefix already has it.</summary>
    private static string Simplify(string message)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(message, @"\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", string.Empty);
        return text.Trim().TrimEnd('.') + ".";
    }
}
