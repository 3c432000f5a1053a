namespace AsciiAssets.Audio;

/// <summary>
/// A per-frame audio feature, each normalised to [0, 1]. The YAML names are the snake_case names (low_mid, beat_decay).
/// Bands: sub 20–80 Hz, bass 80–250, low-mid 250–500, mid 500–2000, high-mid 2000–6000, high 6000 Hz and up.
/// </summary>
public enum AudioFeature
{
    /// <summary>Loudness: root mean square of the samples around the frame.</summary>
    Rms,

    /// <summary>Energy from 20 to 80 Hz (kick drums, rumble).</summary>
    Sub,

    /// <summary>Energy from 80 to 250 Hz.</summary>
    Bass,

    /// <summary>Energy from 250 to 500 Hz.</summary>
    LowMid,

    /// <summary>Energy from 500 to 2000 Hz.</summary>
    Mid,

    /// <summary>Energy from 2000 to 6000 Hz.</summary>
    HighMid,

    /// <summary>Energy from 6000 Hz up.</summary>
    High,

    /// <summary>Spectral centroid: how bright the sound is.</summary>
    Centroid,

    /// <summary>Spectral flux: how much the spectrum grew since the previous frame (onsets).</summary>
    Flux,

    /// <summary>1 on a frame with a detected beat, else 0.</summary>
    Beat,

    /// <summary>1 on a beat, falling exponentially to 5 % half a second later.</summary>
    BeatDecay,

    /// <summary>Spectral flatness (geometric over arithmetic mean of the power spectrum): high for noise, low for tones.</summary>
    Flatness,

    /// <summary>Share of the band energy in sub and bass (below 250 Hz); the three ratios sum to 1 when there is sound.</summary>
    LowRatio,

    /// <summary>Share of the band energy in low-mid and mid (250 to 2000 Hz).</summary>
    MidRatio,

    /// <summary>Share of the band energy in high-mid and high (2000 Hz up).</summary>
    HighRatio,
}
