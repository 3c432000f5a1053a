using AsciiAssets.Diagnostics;
using AsciiAssets.Glyphs;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Animations;
using AsciiAssets.Scene.Sources;
using AsciiAssets.Scene.Text;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Sources;

public class TextSourceTests
{
    private static string Spec(string source, string layer = "grid: xxl\ncolor: { type: fixed, color: \"#ffffff\" }") =>
        TestRender.LayerSpec($"source: {source}\n{layer}", size: "320x180");

    public static TheoryData<string, int, string> Goldens => new()
    {
        { "{ type: text, text: \"HELLO\" }", 0, "674c61bccb8dd441" },
        { "{ type: text, lines: [\"ASCII\", \"art\"], align: left, x: 0.3, y: 0.3 }", 0, "1144850c38ff8aec" },
        { "{ type: text, text: \"TYPEWRITER\", animation: { type: typewriter, duration: 2 } }", 12, "276b04930830679d" },
        { "{ type: text, text: \"FADE\", animation: { type: fade, duration: 2 } }", 12, "5a7a7d59a43b1a18" },
        { "{ type: text, text: \"FLASH\", animation: { type: flash, duration: 2, rate: 3 } }", 5, "bd665e8d8616e60f" },
        { "{ type: text, text: \"SCATTER\", animation: { type: scatter, duration: 2, spread: 10, ease: out_cubic } }", 6, "80132605ca554dc6" },
        { "{ type: text, text: \"WAVE WAVE\", animation: { type: wave, height: 2, speed: 0.5 } }", 18, "0092e1b5171f29bd" },
        { "{ type: text, text: \"BIG\", mode: stencil, size: 0.6 }", 0, "9489fbef846b5e68" },
        { "{ type: text, text: \"FADE\", mode: stencil, size: 0.6, animation: { type: fade, duration: 2 } }", 12, "ab39025a2ce8fca5" },
        { "{ type: text, text: \"FLASH\", mode: stencil, size: 0.5, animation: { type: flash, duration: 2, rate: 3 } }", 5, "f060bc5d42cc17a6" },
    };

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Matches_golden_hash(string source, int frame, string expected) =>
        TestRender.ShouldMatchGolden(Spec(source), frame, expected);

    [Fact]
    public void A_stencil_filled_with_a_field_matches_its_golden_hash() =>
        TestRender.ShouldMatchGolden(TestRender.LayerSpec("field: plasma\ngrid: sm\npalette: dense\nmask: { type: text_stencil, text: \"TITLE\", size: 0.5 }", size: "320x180"), 3, "d8d4a0da7aa14d73");

    [Fact]
    public void Grid_text_is_centred_one_character_per_cell_and_nothing_else_shows()
    {
        var (executor, cells, atlas, grid) = Probe.Source(new TextSource(Text: "HELLO"));
        executor.Render(Probe.At(0), cells);

        var shown = Enumerable.Range(0, cells.Count).Where(i => cells.Coverage[i] > 0).ToArray();
        shown.Select(i => atlas.Characters[cells.Glyphs[i]]).Should().Equal("H", "E", "L", "L", "O");
        shown.Select(i => i / grid.Columns).Distinct().Should().Equal(grid.Rows / 2);
        var left = shown[0] % grid.Columns;
        (grid.Columns - (left + 5)).Should().BeInRange(left - 1, left + 1, "the word is centred");
        shown.Should().OnlyContain(i => cells.Values[i] == 1f && cells.Coverage[i] == 1f);
    }

    [Fact]
    public void A_typewriter_shows_letters_in_reading_order_over_its_duration()
    {
        var source = new TextSource(Lines: ["ab", "cd"], Animation: new TypewriterAnimation { Duration = 2 });
        var (executor, cells, atlas, _) = Probe.Source(source);
        string Shown(double seconds)
        {
            executor.Render(Probe.AtSeconds(seconds), cells);
            return string.Concat(Enumerable.Range(0, cells.Count).Where(i => cells.Coverage[i] > 0).Select(i => atlas.Characters[cells.Glyphs[i]]));
        }

        Shown(0).Should().BeEmpty();
        Shown(0.5).Should().Be("a");
        Shown(1).Should().Be("ab");
        Shown(1.5).Should().Be("abc");
        Shown(2).Should().Be("abcd");
        Shown(9).Should().Be("abcd");
    }

    [Fact]
    public void A_fade_raises_coverage_with_its_eased_progress_after_its_delay()
    {
        var source = new TextSource(Text: "x", Animation: new FadeAnimation { Delay = 1, Duration = 2, Ease = AsciiAssets.Motion.Easing.InQuad });
        var (executor, cells, _, _) = Probe.Source(source);
        float Coverage(double seconds)
        {
            executor.Render(Probe.AtSeconds(seconds), cells);
            return cells.Coverage.Max();
        }

        Coverage(0.5).Should().Be(0);
        Coverage(2).Should().BeApproximately(0.25f, 1e-6f);
        Coverage(3).Should().Be(1);
    }

    [Fact]
    public void A_flash_blinks_during_its_duration_and_then_stays()
    {
        var flash = new FlashAnimation(Rate: 2) { Duration = 2 };
        bool On(float seconds) => flash.Letter(flash.Clock(seconds), 0, 1, 7).Visible;

        new[] { 0.1f, 0.3f, 0.6f, 0.8f, 1.1f }.Select(On).Should().Equal(true, false, true, false, true);
        On(2.6f).Should().BeTrue();
        On(-0.1f).Should().BeFalse();
    }

