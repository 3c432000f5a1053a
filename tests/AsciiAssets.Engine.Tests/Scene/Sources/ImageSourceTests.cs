using System.Reflection;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Pictures;
using AsciiAssets.Scene.Sources;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;
using Xunit.Abstractions;

namespace AsciiAssets.Tests.Scene.Sources;

public class ImageSourceTests(ITestOutputHelper output)
{
    private static readonly string Root = typeof(ImageSourceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The sample project's logo: a gradient disc and ring with the letters knocked out, on transparency.</summary>
    private static readonly string Logo = TestFiles.Write("logo.png", File.ReadAllBytes(Path.Combine(Root, "sample-project", "videos", "logo.png")));

    private static string Spec(string source, string layer = "grid: sm\npalette: dense\ncolor: source", string size = "320x180") =>
        TestRender.LayerSpec($"source: {{ type: image, file: \"{TestFiles.Relative(Logo)}\"{source} }}\n{layer}", size: size);

    public static TheoryData<string, string, string> Goldens => new()
    {
        { "", "grid: sm\npalette: dense\ncolor: source", "7ae4e58fd26e7898" },
        { ", gamma: 0.6, contrast: 1.4", "grid: sm\npalette: dense\ncolor: source", "0c8082087dc5406f" },
        { ", invert: true", "grid: sm\npalette: dense\ncolor: source", "8dee16f81a3f13b1" },
        { ", dither: ordered", "grid: sm\npalette: minimal\ncolor: source", "2ad88944d4bcf27f" },
        { ", dither: diffusion", "grid: sm\npalette: minimal\ncolor: source", "d6010eb0f4ce0b6b" },
        { ", mode: edge", "grid: sm\ncolor: source", "3794bc9d93332cc0" },
        { ", mode: edge, edge_chars: box, edge_threshold: 0.3", "grid: sm\ncolor: source", "7724cf9acfb653dc" },
        { ", mode: shape", "grid: sm\npalette: dense\ncolor: source", "955b7b9e798e3934" },
        { ", mode: shape", "grid: sm\npalette: dense\ncolor: { type: fixed, color: \"#ffcc66\" }", "30aa7b184340e4e4" },
        { ", fit: cover, scale: 1.5, x: 0.3, y: 0.6", "grid: sm\npalette: dense\ncolor: { type: source, saturation: 1.8 }", "1d6a1188e7dfd61a" },
        { ", fit: stretch", "grid: sm\npalette: dense\ncolor: source", "67907fb44d5e997f" },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Matches_golden_hash(string source, string layer, string expected) => TestRender.ShouldMatchGolden(Spec(source, layer), 0, expected);

    [Theory]
    [InlineData("normal", "d0d58d3f5ff560e9")]
    [InlineData("screen", "4f4a2cce3b66825f")]
    [InlineData("multiply", "8731e93916b0e43d")]
    public void Its_transparency_shows_the_layer_below(string blend, string expected)
    {
        var yaml = $$"""
            size: 320x180
            fps: 12
            scenes:
              - start: 0s
                end: 2s
                layers:
                  - field: plasma
                    palette: blocks
                  - source: { type: image, file: "{{TestFiles.Relative(Logo)}}", scale: 0.8 }
                    grid: sm
                    palette: dense
                    color: source
                    blend: {{blend}}
            """;
        TestRender.ShouldMatchGolden(yaml, 2, expected);
    }

    [Fact]
    public void Transparent_cells_are_uncovered_and_opaque_ones_keep_the_picture_colour()
    {
        var (executor, cells, _, grid) = Probe.Source(new ImageSource(File: new InputFile("logo.png", Logo)));
        executor.Render(Probe.At(0), cells);

        // The frame's corners lie outside the disc (transparent), its centre between the letters inside it.
        cells.Coverage[0].Should().Be(0);
        cells.Coverage[^1].Should().Be(0);
        var middle = grid.Rows / 5 * grid.Columns + grid.Columns / 2;
        cells.Coverage[middle].Should().BeGreaterThan(0.9f);
        var color = cells.Colors[middle];
        (color.R + color.G + color.B).Should().BeGreaterThan(300, "the gradient is light there");
        cells.Values[middle].Should().BeGreaterThan(0.5f);
    }

    [Fact]
    public void A_sequence_shows_its_frames_at_its_frame_rate_and_loops_or_holds()
    {
        var frames = TestImages.Sequence("sequence", 3);
        string[] Pictures(SequenceEnd end)
        {
            var (executor, cells, _, _) = Probe.Source(new ImageSource(Frames: frames, FrameRate: 4, End: end));
            return Enumerable.Range(0, 16).Where(f => f % 3 == 0).Select(f =>
            {
                executor.Render(Probe.At(f), cells);
                return TestRender.Hash(cells.Values.SelectMany(BitConverter.GetBytes).ToArray());
            }).ToArray();
        }

        // 12 fps, 4 frames a second: each picture for 3 frames.
        var looped = Pictures(SequenceEnd.Loop);
        looped.Distinct().Should().HaveCount(3);
        looped[3].Should().Be(looped[0]);
        var held = Pictures(SequenceEnd.Hold);
        held[2..].Should().OnlyContain(h => h == held[2]);
    }

    [Fact]
    public void A_sequence_pattern_names_its_files_in_order()
    {
        TestImages.Sequence("pattern", 3);
        var numbered = TestRender.Parse(TestRender.LayerSpec($"source: {{ type: image, frames: \"{TestFiles.Relative(Path.Combine(TestImages.Folder, "pattern-%03d.png"))}\" }}")).Spec;
        var wildcard = TestRender.Parse(TestRender.LayerSpec($"source: {{ type: image, frames: \"{TestFiles.Relative(Path.Combine(TestImages.Folder, "pattern-*.png"))}\" }}")).Spec;

        foreach (var spec in new[] { numbered, wildcard })
        {
            ((ImageSource)spec.Scenes[0].Layers[0].Source!).Frames!.Select(f => Path.GetFileName(f.FullPath)).Should().Equal("pattern-000.png", "pattern-001.png", "pattern-002.png");
            SpecInputs.Files(spec).Select(f => f.Key).Should().Equal("frames", "frames", "frames");
        }
    }

    [Fact]
    public void A_still_image_is_sampled_once_and_later_frames_allocate_nothing()
    {
        var (executor, cells, _, _) = Probe.Source(new ImageSource(File: new InputFile("logo.png", Logo)) { Mode = PictureMode.Shape });
        executor.Render(Probe.At(0), cells);
        Probe.Allocated(() =>
        {
            for (var f = 1; f < 10; f++)
            {
                executor.Render(Probe.At(f), cells);
            }
        }).Should().Be(0);
    }

    /// <summary>
    /// Shape matching must resemble the picture more than the luminance ramp does: SSIM of the rendered frame's luma
    /// against the picture itself (placed the same way, over black), as rendered and seen from further away (both blurred
    /// by half a cell, where the strokes of the characters merge). docs/benchmarks.md has the figures at 1080p.
    /// </summary>
    [Theory]
    [InlineData("640x360", "md")]
    [InlineData("640x360", "xxl")]
    [InlineData("1920x1080", "md")]
    public void Shape_mode_resembles_the_picture_more_than_luminance_mode(string size, string grid)
    {
        (double Sharp, double Seen) Score(string mode)
        {
            var plan = TestRender.Plan(Spec($", mode: {mode}", $"grid: {grid}\npalette: dense\ncolor: {{ type: fixed, color: \"#ffffff\", floor: 0 }}", size));
            var frame = Ssim.Luma(TestRender.Frame(plan, 0));
            var reference = Reference(plan.Width, plan.Height);
            var cell = AsciiAssets.Rendering.LayerRenderer.AtlasFor(plan.Spec.Scenes[0].Layers[0], plan.Width, plan.Height).CellWidth;
            return (Ssim.Of(frame, reference, plan.Width, plan.Height), Ssim.Of(frame, reference, plan.Width, plan.Height, cell / 2.0));
        }

        var luminance = Score("luminance");
        var shape = Score("shape");
        output.WriteLine($"SSIM at {size}, grid {grid}: luminance {luminance.Sharp:0.0000} (blurred {luminance.Seen:0.0000}), shape {shape.Sharp:0.0000} (blurred {shape.Seen:0.0000})");
        shape.Sharp.Should().BeGreaterThan(luminance.Sharp);
        shape.Seen.Should().BeGreaterThan(luminance.Seen + 0.01);
    }

    /// <summary>The logo fitted to the frame as the image source places it, over black, as luma.</summary>
    private static float[] Reference(int width, int height)
    {
        var picture = ImageFile.Load(Logo, Math.Max(width, height));
        var (w, h) = Placement.Fitted(PictureFit.Contain, picture.Width, picture.Height, width, height);
        var placement = Placement.Of(picture.Width, picture.Height, w, h, width, height, 0.5f, 0.5f);
        var luma = new float[width * height];
        Span<float> rgba = stackalloc float[4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                picture.Sample((x + 0.5f) * placement.ScaleX + placement.OffsetX, (y + 0.5f) * placement.ScaleY + placement.OffsetY, placement.ScaleX, placement.ScaleY, rgba);
                luma[y * width + x] = 0.299f * rgba[0] + 0.587f * rgba[1] + 0.114f * rgba[2];
            }
        }

        return luma;
    }
}
