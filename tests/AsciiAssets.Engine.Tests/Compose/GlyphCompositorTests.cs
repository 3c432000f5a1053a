using AsciiAssets.Compose;
using AsciiAssets.Frames;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Numerics;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Compose;

public class GlyphCompositorTests
{
    private static readonly string[] Characters = { " ", ".", ":", "+", "#", "@" };

    // Widths that leave a margin and end rows on partial vectors; font sizes for one, two, three and five vectors a glyph row.
    public static TheoryData<int, int, int> Layouts => new()
    {
        { 203, 117, 9 },
        { 203, 117, 14 },
        { 646, 362, 24 },
        { 331, 97, 40 },
        { 64, 48, 5 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Paint_overwrites_every_pixel_as_drawing_onto_a_cleared_frame_would(int width, int height, int fontPixels)
    {
        var (grid, atlas, glyphs, colors) = Cells(width, height, fontPixels, seed: 1);
        using var cleared = new FrameBuffer(width, height);
        using var dirty = new FrameBuffer(width, height);
        cleared.Clear();
        GlyphCompositor.Paint(cleared, grid, atlas, glyphs, colors);
        dirty.Pixels.Fill(173);
        GlyphCompositor.Paint(dirty, grid, atlas, glyphs, colors);

        dirty.Pixels.ToArray().Should().Equal(cleared.Pixels.ToArray());
        cleared.Pixels.ToArray().Should().Contain(b => b > 0, "the cells have ink");
        MarginIsBlack(cleared, grid, atlas).Should().BeTrue();
    }

    [Theory]
    [InlineData("screen", 1f, 9)]
    [InlineData("add", 0.7f, 14)]
    [InlineData("lighten", 0.5f, 24)]
    [InlineData("difference", 1f, 40)]
    [InlineData("subtract", 0.3f, 9)]
    [InlineData("colordodge", 1f, 14)]
    [InlineData("colordodge", 0.6f, 40)]
    public void Blend_gives_what_painting_a_layer_and_blending_it_gives(string mode, float opacity, int fontPixels)
    {
        const int Width = 331;
        const int Height = 197;
        var (grid, atlas, glyphs, colors) = Cells(Width, Height, fontPixels, seed: 2);
        var blend = Probe.Default<BlendMode>(mode);
        using var below = Below(Width, Height);
        using var direct = Below(Width, Height);
        using var layer = new FrameBuffer(Width, Height);

        GlyphCompositor.Paint(layer, grid, atlas, glyphs, colors);
        LayerBlender.Blend(below, layer, blend, opacity);
        GlyphCompositor.Blend(direct, grid, atlas, glyphs, colors, blend, opacity);

        direct.Pixels.ToArray().Should().Equal(below.Pixels.ToArray());
        using var untouched = Below(Width, Height);
        direct.Pixels.ToArray().Should().NotEqual(untouched.Pixels.ToArray(), "the layer changes the frame");
    }

    [Theory]
    [InlineData("multiply", 1f, 9)]
    [InlineData("darken", 0.6f, 14)]
    [InlineData("colorburn", 1f, 40)]
    public void A_mode_that_draws_on_white_blends_glyphs_on_white_paper_through_its_inverse_form(string mode, float opacity, int fontPixels)
    {
        const int Width = 331;
        const int Height = 197;
        var (grid, atlas, glyphs, colors) = Cells(Width, Height, fontPixels, seed: 4);
        var blend = Probe.Default<BlendMode>(mode);
        var inverse = colors.Select(c => new Rgb24((byte)(255 - c.R), (byte)(255 - c.G), (byte)(255 - c.B))).ToArray();
        using var below = Below(Width, Height);
        using var direct = Below(Width, Height);
        using var paper = new FrameBuffer(Width, Height);

        // The reference: the glyphs in their colours on white, i.e. the inverse of the inverted glyphs on black.
        GlyphCompositor.Paint(paper, grid, atlas, glyphs, inverse);
        foreach (ref var value in paper.Pixels)
        {
            value = (byte)(255 - value);
        }

        LayerBlender.Blend(below, paper, blend, opacity);
        GlyphCompositor.Blend(direct, grid, atlas, glyphs, inverse, blend.OfInverse, opacity);

        direct.Pixels.ToArray().Should().Equal(below.Pixels.ToArray());
        using var untouched = Below(Width, Height);
        direct.Pixels.ToArray().Should().NotEqual(untouched.Pixels.ToArray(), "the ink changes the frame");
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("multiply")]
    [InlineData("darken")]
    [InlineData("overlay")]
    public void Blend_refuses_modes_whose_black_changes_what_is_below(string mode)
    {
        var (grid, atlas, glyphs, colors) = Cells(64, 48, 9, seed: 3);
        using var frame = new FrameBuffer(64, 48);

        var blend = () => GlyphCompositor.Blend(frame, grid, atlas, glyphs, colors, Probe.Default<BlendMode>(mode), 1f);

        blend.Should().Throw<ArgumentException>();
    }

    private static (Grid Grid, GlyphAtlas Atlas, ushort[] Glyphs, Rgb24[] Colors) Cells(int width, int height, int fontPixels, uint seed)
    {
        var atlas = GlyphAtlas.Get(fontPixels, Characters);
        var grid = new Grid(width, height, atlas.CellWidth, atlas.CellHeight);
        var glyphs = new ushort[grid.CellCount];
        var colors = new Rgb24[grid.CellCount];
        for (var i = 0; i < grid.CellCount; i++)
        {
            var h = Hash.Combine(seed, (uint)i);
            glyphs[i] = (ushort)(h % (uint)atlas.Count);
            // Every fifth cell black, so blank cells are skipped or painted black.
            colors[i] = i % 5 == 0 ? default : new Rgb24((byte)(h >> 8), (byte)(h >> 16), (byte)(h >> 24));
        }

        return (grid, atlas, glyphs, colors);
    }

    private static FrameBuffer Below(int width, int height)
    {
        var frame = new FrameBuffer(width, height);
        var pixels = frame.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 7 % 251);
        }

        return frame;
    }

    private static bool MarginIsBlack(FrameBuffer frame, Grid grid, GlyphAtlas atlas)
    {
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var inside = x >= grid.OffsetX && x < grid.OffsetX + grid.Columns * atlas.CellWidth
                    && y >= grid.OffsetY && y < grid.OffsetY + grid.Rows * atlas.CellHeight;
                var o = y * frame.Stride + x * 3;
                if (!inside && (frame.Pixels[o] | frame.Pixels[o + 1] | frame.Pixels[o + 2]) != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
