using AsciiAssets.Diagnostics;
using AsciiAssets.Shaders;
using AsciiAssets.Spec;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

/// <summary>What the colour, tone and geometry shaders promise, on small frames whose answer is known.</summary>
public class ColorShaderTests
{
    private static byte AllValues(int x, int y, int c) => (byte)((x + 3 * y + 85 * c) % 256);

    private static byte[] Shaded(ShaderParameters shader, int width = 37, int height = 23)
    {
        using var frame = ShaderTestKit.Apply(shader, ShaderTestKit.Frame(width, height, AllValues));
        return frame.Pixels.ToArray();
    }

    private static byte[] Original(int width = 37, int height = 23)
    {
        using var frame = ShaderTestKit.Frame(width, height, AllValues);
        return frame.Pixels.ToArray();
    }

    [Fact]
    public void Threshold_leaves_only_black_and_full_channels_split_at_its_level() =>
        Shaded(new ThresholdShader(100)).Should().Equal(Original().Select(v => v >= 100 ? (byte)255 : (byte)0));

    [Fact]
    public void Solarize_inverts_only_above_its_threshold() =>
        Shaded(new SolarizeShader(128)).Should().Equal(Original().Select(v => v > 128 ? (byte)(255 - v) : v));

    [Theory]
    [InlineData(0.5f)]
    [InlineData(2f)]
    public void Gamma_keeps_black_and_white_and_moves_the_middle_its_way(float gamma)
    {
        var map = new GammaShader(gamma);
        var values = Shaded(map);
        var original = Original();
        for (var i = 0; i < values.Length; i++)
        {
            if (original[i] is 0 or 255)
            {
                values[i].Should().Be(original[i]);
            }
            else if (original[i] == 128)
            {
                (values[i] > 128).Should().Be(gamma < 1);
            }
        }
    }

    [Fact]
    public void Contrast_and_brightness_of_one_and_zero_leave_the_frame()
    {
        Shaded(new ContrastShader(1f)).Should().Equal(Original());
        Shaded(new BrightnessShader(0f)).Should().Equal(Original());
        Shaded(new ContrastShader(0f)).Should().OnlyContain(v => v == 128, "no contrast is mid-grey");
    }

    [Fact]
    public void Levels_maps_its_black_and_white_points_to_black_and_white()
    {
        var values = Shaded(new LevelsShader(40, 200));
        var original = Original();
        for (var i = 0; i < values.Length; i++)
        {
            values[i].Should().Be(original[i] <= 40 ? (byte)0 : original[i] >= 200 ? (byte)255 : values[i]);
        }
    }

    [Fact]
    public void Levels_with_white_not_above_black_is_an_error_at_white()
    {
        var act = () => TestRender.Parse(ShaderTestKit.Spec("[{ type: levels, black: 200, white: 100 }]"));

        act.Should().Throw<AsciiAssetsException>().Which.Diagnostics.Should().ContainSingle()
            .Which.ToString().Should().Contain("error AA1053: 'white' of shader 'levels' is 100, not above 'black' (200)");
    }

    [Fact]
    public void Saturation_zero_makes_every_pixel_grey_and_one_leaves_the_frame()
    {
        var grey = Shaded(new SaturationShader(0f));
        for (var i = 0; i < grey.Length; i += 3)
        {
            (Math.Abs(grey[i] - grey[i + 1]) <= 1 && Math.Abs(grey[i + 1] - grey[i + 2]) <= 1).Should().BeTrue($"pixel {i / 3} is grey");
        }

        Shaded(new SaturationShader(1f)).Should().Equal(Original());
    }

