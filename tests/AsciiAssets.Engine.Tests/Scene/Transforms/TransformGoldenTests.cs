using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Scene.Transforms;

/// <summary>Golden frames of every coordinate transform, on a field that reads coordinates (plasma) and on one that is resampled (fire).</summary>
public class TransformGoldenTests
{
    [Theory]
    [InlineData("rotate", 3, "68ce7516b9a77447")]
    [InlineData("{ type: rotate, speed: 0.2 }", 3, "ea891fc994bbf9ae")]
    [InlineData("raw_rotate", 3, "a5a17e31a5f3ea84")]
    [InlineData("scale", 3, "0ab24988caafdc7e")]
    [InlineData("skew", 3, "d6d9d2cc4c7d560d")]
    [InlineData("tile", 3, "77bdde0d4dd42388")]
    [InlineData("{ type: tile, mirror: false }", 3, "3b0a0d0b5793d3ba")]
    [InlineData("polar", 3, "38e1085b5f8c8f97")]
    [InlineData("inverse_polar", 3, "35b127d0bfbde311")]
    [InlineData("twist", 3, "b91701bd0adaa912")]
    [InlineData("fisheye", 3, "593d95dc66785265")]
    [InlineData("wave", 3, "5d4a3d8c6f1477af")]
    [InlineData("mobius", 3, "83fcffb5b85c1ad2")]
    public void Matches_golden_hash_on_plasma(string transform, int frame, string expected) =>
        TestRender.FrameHash(TestRender.LayerSpec($"field: {{ type: plasma, transform: [{transform}] }}"), frame).Should().Be(expected);

    [Theory]
    [InlineData("rotate", 14, "a3b1ffe6818319c8")]
    [InlineData("{ type: rotate, speed: 0.2 }", 14, "6152be5985c8cc4b")]
    [InlineData("raw_rotate", 14, "22f3f9d975570222")]
    [InlineData("scale", 14, "558f3141f181122d")]
    [InlineData("skew", 14, "f38361ed16c200a8")]
    [InlineData("tile", 14, "4c6327dab21277d6")]
    [InlineData("{ type: tile, mirror: false }", 14, "dfe93ef292091c9f")]
    [InlineData("polar", 14, "5ee2775647ac30ec")]
    [InlineData("inverse_polar", 14, "481dad9a832c5c6e")]
    [InlineData("twist", 14, "79b85075038d5aa1")]
    [InlineData("fisheye", 14, "0eb6dc6bf832b8b9")]
    [InlineData("wave", 14, "d5adc31dbc343dce")]
    [InlineData("mobius", 14, "8402436093709919")]
    public void Matches_golden_hash_on_fire(string transform, int frame, string expected) =>
        TestRender.FrameHash(TestRender.LayerSpec($"field: {{ type: fire, transform: [{transform}] }}"), frame).Should().Be(expected);
}
