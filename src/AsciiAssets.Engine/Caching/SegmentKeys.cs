using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AsciiAssets.Encode;
using AsciiAssets.Motion;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using YamlDotNet.RepresentationModel;

namespace AsciiAssets.Caching;

/// <summary>A segment with the content key of its encoded file and what the key is made of.</summary>
/// <param name="Components">Named parts of the key (hashes or short texts): what `--explain` compares with the last render.</param>
public sealed record KeyedSegment(Segment Segment, string Key, IReadOnlyDictionary<string, string> Components);

/// <summary>
/// Content keys (SHA-256, as the bazel-remote layout uses) for a plan's encoded segments and its finished output. A
/// segment's key holds everything its pixels and bytes depend on: the engine and the font, ffmpeg and the encoder
/// with its arguments, the frame size and rate and profile, the segment's frames and where they sit in their scene,
/// the spec's keys outside the scenes, its own scene (normalized YAML: comments and formatting do not count), the
/// bytes of every file that scene reads (for a segment with frames of a transition, the previous scene's too, since
/// those frames render it), and the audio when the spec follows its features. Frames only ever read
/// their own scene (stateful effects replay from inside it) and, in a transition, the one before, so editing one
/// scene changes the keys of its segments and of the next scene's transition segments only. The output's key adds
/// the join: every segment key in order, the audio and the video's length.
/// </summary>
public static class SegmentKeys
{
    /// <summary>
    /// Spec keys that reach the frames through the plan, or not at all (the output's name; audio is muxed at the join;
    /// the outputs list, whose kinds' settings are in the keys of their own tracks, so adding a GIF re-renders no MP4 segment).
    /// </summary>
    private static readonly string[] NotInSegments = { "scenes", "output", "audio", "quality", "crf", "preset", "outputs", "loop" };

    public static (IReadOnlyList<KeyedSegment> Segments, string OutputKey) For(RenderPlan plan, IReadOnlyList<Segment> segments, FfmpegInstall ffmpeg)
    {
        var root = (YamlMappingNode)Parse(plan.Source.Text);
        var scenes = (YamlSequenceNode)root.Children[new YamlScalarNode("scenes")];
        var outside = new YamlMappingNode(root.Children.Where(p => !NotInSegments.Contains(((YamlScalarNode)p.Key).Value)));
        var encoder = EncodeSettings.From(plan);
        var audio = plan.Spec.Audio is { } file ? Fingerprint.HashFile(file.FullPath) : "none";
        var shared = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["engine"] = Fingerprint.EngineIdentity,
            ["font"] = Fingerprint.FontIdentity,
            ["ffmpeg"] = ffmpeg.Version(),
            ["encoder"] = string.Join(' ', encoder.InputArguments.Concat(encoder.VideoArguments)),
            ["frames"] = FormattableString.Invariant($"{plan.Width}x{plan.Height}@{plan.Fps} shaders={plan.Profile.ShaderLevel} particles={plan.Profile.ParticleTier}"),
            ["spec"] = Hash(Serialize(outside)),
            // Features are analysed over the whole track: a video that follows them depends on all of it.
            ["audio features"] = MovingParameters.UseAudioFeatures(plan.Spec) ? audio : "none",
        };
        var sceneParts = plan.Scenes.Select(scene => SceneParts(scene, scenes.Children[scene.Index]).ToArray()).ToArray();
        // A scene's frames after its transition do not depend on it: editing the transition re-renders only its own segments.
        var afterTransition = plan.Scenes.Select(scene => SceneParts(scene, Without((YamlMappingNode)scenes.Children[scene.Index], "transition")).ToArray()).ToArray();
        var keyed = segments.Select(segment =>
        {
            var scene = plan.SceneAt(segment.StartFrame);
            var components = new SortedDictionary<string, string>(shared, StringComparer.Ordinal)
            {
                ["segment"] = FormattableString.Invariant($"frames {segment.StartFrame}-{segment.EndFrame} of scene {scene.Index} ({scene.StartFrame}-{scene.EndFrame})"),
            };
            var inTransition = scene.TransitionFrames > 0 && scene.InTransition(segment.StartFrame);
            foreach (var (name, value) in inTransition ? sceneParts[scene.Index] : afterTransition[scene.Index])
            {
                components[name] = value;
            }

            AddLoop(plan, segment, scene, sceneParts[0], components);

            // A segment with frames of a transition renders the previous scene too, past its end.
            if (inTransition)
            {
                var outgoing = plan.Scenes[scene.Index - 1];
                components["transition from"] = FormattableString.Invariant($"scene {outgoing.Index} ({outgoing.StartFrame}-{outgoing.EndFrame}) over frames {scene.StartFrame}-{scene.StartFrame + scene.TransitionFrames}");
                foreach (var (name, value) in sceneParts[outgoing.Index])
                {
                    components["outgoing " + name] = value;
                }
            }

            return new KeyedSegment(segment, Hash(Describe(components)), components);
        }).ToArray();

