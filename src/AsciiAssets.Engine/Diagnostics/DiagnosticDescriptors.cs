namespace AsciiAssets.Diagnostics;

/// <summary>
/// Every code the engine reports. AA1xxx: the spec or its inputs (exit code 1); AA2xxx: warnings;
/// AA3xxx: rendering, ffmpeg and the file system (exit code 3); AA4xxx: command-line usage, such as an encoder this machine cannot use (exit code 2).
/// docs/diagnostics.md lists them; a test keeps the two in step.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor MalformedYaml = new("AA1001", Severity.Error, "Malformed YAML",
        "The spec is not valid YAML: {0}", "Fix the YAML syntax at the position shown; indentation and unclosed quotes are the usual causes.");

    public static readonly DiagnosticDescriptor UnknownKey = new("AA1002", Severity.Error, "Unknown key",
        "Unknown key '{0}' in {1}.{2}", "Remove the key or correct its spelling; `dotnet ascii-assets list` shows every key with its default.");

    public static readonly DiagnosticDescriptor UnknownName = new("AA1003", Severity.Error, "Unknown name",
        "Unknown {0} '{1}'.{2}", "Use one of the names listed by `dotnet ascii-assets list`.");

    public static readonly DiagnosticDescriptor WrongType = new("AA1004", Severity.Error, "Wrong type",
        "'{0}' must be {1}, not {2}.", "Write the value in the form the message asks for.");

    public static readonly DiagnosticDescriptor MissingKey = new("AA1005", Severity.Error, "Missing key",
        "{0} needs '{1}'.", "Add the key; docs/spec-format.md shows a complete example.");

    public static readonly DiagnosticDescriptor OutOfRange = new("AA1006", Severity.Error, "Value out of range",
        "'{0}' is {1}; it must be between {2} and {3}.", "Choose a value inside the range.");

    public static readonly DiagnosticDescriptor FileNotFound = new("AA1007", Severity.Error, "Referenced file not found",
        "File '{0}' not found (looked for {1}).", "Paths are relative to the spec file; check the name and that the file exists.");

    public static readonly DiagnosticDescriptor OddSize = new("AA1008", Severity.Error, "Odd frame size",
        "Size {0}x{1} has an odd {2}; H.264 in yuv420p needs even width and height.", "Use an even number, e.g. {3}.");

    public static readonly DiagnosticDescriptor InvalidTime = new("AA1009", Severity.Error, "Invalid time",
        "'{0}' is not a time; write e.g. 2.5s, 1m20s, 500ms, 48f or a number of seconds.", "Use one of the time forms shown.");

    public static readonly DiagnosticDescriptor NotPositive = new("AA1010", Severity.Error, "Value must be positive",
        "'{0}' must be greater than zero, not {1}.", "Give a positive value.");

    public static readonly DiagnosticDescriptor ScenesOverlap = new("AA1011", Severity.Error, "Scenes overlap",
        "Scene '{0}' starts at {1}, before the previous scene '{2}' ends at {3}.", "Make each scene start where the previous one ends.");

    public static readonly DiagnosticDescriptor ScenesGap = new("AA1012", Severity.Error, "Gap between scenes",
        "Nothing is shown from {0} to {1}: {2}.", "Make scenes cover the whole video without gaps; the first starts at 0s and the last ends at the duration.");

    public static readonly DiagnosticDescriptor SizeTooLarge = new("AA1013", Severity.Error, "Frame size too large",
        "Size {0}x{1} is too large; the limit is {2}x{2} (8K).", "Choose a size up to 7680 pixels on each side.");

    public static readonly DiagnosticDescriptor VideoTooLong = new("AA1014", Severity.Error, "Video too long",
        "{0} frames at {1}x{2} is more than the limit of {3} megapixel-frames (about one hour at 1080p 30 fps).", "Shorten the video, lower its fps or its size, or split it into several specs.");

    public static readonly DiagnosticDescriptor SpecNotFound = new("AA1015", Severity.Error, "Spec not found",
        "{0}", "Pass a spec file (*.video.yaml) or a folder that contains spec files.");

    public static readonly DiagnosticDescriptor DuplicateKey = new("AA1016", Severity.Error, "Duplicate key",
        "Key '{0}' appears twice in the same mapping.", "Keep one of them.");

    public static readonly DiagnosticDescriptor InvalidColor = new("AA1017", Severity.Error, "Invalid colour",
        "'{0}' is not a colour; write \"#rrggbb\" or \"#rgb\" in quotes (unquoted, # starts a YAML comment).", "Use a quoted hex colour such as \"#33ff66\".");

    public static readonly DiagnosticDescriptor SceneEndsBeforeStart = new("AA1018", Severity.Error, "Scene ends before it starts",
        "Scene '{0}' ends at {1}, not after its start {2}.", "Give the scene an end after its start.");

    public static readonly DiagnosticDescriptor EmptyList = new("AA1019", Severity.Error, "Empty list",
        "'{0}' needs at least one entry.", "Add an entry.");

    public static readonly DiagnosticDescriptor InvalidSize = new("AA1020", Severity.Error, "Invalid size",
        "'{0}' is not a size; write WIDTHxHEIGHT (e.g. 1280x720) or a preset.{1}", "Presets: landscape, portrait, square, ultrawide, landscape4k, portrait4k.");

    public static readonly DiagnosticDescriptor DuplicateOutput = new("AA1021", Severity.Error, "Two specs write the same output",
        "'{0}' is also the output of {1}.", "Give one of the specs another 'output' name.");

    public static readonly DiagnosticDescriptor SizeTooSmall = new("AA1022", Severity.Error, "Frame size too small",
        "Size {0}x{1} is too small; each side needs at least {2} pixels.", "Choose a larger size.");

    public static readonly DiagnosticDescriptor EmptySpec = new("AA1023", Severity.Error, "Empty spec",
        "The spec is empty.", "A spec needs at least 'scenes'; docs/spec-format.md shows a complete example.");

    public static readonly DiagnosticDescriptor SceneBeyondDuration = new("AA1024", Severity.Error, "Scene beyond the duration",
        "Scene '{0}' ends at {1}, after the video's duration {2}.", "End the last scene at the duration, or remove 'duration' so the scenes decide it.");

    public static readonly DiagnosticDescriptor FramesNeedFps = new("AA1025", Severity.Error, "Frame times need a pinned fps",
        "'{0}' is given in frames, so the spec needs 'fps' (otherwise its meaning would change with the quality profile).", "Add e.g. 'fps: 24' or write the time in seconds.");

    public static readonly DiagnosticDescriptor NotBindable = new("AA1026", Severity.Error, "Parameter cannot move",
        "'{0}' of {1} cannot move per frame: {2}.", "Give it a number; `dotnet ascii-assets list` marks such parameters as fixed.");

    public static readonly DiagnosticDescriptor NotAMotion = new("AA1050", Severity.Error, "Not a motion",
        "The mapping for '{0}' is not a motion; write a number, {{ feature, min, max }}, {{ from, to, ease }} or {{ keys, ease }}.",
        "docs/spec-format.md shows each motion with an example.");

    public static readonly DiagnosticDescriptor ArcEndsBeforeStart = new("AA1051", Severity.Error, "Arc ends before it starts",
        "The arc of '{0}' ends at {1}, not after its start {2}.", "Give the arc an 'end' after its 'start' (both are times inside the scene).");

    public static readonly DiagnosticDescriptor KeyframesOutOfOrder = new("AA1052", Severity.Error, "Keyframes out of order",
        "Keyframe {1} of '{0}' is not after the keyframe before it, {2}.", "Write the keys in time order, each at a different time.");

    public static readonly DiagnosticDescriptor InvalidParameter = new("AA1053", Severity.Error, "Invalid parameter",
        "'{0}' of {1} {2}.", "The message states the effect's rule; docs/vocabulary.md describes every parameter.");

    public static readonly DiagnosticDescriptor SpecTooLarge = new("AA1027", Severity.Error, "Spec too large",
        "The spec is larger than {0}; specs are small text files.", "Split the video into several specs; a spec of more than a few kilobytes is almost always a mistake.");

    public static readonly DiagnosticDescriptor NestedTooDeeply = new("AA1028", Severity.Error, "Spec nested too deeply",
        "The spec nests lists and mappings more than {0} levels deep.", "Flatten the structure; no part of the spec format needs that depth.");

    public static readonly DiagnosticDescriptor TagNotAllowed = new("AA1029", Severity.Error, "YAML tag not allowed",
        "The YAML tag '{0}' is not allowed; a spec holds plain values.", "Remove the tag; put text in quotes if it would otherwise read as a number or true/false.");

    public static readonly DiagnosticDescriptor ControlCharacter = new("AA1030", Severity.Error, "Control character in text",
        "'{0}' contains the control character U+{1:X4}.", "Remove it; text in a spec is printable characters only.");

    public static readonly DiagnosticDescriptor InvalidOutputName = new("AA1031", Severity.Error, "Invalid output name",
        "'{0}' is not a valid output name: {1}.", "An output name is a file name without folder or extension, at most 100 characters; letters, digits, spaces, '-', '_' and '.' are safe everywhere.");

    public static readonly DiagnosticDescriptor NotARegularFile = new("AA1032", Severity.Error, "Not a readable file",
        "'{0}' cannot be read: it is {1}{2}.", "Point at an ordinary file with content; pipes, devices, folders and broken links are never read as a spec or an input.");

    public static readonly DiagnosticDescriptor InputOutsideRoot = new("AA1033", Severity.Error, "Input outside the project",
        "'{0}' is outside {1} ({2}); a spec may only read files inside it.", "Move the file into the project, or widen the root with --input-root (MSBuild: AsciiVideoInputRoot).");

    public static readonly DiagnosticDescriptor InvalidMedia = new("AA1034", Severity.Error, "Not usable media",
        "'{0}' is not {1}: {2}.", "Check that the file is what the key expects and that it plays in a media player; `ffprobe` shows what it contains.");

    public static readonly DiagnosticDescriptor InvalidUtf8 = new("AA1035", Severity.Error, "Spec is not UTF-8",
        "The spec is not valid UTF-8: {0}.", "Save the file as UTF-8 (the default of every current editor).");

    public static readonly DiagnosticDescriptor TooManyNodes = new("AA1036", Severity.Error, "Spec too big to read",
        "The spec has more than {0} YAML values once its aliases (*name) are expanded.", "Write the spec without long chains of anchors and aliases.");

    public static readonly DiagnosticDescriptor EmptyText = new("AA1037", Severity.Error, "Empty text",
        "'{0}' must not be empty.", "Give it a value, or remove the key to use the default.");

    public static readonly DiagnosticDescriptor InputTooLarge = new("AA1038", Severity.Error, "Input file too large",
        "'{0}' is {1}; inputs of this kind may be at most {2}.", "Use a smaller file (shorter, or compressed).");

    public static readonly DiagnosticDescriptor RightToLeftText = new("AA1070", Severity.Error, "Right-to-left text",
        "'{0}': {1}; text is drawn left to right, character by character, without shaping.", "Write the text in a left-to-right script, or render it as an image and use an image source.");

    public static readonly DiagnosticDescriptor CombiningText = new("AA1071", Severity.Error, "Combining characters in text",
        "'{0}': {1}; each cell holds one character.", "Use precomposed characters (é rather than e + U+0301), or render the text as an image and use an image source.");

    public static readonly DiagnosticDescriptor NotAPattern = new("AA1072", Severity.Error, "Not a file pattern",
        "'{0}' takes a pattern of files, such as frames/*.png or frames/%03d.png, not '{1}'.", "Write a wildcard (* or ?) or a number (%d, %03d) in the file name; for one image use 'file'.");

    public static readonly DiagnosticDescriptor NoFilesMatch = new("AA1073", Severity.Error, "No files match the pattern",
        "No file matches '{0}' (looked for {1}).", "Paths are relative to the spec file; check the folder and the pattern (numbered files start at 0 or 1).");

    public static readonly DiagnosticDescriptor TooManyFiles = new("AA1074", Severity.Error, "Too many files",
        "'{0}' matches more than {1} files.", "Use fewer frames, or turn the sequence into a video file and use a video source.");

    public static readonly DiagnosticDescriptor NotATerminal = new("AA1110", Severity.Error, "Output is not a terminal",
        "play draws frames on a terminal, but standard output is redirected to a file or a pipe, which has no size to draw at.", "Run play in a terminal, or give --size COLUMNSxROWS (e.g. --size 80x24) to write the frames there as ANSI text; --frames N stops after N frames.");

    public static readonly DiagnosticDescriptor TerminalSizeUnknown = new("AA1111", Severity.Error, "Terminal size unknown",
        "The terminal reports a size of {0}x{1}, too small to draw a frame on.", "Enlarge the terminal window, or give --size COLUMNSxROWS (e.g. --size 80x24).");

    public static readonly DiagnosticDescriptor DuplicateOutputKind = new("AA1130", Severity.Error, "Output kind listed twice",
        "'outputs' lists '{0}' twice; both would write {1}.", "Keep one entry per kind: each kind writes files named after the spec's output.");

    public static readonly DiagnosticDescriptor HtmlWithoutVideo = new("AA1131", Severity.Error, "HTML snippet without a video",
        "The 'html' output needs a video to play, but 'outputs' lists neither 'webm' nor 'mp4'.", "Add webm (first choice of every browser but Safari) and mp4 (the fallback) to 'outputs'.");

    public static readonly DiagnosticDescriptor PosterPastTheEnd = new("AA1132", Severity.Error, "Poster time past the end",
        "The poster's 'at' ({0}) is past the end of the video ({1}).", "Give a time inside the video, or leave 'at' out for the brightest frame.");

    public static readonly DiagnosticDescriptor HeldLayerWithState = new("AA1150", Severity.Error, "Held layer keeps state",
        "Layer {0} of scene '{1}' holds each drawing for {2} frames, but its '{3}' keeps state from frame to frame (each step follows the last), so a held drawing would depend on where a worker started.", "Remove 'hold' from this layer (its simulation then moves every frame), or hold a layer whose field is a function of time (plasma, fire, matrix_rain, ...).");

    public static readonly DiagnosticDescriptor CrossfadeTooLong = new("AA1170", Severity.Error, "Loop cross-fade too long",
        "The loop's cross-fade ({0}) must be longer than nothing and at most half the video ({1}).", "Give a cross-fade between one frame and half the video's length (1s is the default).");

    public static readonly DiagnosticDescriptor LoopNotSeamless = new("AA2070", Severity.Warning, "Loop not seamless",
        "{0} loops, but the last frame differs from the first by {1:0.0} per channel value (of 255), {2:0.0} times the median step between neighbouring frames ({3:0.0}): the seam shows. Lengthen the cross-fade (loop: {{ crossfade: 2s }}) or slow down what changes fastest.", "A cross-fade hides a seam only where the frames before the start look like the end; content that changes fast (flicker, grain, particles re-rolled every frame) needs a longer one.");

    public static readonly DiagnosticDescriptor SnippetLoopsUnloopedVideo = new("AA2071", Severity.Warning, "Looping snippet of a video that does not loop",
        "The 'html' snippet loops {0}, but its last frame differs from the first by {1:0.0} per channel value (of 255), {2:0.0} times the median step between neighbouring frames ({3:0.0}): every loop jumps. Add 'loop: true' to the spec, or set 'loop: false' on the html output.", "'loop: true' cross-fades the end into the frames before the start, so the last frame flows into the first.");

    public static readonly DiagnosticDescriptor TransitionOnFirstScene = new("AA1180", Severity.Error, "Transition on the first scene",
        "Scene '{0}' is the first scene, so its {1} transition has no scene to come from.", "Remove 'transition' here, or put it on the scene that follows: a transition belongs to the scene it brings in.");

    public static readonly DiagnosticDescriptor TransitionLongerThanScene = new("AA1181", Severity.Error, "Transition longer than its scene",
        "The {0} transition of scene '{1}' lasts {2}, longer than the scene ({3}).", "A transition takes the start of the scene it is written on: shorten its 'duration' or lengthen the scene.");

    public static readonly DiagnosticDescriptor TransitionUnderOneFrame = new("AA1182", Severity.Error, "Transition shorter than a frame",
        "The {0} transition of scene '{1}' lasts {2}, less than one frame at {3} fps.", "Give it at least one frame (a longer time, or 1f with a pinned fps), or remove the transition for a hard cut.");

    public static readonly DiagnosticDescriptor SnapOnFirstScene = new("AA1183", Severity.Error, "Beat snap on the first scene",
        "Scene '{0}' is the first scene: its start is the video's start and cannot move to a beat.", "Remove 'snap_to_beat' here; put it on a later scene, whose start is a cut between two scenes.");

    public static readonly DiagnosticDescriptor SnappedSceneShorterThanTransition = new("AA1184", Severity.Error, "Snapped scene shorter than its transition",
        "Moved to the beat at {0}, scene '{1}' is {2} frames long, shorter than its {3} transition ({4} frames).", "Shorten the transition, lengthen the scene, or remove 'snap_to_beat' so the scene starts where it is written.");

    public static readonly DiagnosticDescriptor NoBeatToSnapTo = new("AA2080", Severity.Warning, "No beat to snap to",
        "Scene '{0}' snaps to the beat, but {1} has no beat between {2} and {3} (after the previous scene's start, before this scene's end); it starts at {4} as written.", "Use audio with clear beats (without audio the spec's tempo gives them), or remove 'snap_to_beat'.");

    public static readonly DiagnosticDescriptor SnappedToBeat = new("AA2081", Severity.Message, "Scene start moved to a beat",
        "Scene '{0}' starts at {1} (frame {2}) instead of {3}, the nearest beat of {4}; scene '{5}' ends there.", "The spec keeps its written times; remove 'snap_to_beat' to cut where written.");

    public static readonly DiagnosticDescriptor MissingGlyphs = new("AA2001", Severity.Warning, "Characters missing from the font",
        "The font has no glyph for {0}; they are left out of palette '{1}'.", "Use characters one of the bundled fonts (DejaVu Sans Mono, M+ 1 Code) can draw, or ignore the warning.");

    public static readonly DiagnosticDescriptor MissingTextGlyphs = new("AA2005", Severity.Warning, "Characters missing from the text's font",
        "The font {1} has no glyph for {0}; those characters are left blank.", "Use a font that has them (the 'font' key), or characters the bundled DejaVu Sans Mono can draw.");

    public static readonly DiagnosticDescriptor DarkSection = new("AA2002", Severity.Warning, "Dark section",
        "{0} is dark from {1} to {2}: mean brightness {3:0.0} of 255, below {4}.", "Lower the scene's 'gamma', use denser palettes or larger grids, or add a layer; very dark video looks broken on most screens.");

    public static readonly DiagnosticDescriptor PreviewPastTheEnd = new("AA2004", Severity.Warning, "Preview time past the end",
        "--at {0} is past the end of the video ({1}); the last frame, at {2}, is shown.", "Give a time inside the video; `dotnet ascii-assets info <spec>` shows its length.");

    public static readonly DiagnosticDescriptor MediaNotChecked = new("AA2003", Severity.Warning, "Inputs not checked",
        "The input files were not checked: {0}.", "Install ffmpeg (which includes ffprobe) where specs are validated, or ignore the warning; render checks them anyway.");

    public static readonly DiagnosticDescriptor CellsTooSmall = new("AA2020", Severity.Warning, "Characters too small to read",
        "This layer's '{0}' grid draws glyphs {1} px high at {2}x{3}; below {4} px characters blur into noise.", "Use a larger grid (lg, xl, xxl) or a larger frame: a grid's font is its size at 1080p scaled by the frame's short side (md is 16 px at 1080p, 6 px at 360p). docs/spec-format.md gives the sizes.");

    public static readonly DiagnosticDescriptor OutputOverBudget = new("AA2030", Severity.Warning, "Output over its size budget",
        "{0} runs at {1} Mbit/s of video, {2:0}% over its {3} (the check allows {4:0}% over).", "Content that is new every frame (grain, characters re-rolled each frame, dense particles) costs bits no encoder can save, and a capped encoder at its coarsest quantizer can go no lower: hold or slow it where the look allows, lower the output's size or fps, or raise its max_rate. docs/spec-format.md, \"Size budgets\", gives each kind's budget and what enforces it.");

    public static readonly DiagnosticDescriptor SharedCacheFailed = new("AA2040", Severity.Warning, "Shared cache not used",
        "The shared cache at {0} failed ({1}); this run goes on without it, rendering what the local cache does not have.", "Check the server and the credentials (ASCII_ASSETS_CACHE_TOKEN, or ASCII_ASSETS_CACHE_USER and ASCII_ASSETS_CACHE_PASSWORD); the outputs are correct either way.");

    public static readonly DiagnosticDescriptor NoRequestedOutput = new("AA2050", Severity.Warning, "No requested output in the spec",
        "{0} lists none of the outputs asked for ({1}); it has {2}, and nothing is written for it.", "Name kinds the spec lists in --output, or add them to its 'outputs'.");

    public static readonly DiagnosticDescriptor NoAlphaInOutput = new("AA2055", Severity.Warning, "Output cannot carry alpha",
        "'{0}' cannot carry alpha{1}: with 'background: transparent' it shows the frames over black.", "For transparency use webm (VP9 with alpha, for web overlays), mov (ProRes 4444, for editors), png or spritesheet (RGBA, for games); keep '{0}' where an opaque copy is wanted, and give an mp4 or a poster a 'matte' (e.g. the page's background colour) to show the frames over that colour instead of black.");

    public static readonly DiagnosticDescriptor MatteOnOpaqueSpec = new("AA2056", Severity.Warning, "Matte on an opaque spec",
        "'{0}' has a 'matte', but the spec is opaque: a matte shows only where a 'background: transparent' spec's frames are transparent, so this one changes nothing.", "Remove 'matte', or set 'background: transparent' if the video is meant to be an overlay.");

    public static readonly DiagnosticDescriptor FfmpegNotFound = new("AA3001", Severity.Error, "ffmpeg not found",
        "ffmpeg was not found ({0}). Install it: Debian/Ubuntu `sudo apt-get install ffmpeg`; macOS `brew install ffmpeg`; Windows `winget install Gyan.FFmpeg`. Or point --ffmpeg or ASCII_ASSETS_FFMPEG at the executable.",
        "Install ffmpeg or tell AsciiAssets where it is.");

    public static readonly DiagnosticDescriptor FfmpegFailed = new("AA3002", Severity.Error, "ffmpeg failed",
        "ffmpeg failed while {0}: {1}", "Read ffmpeg's message; `dotnet ascii-assets info` shows which ffmpeg is used and its encoders.");

    public static readonly DiagnosticDescriptor Cancelled = new("AA3003", Severity.Error, "Render cancelled",
        "The render of {0} was cancelled; the previous output is unchanged.", "Run the render again.");

    public static readonly DiagnosticDescriptor OutputNotWritten = new("AA3004", Severity.Error, "Output not written",
        "Could not write '{0}': {1}", "Check that the folder exists, is writable and the file is not open in another program.");

    public static readonly DiagnosticDescriptor InternalError = new("AA3005", Severity.Error, "Internal error",
        "Internal error while rendering {0}: {1}", "This is a bug in AsciiAssets; please report it with the spec.");

    public static readonly DiagnosticDescriptor ProcessNotResponding = new("AA3006", Severity.Error, "ffmpeg not responding",
        "{0} did not finish within {1} while {2}; it was stopped.", "Check that the executable is a working ffmpeg (run it with -version in a terminal), or point --ffmpeg or ASCII_ASSETS_FFMPEG at another one.");

    public static readonly DiagnosticDescriptor EncoderStalled = new("AA3007", Severity.Error, "ffmpeg stalled",
        "ffmpeg made no progress for {0} while {1}; it was stopped, and the previous output is unchanged.", "A hung encoder or a full disk are the usual causes; for very slow presets raise --stall-timeout (MSBuild: AsciiVideoStallTimeout).");

    public static readonly DiagnosticDescriptor OutputCheckFailed = new("AA3008", Severity.Error, "Output failed its check",
        "{0} failed its check after encoding: {1}; the previous output is unchanged.", "ffmpeg reported success for a file that is not what was asked for; `dotnet ascii-assets info` shows the ffmpeg in use.");

    public static readonly DiagnosticDescriptor AlphaCheckFailed = new("AA3035", Severity.Error, "Output lost its alpha",
        "{0} failed its alpha check after encoding: {1}; the previous output is unchanged.", "The spec is transparent and this kind keeps alpha, but the file does not; `dotnet ascii-assets info` shows the ffmpeg in use (libvpx-vp9 and prores_ks keep alpha in every ffmpeg since 4.3).");

    public static readonly DiagnosticDescriptor SegmentsNotCached = new("AA3020", Severity.Error, "Segments not in the cache",
        "{0} cannot be joined: {1} are not in the cache.", "Run every shard (render --shard i/N) against the same --cache-url first, or render without join to make the missing segments.");

    public static readonly DiagnosticDescriptor OutputEncoderMissing = new("AA3030", Severity.Error, "Encoder missing for an output",
        "The '{0}' output needs ffmpeg's {1} encoder, which {2} does not have.", "Install an ffmpeg built with it (Debian/Ubuntu's and Homebrew's ffmpeg have libvpx-vp9, libsvtav1 and libwebp), point --ffmpeg at one, or choose another codec or kind.");

    public static readonly DiagnosticDescriptor InvalidOption = new("AA4001", Severity.Error, "Invalid command-line option",
        "{0}", "Run the command with --help to see its options.");

    public static readonly DiagnosticDescriptor EncoderTrialFailed = new("AA4002", Severity.Error, "Encoder failed its trial",
        "The {0} encoder failed a one-frame trial encode on this machine ({1}); use --encoder auto or libx264 (in MSBuild, AsciiVideoEncoder or Encoder metadata).",
        "Choose `auto` (the first hardware encoder that passes its trial, else libx264) or `libx264`; `dotnet ascii-assets info` shows each hardware encoder's trial.");

    public static readonly DiagnosticDescriptor DistributedNeedsQuality = new("AA4010", Severity.Error, "Shards need a fixed quality",
        "--shard and join need a fixed quality: 'auto' measures each machine, so shards would plan different videos.", "Give --quality (draft, preview, production or max), or 'quality:' in every spec.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
