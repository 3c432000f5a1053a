using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class LookupShaderTests
{
    /// <summary>Every channel value 0..255 in each channel, at an odd width so rows end on partial vectors.</summary>
    private static byte AllValues(int x, int y, int c) => (byte)((x + 3 * y + 85 * c) % 256);

    [Fact]
    public void Invert_turns_every_value_into_its_negative()
    {
        using var original = ShaderTestKit.Frame(37, 23, AllValues);
        using var frame = ShaderTestKit.Apply(new InvertShader(), ShaderTestKit.Frame(37, 23, AllValues));

        frame.Pixels.ToArray().Should().Equal(original.Pixels.ToArray().Select(v => (byte)(255 - v)));
    }

    [Theory]
    [InlineData(2, new byte[] { 0, 255 })]
    [InlineData(3, new byte[] { 0, 128, 255 })]
    [InlineData(4, new byte[] { 0, 85, 170, 255 })]
    public void Posterize_snaps_every_value_to_the_nearest_level(int levels, byte[] expected)
    {
        using var original = ShaderTestKit.Frame(37, 23, AllValues);
        using var frame = ShaderTestKit.Apply(new PosterizeShader(levels), ShaderTestKit.Frame(37, 23, AllValues));

        var pixels = frame.Pixels.ToArray();
        pixels.Distinct().Order().Should().Equal(expected);
        var input = original.Pixels.ToArray();
        for (var i = 0; i < pixels.Length; i++)
        {
            var nearest = expected.MinBy(level => Math.Abs(level - input[i]));
            Math.Abs(pixels[i] - input[i]).Should().Be(Math.Abs(nearest - input[i]), $"{input[i]} goes to a nearest level");
        }
    }

    [Fact]
    public void Tabulates_once_and_again_only_when_a_parameter_changes()
    {
        var shader = new CountingShader(Offset: 10);
        var executor = shader.Create(new ShaderSetup(37, 23, 7));
        using var frame = ShaderTestKit.Frame(37, 23, AllValues);
        for (var f = 0; f < 3; f++)
        {
            executor.Apply(frame, Probe.At(f));
        }

        shader.Calls.Should().Be(256, "the table is made once while the parameters stay");

        // What the binder does to a worker's copy when the parameter moves.
        typeof(CountingShader).GetProperty(nameof(CountingShader.Offset))!.SetValue(shader, 20);
        using var moved = ShaderTestKit.Frame(37, 23, (x, y, c) => 0);
        executor.Apply(moved, Probe.At(3));

        shader.Calls.Should().Be(512);
        moved.Pixels.ToArray().Should().AllBeEquivalentTo((byte)20, "the new table is the one applied");
    }

    [Fact]
    public void A_changed_mix_needs_no_new_table()
    {
        var shader = new CountingShader(Offset: 10);
        var executor = shader.Create(new ShaderSetup(37, 23, 7));
        typeof(ShaderParameters).GetProperty(nameof(ShaderParameters.Mix))!.SetValue(shader, 0.5f);
        using var frame = ShaderTestKit.Frame(37, 23, AllValues);

        executor.Apply(frame, Probe.At(0));

        shader.Calls.Should().Be(256);
    }

    /// <summary>Adds an offset, counting the table entries it is asked for.</summary>
    private sealed record CountingShader(int Offset) : LookupShader
    {
        public int Calls { get; private set; }

        protected override byte Map(byte value)
        {
            Calls++;
            return (byte)Math.Min(255, value + Offset);
        }
    }
}
