using AsciiAssets.Audio;
using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Shaders.Moods;
using AsciiAssets.Transitions;

namespace AsciiAssets.Spec;

public sealed record SceneSpec(
    [Doc("When the scene starts.")] TimeValue Start,
    [Doc("When the scene ends (exclusive).")] TimeValue End,
    [Doc("Character grids drawn bottom to top and blended.")] IReadOnlyList<LayerSpec> Layers,
    [Doc("A name for messages.")] string? Name = null,
    [Doc("Tonemap gamma: below 1 brightens mid-tones (0.75 default, 0.85 for bright scenes, 0.5 for posterized looks).")][Range(0.2, 2.0)] float Gamma = 0.75f,
    [Doc("Post-processing shaders applied in order after the tonemap.")] IReadOnlyList<ShaderParameters>? Shaders = null,
    [Doc("A feedback buffer: each frame keeps a decayed, transformed copy of the previous ones.")] FeedbackSpec? Feedback = null,
    [Doc("How the scene comes in over the previous one, during its first 'duration' (the previous scene renders on under it): crossfade, canvas_crossfade, wipe, dissolve, glitch_cut or iris. Not on the first scene.")] TransitionParameters? Transition = null,
    [Doc("Move the scene's start to the nearest beat of the audio (or of the synthetic tempo without audio); the previous scene's end moves with it. Each moved start is reported when the video renders. Not on the first scene.")] bool SnapToBeat = false,
    [Doc("A named look (cinematic, retro_terminal, dreamy, …; see Moods): a preset shader chain that runs before 'shaders'; override its keys one by one with { type: cinematic, grain_amount: 4 }.")] Mood? Mood = null) : IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => SnapToBeat;

    /// <summary>What runs after the tonemap: the mood's chain, then the scene's own shaders.</summary>
    public IReadOnlyList<ShaderParameters> ShaderChain => [.. Mood?.Expand() ?? [], .. Shaders ?? []];

    /// <summary>This scene with its mood written out as the shaders it stands for, whose keys move where the mood's do.</summary>
    public SceneSpec WithMoodExpanded() => Mood is null ? this : this with { Mood = null, Shaders = ShaderChain };
}