    [Fact]
    public void Hue_rotate_of_a_whole_turn_leaves_the_frame_and_a_third_sends_red_towards_green()
    {
        Shaded(new HueRotateShader(360f)).Zip(Original()).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1);
        using var red = ShaderTestKit.Apply(new HueRotateShader(120f), ShaderTestKit.Frame(4, 1, (x, y, c) => c == 0 ? (byte)200 : (byte)0));
        (ShaderTestKit.At(red, 0, 0, 1) > ShaderTestKit.At(red, 0, 0, 0)).Should().BeTrue("red turned a third of the way round is mostly green");
    }

    [Fact]
    public void Channel_swap_bgr_exchanges_red_and_blue()
    {
        var values = Shaded(new ChannelSwapShader(ChannelOrder.Bgr));
        var original = Original();
        for (var i = 0; i < values.Length; i += 3)
        {
            (values[i], values[i + 1], values[i + 2]).Should().Be((original[i + 2], original[i + 1], original[i]));
        }
    }

    [Fact]
    public void Color_ramp_gives_its_end_colours_to_black_and_white()
    {
        var dark = new RgbColor(10, 20, 30);
        var light = new RgbColor(250, 240, 230);
        using var frame = ShaderTestKit.Apply(new ColorRampShader(dark, null, light), ShaderTestKit.Frame(2, 1, (x, y, c) => x == 0 ? (byte)0 : (byte)255));

        (ShaderTestKit.At(frame, 0, 0, 0), ShaderTestKit.At(frame, 0, 0, 1), ShaderTestKit.At(frame, 0, 0, 2)).Should().Be((10, 20, 30));
        (ShaderTestKit.At(frame, 1, 0, 0), ShaderTestKit.At(frame, 1, 0, 1), ShaderTestKit.At(frame, 1, 0, 2)).Should().Be((250, 240, 230));
    }

    [Fact]
    public void Moving_a_parameter_rebuilds_the_matrix()
    {
        var shader = new SaturationShader(1f);
        var executor = shader.Create(new ShaderSetup(37, 23, 7));
        using var first = ShaderTestKit.Frame(37, 23, AllValues);
        executor.Apply(first, Probe.At(0));
        first.Pixels.ToArray().Should().Equal(Original());

        var moved = shader with { Amount = 0f };
        typeof(SaturationShader).GetProperty(nameof(SaturationShader.Amount))!.SetValue(shader, 0f);
        using var second = ShaderTestKit.Frame(37, 23, AllValues);
        executor.Apply(second, Probe.At(1));
        second.Pixels.ToArray().Should().Equal(Shaded(moved));
    }

    [Theory]
    [InlineData("mirror_h")]
    [InlineData("mirror_v")]
    [InlineData("mirror_quad")]
    public void Mirrors_are_symmetric(string name)
    {
        using var frame = ShaderTestKit.Apply(Probe.Default<ShaderParameters>(name), ShaderTestKit.SyntheticFrame());
        var (w, h) = (frame.Width, frame.Height);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (mx, my) = (name == "mirror_v" ? x : w - 1 - x, name == "mirror_h" ? y : h - 1 - y);
                if (ShaderTestKit.At(frame, x, y) != ShaderTestKit.At(frame, mx, my))
                {
                    ShaderTestKit.At(frame, x, y).Should().Be(ShaderTestKit.At(frame, mx, my), $"({x}, {y}) mirrors ({mx}, {my})");
                }
            }
        }
    }

    [Fact]
    public void Pixelate_gives_every_block_one_colour()
    {
        using var frame = ShaderTestKit.Apply(new PixelateShader(8), ShaderTestKit.SyntheticFrame());
        for (var y = 0; y < 88; y++)
        {
            for (var x = 0; x < 160; x++)
            {
                ShaderTestKit.At(frame, x, y, 1).Should().Be(ShaderTestKit.At(frame, x / 8 * 8, y / 8 * 8, 1));
            }
        }
    }

    [Fact]
    public void Channel_shift_moves_red_left_and_blue_right_and_keeps_green()
    {
        using var frame = ShaderTestKit.Apply(new ChannelShiftShader(2), ShaderTestKit.Frame(10, 1, (x, y, c) => (byte)(10 * x + c)));

        ShaderTestKit.At(frame, 3, 0, 0).Should().Be(50, "red comes from two pixels to the right");
        ShaderTestKit.At(frame, 3, 0, 1).Should().Be(31, "green stays");
        ShaderTestKit.At(frame, 3, 0, 2).Should().Be(12, "blue comes from two pixels to the left");
        ShaderTestKit.At(frame, 9, 0, 0).Should().Be(0, "past the edge is black");
        ShaderTestKit.At(frame, 0, 0, 2).Should().Be(0);
    }

    [Fact]
    public void Wave_distort_moves_rows_differently_and_with_time()
    {
        using var early = ShaderTestKit.Apply(new WaveDistortShader(0.05f), ShaderTestKit.SyntheticFrame(), 3);
        using var late = ShaderTestKit.Apply(new WaveDistortShader(0.05f), ShaderTestKit.SyntheticFrame(), 9);

        early.Pixels.ToArray().Should().NotEqual(late.Pixels.ToArray());
    }

    [Fact]
    public void Chromatic_aberration_keeps_green_and_the_centre_and_moves_red_and_blue_towards_the_edges()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        using var frame = ShaderTestKit.Apply(new ChromaticAberrationShader(0.05f), ShaderTestKit.SyntheticFrame());

        for (var i = 1; i < frame.Pixels.Length; i += 3)
        {
            frame.Pixels[i].Should().Be(original.Pixels[i]);
        }

        ShaderTestKit.At(frame, 80, 45, 0).Should().Be(ShaderTestKit.At(original, 80, 45, 0));
        frame.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray());
    }

    [Fact]
    public void Glitch_bands_hold_their_bands_for_hold_frames_then_draw_new_ones()
    {
        byte[] At(int frame)
        {
            using var shaded = ShaderTestKit.Apply(new GlitchBandsShader(Amount: 0.5f, Hold: 4), ShaderTestKit.SyntheticFrame(), frame);
            return shaded.Pixels.ToArray();
        }

        At(8).Should().Equal(At(11));
        At(8).Should().NotEqual(At(12));
    }

    [Fact]
    public void Static_is_new_every_frame_and_none_at_amount_zero()
    {
        using var first = ShaderTestKit.Apply(new StaticShader(0.5f), ShaderTestKit.SyntheticFrame(), 3);
        using var second = ShaderTestKit.Apply(new StaticShader(0.5f), ShaderTestKit.SyntheticFrame(), 4);
        using var none = ShaderTestKit.Apply(new StaticShader(0f), ShaderTestKit.SyntheticFrame(), 3);
        using var original = ShaderTestKit.SyntheticFrame();

        first.Pixels.ToArray().Should().NotEqual(second.Pixels.ToArray());
        none.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
    }

    [Fact]
    public void Held_static_is_the_same_within_a_window_of_hold_frames_and_new_in_the_next()
    {
        byte[] At(int frame, int hold)
        {
            using var shaded = ShaderTestKit.Apply(new StaticShader(0.5f, Hold: hold), ShaderTestKit.SyntheticFrame(), frame);
            return shaded.Pixels.ToArray();
        }

        At(9, 2).Should().Equal(At(8, 2));
        At(10, 2).Should().NotEqual(At(9, 2));
        At(8, 2).Should().Equal(At(4, 1), "window 4 draws what frame 4 draws without a hold");
        Golden.Check(At(14, 4), ShaderTestKit.SyntheticWidth, ShaderTestKit.SyntheticHeight, "bdbc89c96053b3ee", "ColorShaderTests.static_hold4.f14");
    }

    [Fact]
    public void Pixel_sort_keeps_every_rows_pixels_and_orders_its_bright_runs()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        using var frame = ShaderTestKit.Apply(new PixelSortShader(40), ShaderTestKit.SyntheticFrame());

        frame.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray());
        for (var y = 0; y < frame.Height; y++)
        {
            Pixels(frame.Row(y)).Order().Should().Equal(Pixels(original.Row(y)).Order(), $"row {y} holds the same pixels");
        }

        static IEnumerable<int> Pixels(ReadOnlySpan<byte> row)
        {
            var pixels = new List<int>();
            for (var i = 0; i < row.Length; i += 3)
            {
                pixels.Add((row[i] << 16) | (row[i + 1] << 8) | row[i + 2]);
            }

            return pixels;
        }
    }

    [Fact]
    public void Color_wobble_leaves_the_frame_at_time_zero_and_turns_hues_later()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        using var start = ShaderTestKit.Apply(new ColorWobbleShader(), ShaderTestKit.SyntheticFrame(), 0);
        using var later = ShaderTestKit.Apply(new ColorWobbleShader(), ShaderTestKit.SyntheticFrame(), 6);

        start.Pixels.ToArray().Zip(original.Pixels.ToArray()).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1);
        later.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray());
    }

    [Fact]
    public void Block_glitch_and_data_bend_hold_for_hold_frames()
    {
        foreach (var shader in new ShaderParameters[] { new BlockGlitchShader(Hold: 4), new DataBendShader(Hold: 4) })
        {
            using var a = ShaderTestKit.Apply(shader, ShaderTestKit.SyntheticFrame(), 8);
            using var b = ShaderTestKit.Apply(shader, ShaderTestKit.SyntheticFrame(), 11);
            using var c = ShaderTestKit.Apply(shader, ShaderTestKit.SyntheticFrame(), 12);
            a.Pixels.ToArray().Should().Equal(b.Pixels.ToArray());
            a.Pixels.ToArray().Should().NotEqual(c.Pixels.ToArray());
        }
    }

    [Fact]
    public void Soft_focus_never_darkens_and_leaves_the_frame_at_amount_zero()
    {
        using var original = ShaderTestKit.SyntheticFrame();
        using var soft = ShaderTestKit.Apply(new SoftFocusShader(), ShaderTestKit.SyntheticFrame());
        using var none = ShaderTestKit.Apply(new SoftFocusShader(Amount: 0f), ShaderTestKit.SyntheticFrame());

        soft.Pixels.ToArray().Zip(original.Pixels.ToArray()).Should().OnlyContain(p => p.First >= p.Second);
        soft.Pixels.ToArray().Should().NotEqual(original.Pixels.ToArray());
        none.Pixels.ToArray().Should().Equal(original.Pixels.ToArray());
    }

    [Fact]
    public void Halftone_draws_a_full_dot_in_white_with_black_corners_and_no_dot_in_black()
    {
        using var frame = ShaderTestKit.Apply(new HalftoneShader(8), ShaderTestKit.Frame(16, 8, (x, y, c) => x < 8 ? (byte)255 : (byte)0));

        ShaderTestKit.At(frame, 4, 4).Should().Be(255, "the white cell's centre is inside its dot");
        ShaderTestKit.At(frame, 0, 0).Should().Be(0, "the dot is round, so the corner is black");
        ShaderTestKit.At(frame, 12, 4).Should().Be(0, "a black cell has no dot");
    }
}
