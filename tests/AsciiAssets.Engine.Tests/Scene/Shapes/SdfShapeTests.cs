using AsciiAssets.Scene;
using AsciiAssets.Scene.Fields;
using AsciiAssets.Scene.Shapes;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Shapes;

public class SdfShapeTests
{
    private static float At(SdfShape shape, float x, float y)
    {
        var distance = new float[1];
        shape.Create(1).Distance([x], [y], distance);
        return distance[0];
    }

    [Theory]
    [InlineData(0f, 0f, -0.6f)]
    [InlineData(1f, 0f, 0.4f)]
    [InlineData(0f, -0.6f, 0f)]
    public void A_circle_gives_the_signed_distance_to_its_edge(float x, float y, float expected) =>
        At(new CircleShape(), x, y).Should().BeApproximately(expected, 1e-6f);

    [Fact]
    public void Primitives_are_negative_inside_and_positive_outside()
    {
        SdfShape[] shapes = [new BoxShape(), new RingShape(), new LineShape(), new TriangleShape(), new StarShape(), new HeartShape(), new CircleShape()];
        foreach (var shape in shapes)
        {
            At(shape, 5f, 5f).Should().BeGreaterThan(0, shape.GetType().Name);
        }

        At(new BoxShape(), 0, 0).Should().BeApproximately(-0.5f, 1e-6f);
        At(new RingShape(), 0.6f, 0).Should().BeApproximately(-0.06f, 1e-6f);
        At(new TriangleShape(), 0, 0).Should().BeLessThan(0);
        At(new StarShape(), 0, -0.6f).Should().BeLessThan(0, "the top point of the star is inside");
        At(new HeartShape(), 0, 0).Should().BeLessThan(0);
        At(new HeartShape(), 0, -0.62f).Should().BeGreaterThan(0, "the notch between the lobes is outside");
    }

    [Fact]
    public void Operations_follow_their_definitions()
    {
        SdfShape a = new CircleShape(Radius: 0.5f, CenterX: -0.3f);
        SdfShape b = new CircleShape(Radius: 0.5f, CenterX: 0.3f);
        foreach (var (x, y) in new[] { (0f, 0f), (-0.6f, 0.1f), (0.7f, -0.2f), (2f, 1f) })
        {
            var (da, db) = (At(a, x, y), At(b, x, y));
            At(new UnionShape([a, b]), x, y).Should().Be(MathF.Min(da, db));
            At(new IntersectShape([a, b]), x, y).Should().Be(MathF.Max(da, db));
            At(new SubtractShape([a, b]), x, y).Should().Be(MathF.Max(da, -db));
            At(new SmoothUnionShape([a, b], 0.2f), x, y).Should().BeLessThanOrEqualTo(MathF.Min(da, db) + 1e-6f);
            At(new SmoothSubtractShape([a, b], 0.2f), x, y).Should().BeGreaterThanOrEqualTo(MathF.Max(da, -db) - 1e-6f);
        }
    }

    [Fact]
    public void Repeat_copies_the_shape_a_spacing_apart_and_stops_after_count()
    {
        var repeat = new RepeatShape(new CircleShape(Radius: 0.1f), SpacingX: 0.5f, SpacingY: 0.5f, Count: 2);
        At(repeat, 1f, 0.5f).Should().BeApproximately(-0.1f, 1e-6f);
        At(repeat, 1.5f, 0f).Should().BeApproximately(0.4f, 1e-5f, "the third copy to the right is past the count");
    }

    [Fact]
    public void A_filled_shape_is_bright_inside_and_dark_far_outside()
    {
        var values = Probe.Evaluate(new SdfField(new CircleShape(Radius: 0.4f), SdfStyle.Filled, Breathe: 0), Probe.At(3));
        values[13 * 48 + 24].Should().Be(1f);
        values[0].Should().Be(0f);
    }
}
