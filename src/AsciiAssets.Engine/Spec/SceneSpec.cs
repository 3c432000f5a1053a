using AsciiAssets.Audio;
using AsciiAssets.Registry;
using AsciiAssets.Shaders;
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
    [Doc("Move the scene's start to the nearest beat of the audio (or of the synthetic tempo without audio); the previous scene's end moves with it. Each moved start is reported when the video renders. Not on the first scene.")] bool SnapToBeat = false) : IUsesAudioFeatures
{
    bool IUsesAudioFeatures.UsesAudioFeatures => SnapToBeat;
}
