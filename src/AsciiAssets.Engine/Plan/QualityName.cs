namespace AsciiAssets.Plan;

public enum QualityName
{
    Auto,
    Draft,
    Preview,
    Production,
    Max,
}

/// <summary>How much post-processing a profile affords; each shader declares the lowest level it runs at.</summary>
public enum ShaderLevel
{
    Minimal,
    Standard,
    Full,
}

/// <summary>Particle caps come in three tiers (the reference's low / standard / high).</summary>
public enum ParticleTier
{
    Low,
    Standard,
    High,
}
