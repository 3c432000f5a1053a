using AsciiAssets.Numerics;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Scene.Transforms;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Transforms;

public class CoordinateTransformTests
{
    private static float[] Values(FieldParameters field, int frame = 9) => Probe.Evaluate(field, Probe.At(frame));

    [Fact]
    public void A_zoom_of_one_leaves_a_coordinate_field_exactly_as_it_was()
    {
        var plasma = new PlasmaField();
        Values(plasma with { Transform = [new ScaleTransform(Zoom: 1)] }).Should().Equal(Values(plasma));
    }

    [Fact]
    public void A_half_turn_leaves_round_rings_as_they_were_and_turns_fire_upside_down()
    {
        var rings = new RingsField(Wobble: 0);
        var turned = Values(rings with { Transform = [new RotateTransform(Angle: 0.5f)] });
        turned.Zip(Values(rings), (a, b) => Math.Abs(a - b)).Max().Should().BeLessThan(1e-3f);

        // Fire is drawn first and resampled: after a half turn its flames hang from the top.
        var fire = Values(new FireField { Transform = [new RotateTransform(Angle: 0.5f)] });
        Probe.RowMean(fire, 48, 0, 5).Should().BeGreaterThan(Probe.RowMean(fire, 48, 22, 27) + 0.2);
    }

    [Fact]
    public void Transforms_apply_in_order()
    {
        var shiftThenZoom = Values(new PlasmaField { Transform = [new SkewTransform(X: 0.5f), new ScaleTransform(Zoom: 3)] });
        var zoomThenShift = Values(new PlasmaField { Transform = [new ScaleTransform(Zoom: 3), new SkewTransform(X: 0.5f)] });
        shiftThenZoom.Should().NotEqual(zoomThenShift);
    }

    [Fact]
    public void A_mirrored_tile_repeats_the_centre_flipped_so_the_picture_is_symmetric()
    {
        // One tile per grid height, mirrored: cells at equal distances either side of a tile border look up the same point.
        var field = new ValueNoiseField { Transform = [new TileTransform(Count: 1, Mirror: true)] };
        var grid = Probe.Grid(48, 27);
        var values = Probe.Evaluate(field, Probe.At(4));
        var border = grid.HalfHeight; // the first border right of the centre, in cell widths
        for (var r = 0; r < 27; r++)
        {
            for (var c = 0; c < 48; c++)
            {
                var i = r * 48 + c;
                var mirror = grid.Dx[i] > border ? c - (int)MathF.Round(2 * (grid.Dx[i] - border)) : -1;
                if (mirror >= 0 && Math.Abs(grid.Dx[r * 48 + mirror] - (2 * border - grid.Dx[i])) < 1e-3f)
                {
                    values[i].Should().BeApproximately(values[r * 48 + mirror], 1e-4f);
                }
            }
        }
    }

    [Fact]
    public void A_moving_transform_allocates_nothing_per_frame()
    {
        var field = Probe.Field(new FireField { Transform = [new RotateTransform(Speed: 0.3f), new WaveTransform()] });
        var smooth = Probe.Field(new PlasmaField { Transform = [new TwistTransform(Speed: 1f), new MobiusTransform()] });
        var values = new float[48 * 27];
        field.Evaluate(Probe.At(1), values);
        smooth.Evaluate(Probe.At(1), values);
        Probe.Allocated(() =>
        {
            field.Evaluate(Probe.At(2), values);
            smooth.Evaluate(Probe.At(2), values);
        }).Should().Be(0);
    }
}
