namespace AsciiAssets.Diagnostics;

/// <summary>Collects diagnostics so validation reports every problem in a spec, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        _items.Add(descriptor.Create(location, args));

    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new AsciiAssetsException(_items.ToArray());
        }
    }
}
