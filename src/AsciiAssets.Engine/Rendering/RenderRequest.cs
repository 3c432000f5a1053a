using AsciiAssets.Encode;
using AsciiAssets.Plan;

namespace AsciiAssets.Rendering;

/// <summary>One spec to render. Output, quality and encoder, when set, override the session's options for this spec.</summary>
public sealed record RenderRequest(string SpecPath, string? OutputPath = null, QualityName? Quality = null, EncoderChoice? Encoder = null);