    [Fact]
    public void Scattered_letters_start_away_from_their_places_and_arrive_at_the_end()
    {
        var scatter = new ScatterAnimation(Spread: 20) { Duration = 1 };
        var start = Enumerable.Range(0, 10).Select(i => scatter.Letter(scatter.Clock(0), i, 10, 7)).ToArray();
        var end = Enumerable.Range(0, 10).Select(i => scatter.Letter(scatter.Clock(1), i, 10, 7)).ToArray();

        start.Should().OnlyContain(l => Math.Abs(l.Columns) + Math.Abs(l.Rows) >= 3);
        start.Select(l => (l.Columns, l.Rows)).Distinct().Should().HaveCountGreaterThan(5, "each letter has its own direction");
        end.Should().OnlyContain(l => l.Columns == 0 && l.Rows == 0 && l.Coverage == 1f);
    }

    [Fact]
    public void A_wave_moves_rows_along_the_text_and_keeps_going()
    {
        var wave = new WaveAnimation(Height: 2, Speed: 1, Length: 8) { Duration = 0.5f };
        int[] Rows(float seconds) => Enumerable.Range(0, 8).Select(i => wave.Letter(wave.Clock(seconds), i, 8, 7).Rows).ToArray();

        Rows(0).Should().OnlyContain(r => r == 0, "its height grows in from 0");
        Rows(3.1f).Distinct().Should().HaveCountGreaterThan(2);
        Rows(3.1f).Should().NotEqual(Rows(3.35f), "the wave travels");
    }

    [Fact]
    public void A_stencil_covers_its_letters_and_follows_x()
    {
        var (executor, cells, _, grid) = Probe.Source(new TextSource(Text: "I", Mode: TextMode.Stencil, Size: 0.8f, X: 0.25f));
        executor.Render(Probe.At(0), cells);
        var covered = Enumerable.Range(0, cells.Count).Where(i => cells.Values[i] > 0.5f).ToArray();

        covered.Should().NotBeEmpty();
        covered.Select(i => i % grid.Columns).Average().Should().BeApproximately(grid.Columns * 0.25, 2);
        cells.Glyphs.Should().OnlyContain(g => g == LayerCells.PaletteGlyph, "a stencil is drawn with the palette");
        Enumerable.Range(0, cells.Count).Where(i => cells.Values[i] == 0).Should().OnlyContain(i => cells.Coverage[i] == 0, "around the letters the layers below show");
    }

    [Fact]
    public void A_font_file_is_read_from_its_bytes()
    {
        var path = Path.Combine(TestImages.Folder, "bundled-copy.ttf");
        Directory.CreateDirectory(TestImages.Folder);
        File.WriteAllBytes(path, FontFace.FileBytes.ToArray());
        var relative = Path.GetRelativePath(Path.Combine(Path.GetTempPath(), "ascii-assets-tests"), path);

        TestRender.FrameHash(Spec($"{{ type: text, text: \"Same\", font: \"{relative}\" }}"), 0)
            .Should().Be(TestRender.FrameHash(Spec("{ type: text, text: \"Same\" }"), 0), "the bundled font's own bytes draw the same glyphs");
    }

    [Fact]
    public void A_decomposed_accent_is_drawn_as_its_precomposed_character() =>
        TestRender.FrameHash(Spec("{ type: text, text: \"cafe\u0301\" }"), 0).Should().Be(TestRender.FrameHash(Spec("{ type: text, text: \"café\" }"), 0));

    [Fact]
    public void Characters_the_font_lacks_are_a_warning_at_the_text()
    {
        using var renderer = new AsciiAssets.Rendering.FrameRenderer(TestRender.Plan(Spec("{ type: text, text: \"Aアイ\" }")));

        renderer.Warnings.Where(w => w.Code == "AA2005").Select(w => w.ToString()).Should().Equal(
            Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + "(9,37): warning AA2005: The font DejaVu Sans Mono has no glyph for 'ア' (U+30A2), 'イ' (U+30A4); those characters are left blank.");
    }

    [Theory]
    [InlineData("{ type: text, text: \"שלום\" }", "(9,37): error AA1070: 'text': 'ש' (U+05E9) is right-to-left text, which is not supported; text is drawn left to right, character by character, without shaping.")]
    [InlineData("{ type: text, lines: [\"ok\", \"مرحبا\"] }", "(9,38): error AA1070: 'lines': 'م' (U+0645) is right-to-left text, which is not supported; text is drawn left to right, character by character, without shaping.")]
    [InlineData("{ type: text, text: \"q\u0303\" }", "(9,37): error AA1071: 'text': 'q\u0303' has the combining mark U+0303 and no precomposed form, which is not supported; each cell holds one character.")]
    [InlineData("{ type: text }", "(9,17): error AA1053: 'text' of source 'text' is missing: a text source needs 'text' or 'lines'.")]
    [InlineData("{ type: text, text: a, lines: [b] }", "(9,47): error AA1053: 'lines' of source 'text' cannot go with 'text': give one of them.")]
    [InlineData("{ type: text, text: a, mode: stencil, animation: typewriter }", "(9,66): error AA1053: 'animation' of source 'text' 'typewriter' moves single characters, so it needs mode grid; a stencil takes fade or flash.")]
    public void Text_it_cannot_draw_is_an_error_at_its_key(string source, string expected)
    {
        var act = () => TestRender.Parse(Spec(source));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.First().ToString()
            .Should().Be(Path.Combine(Path.GetTempPath(), "ascii-assets-tests", "test.video.yaml") + expected);
    }
}
