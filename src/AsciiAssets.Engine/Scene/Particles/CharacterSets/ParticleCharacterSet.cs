namespace AsciiAssets.Scene.Particles.CharacterSets;

/// <summary>
/// The particle character sets: palettes for particle layers, where a value is a particle's brightness, so a set
/// runs from a faint speck to its boldest mark (ordered by measured ink, like every named palette).
/// </summary>
public abstract record ParticleCharacterSet : CharacterPalette;
