namespace AsciiAssets.Audio;

/// <summary>Implemented by effects that read features themselves rather than through moving parameters.</summary>
internal interface IUsesAudioFeatures
{
    bool UsesAudioFeatures { get; }
}
