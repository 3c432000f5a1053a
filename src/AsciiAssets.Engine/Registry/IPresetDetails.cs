namespace AsciiAssets.Registry;

/// <summary>
/// A registered preset whose values are not keys (a tint's colours, a mood's shader chain): what it stands for,
/// one line, shown by `list` and docs/vocabulary.md under its description.
/// </summary>
public interface IPresetDetails
{
    string Details { get; }
}
