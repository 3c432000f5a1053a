using AsciiAssets.Frames;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Rendering;

public class FrameRendererTests
{
    private const string Busy = """
        size: 192x108
        fps: 12
        seed: 3
        scenes:
          - start: 0s
            end: 4s
            layers:
              - field: { type: plasma, scale: 2 }
                grid: md
              - field: matrix_rain
                grid: sm
                palette: dense
                color: { type: palette, name: mono_green }
                blend: screen
              - field: embers
                grid: xs
                color: { type: oklch }
                blend: add
                opacity: 0.7
            shaders: [bloom, vignette, grain, crt, scanlines]
            feedback: { decay: 0.75, opacity: 0.5, transform: zoom }
        """;

    [Fact]
    public void Allocates_nothing_per_frame()
    {
        var plan = TestRender.Plan(Busy);
        using var renderer = new FrameRenderer(plan);
        using var frame = new FrameBuffer(plan.Width, plan.Height);
        renderer.Render(0, frame);
        renderer.Render(1, frame);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var f = 2; f < 12; f++)
        {
            renderer.Render(f, frame);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void A_frame_rendered_out_of_order_equals_the_same_frame_rendered_in_order()
    {
        var plan = TestRender.Plan(Busy);
        byte[] inOrder;
        using (var renderer = new FrameRenderer(plan))
        using (var frame = new FrameBuffer(plan.Width, plan.Height))
        {
            for (var f = 0; f <= 30; f++)
            {
                renderer.Render(f, frame);
            }

            inOrder = frame.Pixels.ToArray();
        }

        TestRender.Frame(plan, 30).Should().Equal(inOrder, "feedback replays enough frames to reach the same state");
    }

    [Fact]
    public void Characters_the_font_lacks_are_named_in_a_warning_at_the_palette()
    {
        var plan = TestRender.Plan(Busy.Replace("palette: dense", "palette: { type: custom, chars: \" .ᚠoᛟ@\" }"));
        using var renderer = new FrameRenderer(plan);

        renderer.Warnings.Where(w => w.Code == "AA2001").Select(w => w.ToString()).Should().Equal(
            $"{Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml")}(12,18): warning AA2001: The font has no glyph for 'ᚠ' (U+16A0), 'ᛟ' (U+16DF); they are left out of palette 'custom'.");
    }

    [Fact]
    public void Grids_too_small_to_read_are_named_in_a_warning_at_their_grid()
    {
        var spec = "size: 640x360\nscenes:\n  - start: 0s\n    end: 1s\n    layers:\n      - field: plasma\n        grid: md\n      - field: rings\n        grid: xl\n";
        using var small = new FrameRenderer(TestRender.Plan(spec));
        using var large = new FrameRenderer(TestRender.Plan(spec.Replace("640x360", "1280x720")));

        small.Warnings.Select(w => w.ToString()).Should().Equal(
            $"{Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml")}(7,15): warning AA2020: This layer's 'md' grid draws glyphs 6 px high at 640x360; below 8 px characters blur into noise.");
        large.Warnings.Should().BeEmpty("md is 11 px at 720p");
    }

    [Fact]
    public void A_draft_of_a_size_preset_is_judged_at_the_presets_full_size()
    {
        var spec = "size: landscape\nscenes:\n  - start: 0s\n    end: 1s\n    layers:\n      - field: plasma\n        grid: sm\n";
        var draft = TestRender.Plan(spec, QualityName.Draft);
        using var drafted = new FrameRenderer(draft);
        using var pinned = new FrameRenderer(TestRender.Plan(spec.Replace("landscape", $"{draft.Width}x{draft.Height}"), QualityName.Draft));

        draft.Width.Should().BeLessThan(1920, "the draft profile scales the preset down");
        drafted.Warnings.Should().BeEmpty("sm is 10 px at the 1080p the spec asks for");
        pinned.Warnings.Select(w => w.Code).Should().Equal(new[] { "AA2020" }, "a pinned size is the size");
    }
}
