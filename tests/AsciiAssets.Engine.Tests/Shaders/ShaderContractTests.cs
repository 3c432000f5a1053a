using AsciiAssets.Registry;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Shaders;

public class ShaderContractTests
{
    public static TheoryData<string> Shaders()
    {
        var data = new TheoryData<string>();
        foreach (var entry in SpecRegistry.Kind<ShaderParameters>().Entries.Where(e => e.CreateDefault() is not null))
        {
            data.Add(entry.Name);
        }

        return data;
    }

    private static byte Pattern(int x, int y, int c) => (byte)((x * 37 + y * 11 + c * 90) % 256);

    [Theory]
    [MemberData(nameof(Shaders))]
    public void Does_not_allocate_per_frame(string name)
    {
        // An odd size exercises every row and vector tail.
        using var frame = ShaderTestKit.Frame(203, 117, Pattern);
        var shader = Probe.Default<ShaderParameters>(name).Create(new ShaderSetup(203, 117, 7));
        shader.Apply(frame, Probe.At(0));
        Probe.Allocated(() =>
        {
            for (var f = 1; f < 6; f++)
            {
                shader.Apply(frame, Probe.At(f));
            }
        }).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Shaders))]
    public void The_same_frame_gives_the_same_pixels(string name)
    {
        using var first = ShaderTestKit.Frame(203, 117, Pattern);
        using var second = ShaderTestKit.Frame(203, 117, Pattern);
        var reused = Probe.Default<ShaderParameters>(name).Create(new ShaderSetup(203, 117, 7));
        using var scratch = ShaderTestKit.Frame(203, 117, (x, y, c) => 255);
        reused.Apply(scratch, Probe.At(9));
        reused.Apply(first, Probe.At(4));
        ShaderTestKit.Apply(Probe.Default<ShaderParameters>(name), second, 4);
        first.Pixels.ToArray().Should().Equal(second.Pixels.ToArray());
    }
}
