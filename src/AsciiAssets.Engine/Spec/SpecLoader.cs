using System.Text;
using AsciiAssets.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace AsciiAssets.Spec;

/// <summary>
/// Reads a spec file: bounded and strict first (a regular file, at most 1 MiB of UTF-8, a bounded depth and number of
/// values, no YAML tags; specs are untrusted input), then YAML syntax, binding to the typed records, then the checks
/// that span several keys.
/// </summary>
public static class SpecLoader
{
    public const int MaximumBytes = 1 << 20;

    public const int MaximumDepth = 64;

    /// <summary>YAML values counted with every alias expanded: the "billion laughs" of anchors stays out.</summary>
    public const int MaximumValues = 100_000;

    public static LoadedSpec Load(string path, InputPolicy? policy = null)
    {
        var check = UntrustedFile.Inspect(path);
        if (check.Kind is FileKind.Missing)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.SpecNotFound.Create(SourceLocation.FileOnly(path), $"Spec '{path}' does not exist."));
        }

        if (check.Kind is not (FileKind.Regular or FileKind.Empty))
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.NotARegularFile.Create(SourceLocation.FileOnly(path), path, check.Describe(), string.Empty));
        }

        byte[]? bytes;
        try
        {
            bytes = UntrustedFile.ReadAtMost(path, MaximumBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.SpecNotFound.Create(SourceLocation.FileOnly(path), $"Cannot read spec '{path}': {e.Message}"));
        }

        if (bytes is null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.SpecTooLarge.Create(new SourceLocation(path, 1, 1), "1 MiB"));
        }

        return Parse(path, Decode(path, bytes), policy);
    }

    public static LoadedSpec Parse(string path, string text, InputPolicy? policy = null)
    {
        var diagnostics = new DiagnosticBag();
        Prescan(path, text, diagnostics);
        diagnostics.ThrowIfErrors();
        var root = ParseYaml(path, text, diagnostics);
        diagnostics.ThrowIfErrors();
        if (root is null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.EmptySpec.Create(new SourceLocation(path, 1, 1)));
        }

        var binder = new SpecBinder(path, diagnostics, policy ?? InputPolicy.For(path));
        var spec = binder.BindRoot<VideoSpec>(root);
        diagnostics.ThrowIfErrors();
        var loaded = new LoadedSpec(path, spec!, binder.Locations, text);
        SpecValidator.Validate(loaded, diagnostics);
        diagnostics.ThrowIfErrors();
        return loaded;
    }

    /// <summary>Strict UTF-8 (a BOM is allowed): a byte that is not UTF-8 is an error at its line and column, not a U+FFFD in a file name.</summary>
    private static string Decode(string path, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.InvalidUtf8.Create(new SourceLocation(path, 1, 1), "it is UTF-16"));
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var bad = start + Math.Max(0, e.Index);
            var before = Encoding.UTF8.GetString(bytes, start, bad - start);
            var line = 1 + before.Count(c => c == '\n');
            var column = 1 + before.Length - (before.LastIndexOf('\n') + 1);
            throw new AsciiAssetsException(DiagnosticDescriptors.InvalidUtf8.Create(new SourceLocation(path, line, column), $"byte 0x{bytes[bad]:X2} does not belong there"));
        }
    }

    /// <summary>
    /// Walks the YAML events once before anything is built from them: the node tree would be built recursively (a
    /// deep enough nesting overflows the stack), aliases would be walked once per use, and tags would be ignored.
    /// </summary>
    private static void Prescan(string path, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Start)>();
        long values = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var at = new SourceLocation(path, (int)current.Start.Line, (int)current.Start.Column);
                if (current is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific)
                {
                    diagnostics.Add(DiagnosticDescriptors.TagNotAllowed, at, tagged.Tag.Value);
                    return;
                }

                switch (current)
                {
                    case AnchorAlias alias:
                        values += sizes.TryGetValue(alias.Value.Value, out var size) ? size : 1;
                        break;
                    case MappingStart or SequenceStart:
                        values++;
                        open.Push((((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, values));
                        if (open.Count > MaximumDepth)
                        {
                            diagnostics.Add(DiagnosticDescriptors.NestedTooDeeply, at, MaximumDepth);
                            return;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        var (anchor, first) = open.Pop();
                        if (anchor is not null)
                        {
                            sizes[anchor] = values - first + 1;
                        }

                        break;
                    case Scalar scalar:
                        values++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            sizes[scalar.Anchor.Value] = 1;
                        }

                        break;
                }

                if (values > MaximumValues)
                {
                    diagnostics.Add(DiagnosticDescriptors.TooManyNodes, at, MaximumValues);
                    return;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Syntax errors are reported, with their positions, by the real parse.
        }
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