        var join = string.Join('\n', keyed.Select(k => k.Key)) + FormattableString.Invariant($"\naudio={audio}\nseconds={plan.DurationSeconds:R}\nffmpeg={ffmpeg.Version()}");
        // The whole MP4 is joined from its own track's segments: an MP4 on a matte is another video of the same segments.
        var mp4Track = Encode.Outputs.OutputKind.Mp4Of(plan)?.Track(plan);
        if (mp4Track is { KeyPart.Length: > 0 })
        {
            join += "\ntrack=" + mp4Track.KeyPart;
        }

        return (keyed, Hash(join));
    }

    /// <summary>
    /// A loop changes the segments that hold its cross-fade, which also read the first scene (its frames before the
    /// start), and, where the first scene has state (feedback, simulations), that scene's segments, whose state then
    /// starts before frame 0. No other segment: turning a loop on re-renders only those.
    /// </summary>
    private static void AddLoop(RenderPlan plan, Segment segment, ScenePlan scene, IEnumerable<(string Name, string Value)> firstScene, IDictionary<string, string> components)
    {
        if (plan.LoopFrames == 0)
        {
            return;
        }

        var fadeStart = plan.FrameCount - plan.LoopFrames;
        if (segment.EndFrame > fadeStart)
        {
            components["loop"] = FormattableString.Invariant($"frames {fadeStart}-{plan.FrameCount} fade into the {plan.LoopFrames} before the start");
            foreach (var (name, value) in firstScene)
            {
                components["before the start: " + name] = value;
            }
        }

        if (scene.Index == 0 && HasState(scene.Spec))
        {
            components["loop state"] = FormattableString.Invariant($"the first scene's state starts {plan.LoopFrames} frames before the start and warms up");
        }
    }

    private static bool HasState(SceneSpec scene) =>
        scene.Feedback is not null || Registry.SpecTree.Records(scene).Any(r => r is Frames.IStatefulParameters);

    /// <summary>A scene's YAML and the bytes of the files it names.</summary>
    private static IEnumerable<(string Name, string Value)> SceneParts(ScenePlan scene, YamlNode node)
    {
        yield return ("scene", Hash(Serialize(node)));
        foreach (var input in SpecInputs.Files(scene.Spec))
        {
            yield return ($"file {input.Key}:{input.File.Text}", Fingerprint.HashFile(input.File.FullPath));
        }
    }

    /// <summary>The mapping without one key; the node itself when it has none, so keys of scenes without it stay as they were.</summary>
    private static YamlMappingNode Without(YamlMappingNode node, string key) =>
        node.Children.ContainsKey(new YamlScalarNode(key)) ? new(node.Children.Where(p => ((YamlScalarNode)p.Key).Value != key)) : node;

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string Describe(IReadOnlyDictionary<string, string> components) =>
        string.Concat(components.Select(c => c.Key + "=" + c.Value + "\n"));

    private static YamlNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    private static string Serialize(YamlNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
