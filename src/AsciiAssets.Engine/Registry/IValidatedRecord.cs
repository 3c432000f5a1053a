using AsciiAssets.Diagnostics;
using AsciiAssets.Spec;

namespace AsciiAssets.Registry;

/// <summary>
/// A parameter record of any registry kind (or a spec record) with rules its [Range]s cannot state: keys that
/// depend on each other, lengths, forms. The validator calls <see cref="Validate"/> on every such record of a spec
/// after binding, so the rule lives in the effect's own file and its errors point at the YAML.
/// </summary>
public interface IValidatedRecord
{
    void Validate(RecordCheck check);
}

/// <summary>Reports a record's broken rules at the YAML position of the key each names.</summary>
public sealed class RecordCheck
{
    private readonly object _record;
    private readonly SpecLocations _locations;
    private readonly DiagnosticBag _diagnostics;

    internal RecordCheck(object record, SpecLocations locations, DiagnosticBag diagnostics)
    {
        _record = record;
        _locations = locations;
        _diagnostics = diagnostics;
    }

    /// <summary>Reports AA1053 at <paramref name="key"/>: "'chars' of palette 'custom' has only spaces, so the layer would draw nothing."</summary>
    /// <param name="key">The YAML key the rule is about.</param>
    /// <param name="problem">What is wrong, completing "'key' of the record …", e.g. "has only spaces, so the layer would draw nothing".</param>
    public void Fail(string key, string problem) =>
        _diagnostics.Add(DiagnosticDescriptors.InvalidParameter, _locations.Of(_record, key), key, SpecRegistry.Describe(_record.GetType()), problem);

    /// <summary>Reports text the engine cannot draw (right to left: AA1070, combining marks: AA1071) at <paramref name="key"/>.</summary>
    public void TextProblem(string key, string text)
    {
        if (Scene.Text.TextLines.Problem(text) is { } problem)
        {
            var descriptor = problem.Kind == Scene.Text.TextProblemKind.RightToLeft ? DiagnosticDescriptors.RightToLeftText : DiagnosticDescriptors.CombiningText;
            _diagnostics.Add(descriptor, _locations.Of(_record, key), key, problem.Describe());
        }
    }
}
