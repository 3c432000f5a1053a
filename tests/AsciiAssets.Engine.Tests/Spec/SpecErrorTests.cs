using AsciiAssets.Diagnostics;
using AsciiAssets.Hardware;
using AsciiAssets.Plan;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Spec;

/// <summary>Every spec error path: its code, line, column and exact message.</summary>
public class SpecErrorTests
{
    private const string Valid = """
        size: 160x90
        fps: 12
        scenes:
          - name: one
            start: 0s
            end: 2s
            layers:
              - field: plasma
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { "size: [160, 90\nfps: 12\n", "(1,8): error AA1001: The spec is not valid YAML: a flow collection ([...] or {...}) is not closed." },
        { "size: '160x90\n", "(1,7): error AA1001: The spec is not valid YAML: While scanning a quoted scalar, found unexpected end of stream." },
        { Valid.Replace("fps: 12", "fsp: 12"), "(2,1): error AA1002: Unknown key 'fsp' in the spec. Did you mean 'fps'?" },
        { Valid.Replace("    layers:", "    layerz:"), "(7,5): error AA1002: Unknown key 'layerz' in scene. Did you mean 'layers'?" },
        { Valid.Replace("field: plasma", "field: { type: plasma, scael: 2 }"), "(8,32): error AA1002: Unknown key 'scael' in field 'plasma'. Did you mean 'scale'?" },
        { Valid.Replace("field: plasma", "field: plasmaa"), "(8,16): error AA1003: Unknown field 'plasmaa'. Did you mean 'plasma'?" },
        { Valid.Replace("field: plasma", "field: { type: plazma }"), "(8,24): error AA1003: Unknown field 'plazma'. Did you mean 'plasma'?" },
        { Valid.Replace("field: plasma", "field: plasma\n        grid: huge"), "(9,15): error AA1003: Unknown grid 'huge'." },
        { Valid.Replace("field: plasma", "field: plasma\n        blend: screeen"), "(9,16): error AA1003: Unknown blend 'screeen'. Did you mean 'screen'?" },
        { Valid.Replace("field: plasma", "field: plasma\n        color: { type: fixed, color: \"red\" }"), "(9,38): error AA1017: 'red' is not a colour; write \"#rrggbb\" or \"#rgb\" in quotes (unquoted, # starts a YAML comment)." },
        { Valid.Replace("field: plasma", "field: plasma\n        color:\n          type: fixed\n          color: #ff0000"), "(11,11): error AA1017: '(nothing)' is not a colour; write \"#rrggbb\" or \"#rgb\" in quotes (unquoted, # starts a YAML comment)." },
        { Valid.Replace("fps: 12", "fps: fast"), "(2,6): error AA1004: 'fps' must be a number, not 'fast'." },
        { Valid.Replace("    layers:", "    layers: plasma\n    x_layers:"), "(7,13): error AA1004: 'layers' must be a list, not 'plasma'." },
        { Valid.Replace("seed", "seed").Replace("fps: 12", "fps: 12\nseed: 1.5"), "(3,7): error AA1004: 'seed' must be a whole number, not '1.5'." },
        { Valid.Replace("    layers:\n      - field: plasma", "    gamma: 0.8"), "(4,5): error AA1005: Scene needs 'layers'." },
        { Valid.Replace("field: plasma", "field: plasma\n        opacity: 1.5"), "(9,18): error AA1006: 'opacity' is 1.5; it must be between 0 and 1." },
        { Valid.Replace("fps: 12", "fps: 12\naudio: missing.wav"), "(3,8): error AA1007: File 'missing.wav' not found" },
        { Valid.Replace("160x90", "161x90"), "(1,7): error AA1008: Size 161x90 has an odd width; H.264 in yuv420p needs even width and height." },
        { Valid.Replace("160x90", "160x91"), "(1,7): error AA1008: Size 160x91 has an odd height; H.264 in yuv420p needs even width and height." },
        { Valid.Replace("end: 2s", "end: 2 seconds"), "(6,10): error AA1009: '2 seconds' is not a time; write e.g. 2.5s, 1m20s, 500ms, 48f or a number of seconds." },
        { Valid.Replace("field: plasma", "field: plasma\n        hold: 0"), "(9,15): error AA1006: 'hold' is 0; it must be between 1 and 120." },
        { Valid.Replace("field: plasma", "field: boids\n        hold: 2"), "(9,15): error AA1150: Layer 1 of scene 'one' holds each drawing for 2 frames, but its 'boids' keeps state from frame to frame (each step follows the last), so a held drawing would depend on where a worker started." },
        { Valid.Replace("field: plasma", "field: { type: reaction_diffusion }\n        hold: 3"), "(9,15): error AA1150: Layer 1 of scene 'one' holds each drawing for 3 frames, but its 'reaction_diffusion' keeps state from frame to frame (each step follows the last), so a held drawing would depend on where a worker started." },
        { Valid.Replace("fps: 12", "fps: 0"), "(2,6): error AA1006: 'fps' is 0; it must be between 1 and 120." },
        { Valid.Replace("fps: 12", "fps: -5"), "(2,6): error AA1006: 'fps' is -5; it must be between 1 and 120." },
        { Valid.Replace("end: 2s", "end: 0s"), "(6,10): error AA1018: Scene 'one' ends at 0s, not after its start 0s." },
        { Valid.Replace("fps: 12", "fps: 12\nduration: 0s"), "(3,11): error AA1010: 'duration' must be greater than zero, not 0s." },
        { Valid + "\n  - name: two\n    start: 1s\n    end: 3s\n    layers:\n      - field: plasma\n", "(10,12): error AA1011: Scene 'two' starts at 1s, before the previous scene 'one' ends at 2s." },
        { Valid + "\n  - name: two\n    start: 2.5s\n    end: 3s\n    layers:\n      - field: plasma\n", "(10,12): error AA1012: Nothing is shown from 2s to 2.5s: between scene 'one' and scene 'two'." },
        { Valid.Replace("start: 0s", "start: 1s"), "(5,12): error AA1012: Nothing is shown from 0s to 1s: the first scene 'one' starts at 1s." },
        { Valid.Replace("fps: 12", "fps: 12\nduration: 3s"), "(3,11): error AA1012: Nothing is shown from 2s to 3s: after the last scene 'one'." },
        { Valid.Replace("fps: 12", "fps: 12\nduration: 1s"), "(7,10): error AA1024: Scene 'one' ends at 2s, after the video's duration 1s." },
        { Valid.Replace("160x90", "100000x100000"), "(1,7): error AA1013: Size 100000x100000 is too large; the limit is 7680x7680 (8K)." },
        { Valid.Replace("160x90", "8x8"), "(1,7): error AA1022: Size 8x8 is too small; each side needs at least 16 pixels." },
        { Valid.Replace("fps: 12", "fps: 12\nduration: ").Replace("end: 2s", "end: 2 s"), "(7,10): error AA1009: '2 s' is not a time; write e.g. 2.5s, 1m20s, 500ms, 48f or a number of seconds." },
        { Valid.Replace("fps: 12\n", "").Replace("end: 2s", "end: 48f"), "(5,10): error AA1025: '48f' is given in frames, so the spec needs 'fps' (otherwise its meaning would change with the quality profile)." },
        { "fps: 12\nfps: 24\n", "(2,1): error AA1016: Key 'fps' appears twice in the same mapping." },
        { "", "(1,1): error AA1023: The spec is empty." },
        { "# nothing but a comment\n", "(1,1): error AA1023: The spec is empty." },
        { Valid.Replace("160x90", "wide"), "(1,7): error AA1020: 'wide' is not a size; write WIDTHxHEIGHT (e.g. 1280x720) or a preset." },
        { Valid.Replace("160x90", "landscap"), "(1,7): error AA1020: 'landscape' is not a size".Replace("'landscape'", "'landscap'") + "; write WIDTHxHEIGHT (e.g. 1280x720) or a preset. Did you mean 'landscape'?" },
        { Valid.Replace("    layers:", "    layers: []\n    x:"), "(7,13): error AA1019: 'layers' needs at least one entry." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_code_position_and_message(string yaml, string expected)
    {
        var act = () => TestRender.Parse(yaml);

        var error = act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First();
        error.ToString().Should().StartWith(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + expected);
    }

    [Fact]
    public void Pinned_encoder_settings_win_over_the_profile()
    {
        var plan = TestRender.Plan(Valid.Replace("fps: 12", "fps: 12\ncrf: 17\npreset: slow"), AsciiAssets.Plan.QualityName.Draft);

        (plan.Profile.Crf, plan.Profile.X264Preset, plan.Width, plan.Height).Should().Be((17, "slow", 160, 90));
    }

    [Fact]
    public void Absurd_lengths_are_rejected_when_planned()
    {
        var loaded = TestRender.Parse(Valid.Replace("160x90", "3840x2160").Replace("fps: 12", "fps: 30\nduration: 10h").Replace("end: 2s", "end: 10h"));

        var act = () => RenderPlanner.Plan(loaded, new RenderOptions());

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Single().ToString()
            .Should().EndWith("(3,11): error AA1014: 1080000 frames at 3840x2160 is more than the limit of 224000 megapixel-frames (about one hour at 1080p 30 fps).");
    }

    [Fact]
    public void Every_error_of_a_spec_is_reported_at_once()
    {
        var act = () => TestRender.Parse(Valid.Replace("fps: 12", "fsp: 12").Replace("field: plasma", "field: plasmaa"));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Select(d => d.Code).Should().Equal("AA1002", "AA1003");
    }
}
