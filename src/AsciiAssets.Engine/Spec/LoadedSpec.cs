namespace AsciiAssets.Spec;

/// <summary>A spec that parsed and validated, with the file it came from and the positions of its values.</summary>
public sealed record LoadedSpec(string Path, VideoSpec Spec, SpecLocations Locations, string Text)
{
    /// <summary>The spec's output name: 'output' or the file name without .video.yaml / .yaml.</summary>
    public string OutputName => Spec.Output ?? SpecFiles.BaseName(Path);
}
