using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Shapes;

/// <summary>Golden frames of every shape and operation in each of the sdf field's three styles.</summary>
public class SdfGoldenTests
{
    [Theory]
    [InlineData("{ type: sdf, style: filled, shape: circle }", 5, "5c7f460ee3af4a58")]
    [InlineData("{ type: sdf, style: outline, shape: circle }", 5, "3a49511abbff90cb")]
    [InlineData("{ type: sdf, style: glow, shape: circle }", 5, "1362f1271d1276a0")]
    [InlineData("{ type: sdf, style: filled, shape: { type: box, corner: 0.2 } }", 5, "31ef5748adb657a7")]
    [InlineData("{ type: sdf, style: outline, shape: { type: box, corner: 0.2 } }", 5, "f8aa21c4fd7ec4bc")]
    [InlineData("{ type: sdf, style: glow, shape: { type: box, corner: 0.2 } }", 5, "527d0b012131d115")]
    [InlineData("{ type: sdf, style: filled, shape: ring }", 5, "e999836daa052359")]
    [InlineData("{ type: sdf, style: outline, shape: ring }", 5, "e1396a4c6fd11f44")]
    [InlineData("{ type: sdf, style: glow, shape: ring }", 5, "6338f33ce0d3843a")]
    [InlineData("{ type: sdf, style: filled, shape: line }", 5, "6e42a8822eba0d8a")]
    [InlineData("{ type: sdf, style: outline, shape: line }", 5, "7c85c069e0b56258")]
    [InlineData("{ type: sdf, style: glow, shape: line }", 5, "df1888e578e4cbea")]
    [InlineData("{ type: sdf, style: filled, shape: triangle }", 5, "54d083857c7bc8c3")]
    [InlineData("{ type: sdf, style: outline, shape: triangle }", 5, "44df6bdc459f1e2a")]
    [InlineData("{ type: sdf, style: glow, shape: triangle }", 5, "11dd65ee17b21f7e")]
    [InlineData("{ type: sdf, style: filled, shape: star }", 5, "cdef00bdc8f5451b")]
    [InlineData("{ type: sdf, style: outline, shape: star }", 5, "e27f2c3bf1698125")]
    [InlineData("{ type: sdf, style: glow, shape: star }", 5, "9872d89b5bce25f3")]
    [InlineData("{ type: sdf, style: filled, shape: heart }", 5, "0341b612c77875d3")]
    [InlineData("{ type: sdf, style: outline, shape: heart }", 5, "b17a31d3e0a953d1")]
    [InlineData("{ type: sdf, style: glow, shape: heart }", 5, "520ee47cfbe9b772")]
    [InlineData("{ type: sdf, style: filled, shape: { type: union, shapes: [{ type: circle, radius: 0.4, center_x: -0.5 }, { type: box, width: 0.3, height: 0.3, center_x: 0.5 }] } }", 5, "b2d7b9e79d019eaa")]
    [InlineData("{ type: sdf, style: outline, shape: { type: union, shapes: [{ type: circle, radius: 0.4, center_x: -0.5 }, { type: box, width: 0.3, height: 0.3, center_x: 0.5 }] } }", 5, "ae86b28b7717c6d3")]
    [InlineData("{ type: sdf, style: glow, shape: { type: union, shapes: [{ type: circle, radius: 0.4, center_x: -0.5 }, { type: box, width: 0.3, height: 0.3, center_x: 0.5 }] } }", 5, "f6db36bf8c2b52a2")]
    [InlineData("{ type: sdf, style: filled, shape: { type: intersect, shapes: [{ type: circle, center_x: -0.3 }, { type: circle, center_x: 0.3 }] } }", 5, "84c85de6ae82ac71")]
    [InlineData("{ type: sdf, style: outline, shape: { type: intersect, shapes: [{ type: circle, center_x: -0.3 }, { type: circle, center_x: 0.3 }] } }", 5, "491d8e568686f1fd")]
    [InlineData("{ type: sdf, style: glow, shape: { type: intersect, shapes: [{ type: circle, center_x: -0.3 }, { type: circle, center_x: 0.3 }] } }", 5, "fcacaa6fa03de526")]
    [InlineData("{ type: sdf, style: filled, shape: { type: subtract, shapes: [box, { type: circle, radius: 0.4 }] } }", 5, "269d5cc0a6cacb78")]
    [InlineData("{ type: sdf, style: outline, shape: { type: subtract, shapes: [box, { type: circle, radius: 0.4 }] } }", 5, "c8792712656a4115")]
    [InlineData("{ type: sdf, style: glow, shape: { type: subtract, shapes: [box, { type: circle, radius: 0.4 }] } }", 5, "f66630847422c65f")]
    [InlineData("{ type: sdf, style: filled, shape: { type: smooth_union, shapes: [{ type: circle, radius: 0.4, center_x: -0.3 }, { type: circle, radius: 0.3, center_x: 0.3 }] } }", 5, "b1c6e110c3aae21e")]
    [InlineData("{ type: sdf, style: outline, shape: { type: smooth_union, shapes: [{ type: circle, radius: 0.4, center_x: -0.3 }, { type: circle, radius: 0.3, center_x: 0.3 }] } }", 5, "e3e156131dd28204")]
    [InlineData("{ type: sdf, style: glow, shape: { type: smooth_union, shapes: [{ type: circle, radius: 0.4, center_x: -0.3 }, { type: circle, radius: 0.3, center_x: 0.3 }] } }", 5, "b5fe2eae84f06813")]
    [InlineData("{ type: sdf, style: filled, shape: { type: smooth_subtract, shapes: [box, { type: circle, radius: 0.4, center_x: 0.4 }] } }", 5, "817fa000c99b2b06")]
    [InlineData("{ type: sdf, style: outline, shape: { type: smooth_subtract, shapes: [box, { type: circle, radius: 0.4, center_x: 0.4 }] } }", 5, "0cebdce7a16e7c3e")]
    [InlineData("{ type: sdf, style: glow, shape: { type: smooth_subtract, shapes: [box, { type: circle, radius: 0.4, center_x: 0.4 }] } }", 5, "e04be1e620a149af")]
    [InlineData("{ type: sdf, style: filled, shape: { type: repeat, spacing_x: 0.5, spacing_y: 0.5, count: 2, shape: { type: star, radius: 0.2 } } }", 5, "1060e46be1c8cf3b")]
    [InlineData("{ type: sdf, style: outline, shape: { type: repeat, spacing_x: 0.5, spacing_y: 0.5, count: 2, shape: { type: star, radius: 0.2 } } }", 5, "0c17a5f92205cbd6")]
    [InlineData("{ type: sdf, style: glow, shape: { type: repeat, spacing_x: 0.5, spacing_y: 0.5, count: 2, shape: { type: star, radius: 0.2 } } }", 5, "b0ca55b6aca2662e")]
    public void Matches_golden_hash(string field, int frame, string expected) =>
        TestRender.FrameHash(TestRender.LayerSpec($"field: {field}"), frame).Should().Be(expected);
}
