using AsciiAssets.Pixels;

namespace AsciiAssets.Tests.Pixels;

public class ByteLookupTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(31)]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(6221)]
    public void Gives_every_byte_its_table_entry(int length)
    {
        // Every value appears at every position modulo the vector widths, and the table has no structure to lean on.
        var random = new Random(length);
        var table = new byte[256];
        random.NextBytes(table);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        var expected = bytes.Select(b => table[b]).ToArray();

        ByteLookup.Apply(bytes, table);

        bytes.Should().Equal(expected);
    }

    [Fact]
    public void Covers_all_256_values()
    {
        var table = Enumerable.Range(0, 256).Select(v => (byte)(v * 7 + 3)).ToArray();
        var bytes = Enumerable.Range(0, 512).Select(v => (byte)v).ToArray();

        ByteLookup.Apply(bytes, table);

        bytes.Should().Equal(Enumerable.Range(0, 512).Select(v => table[v & 255]));
    }

    [Fact]
    public void Refuses_a_table_of_another_length()
    {
        var apply = () => ByteLookup.Apply(new byte[4], new byte[255]);

        apply.Should().Throw<ArgumentException>();
    }
}
