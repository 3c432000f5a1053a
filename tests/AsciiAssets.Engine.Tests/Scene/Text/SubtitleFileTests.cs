using System.Text;
using AsciiAssets.Scene.Text;

namespace AsciiAssets.Tests.Scene.Text;

public class SubtitleFileTests
{
    private static string? Problem(string text) => SubtitleFile.Problem(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_numbered_cues_with_their_times_and_lines_without_tags()
    {
        var path = Path.Combine(Support.TestImages.Folder, "read.srt");
        Directory.CreateDirectory(Support.TestImages.Folder);
        File.WriteAllText(path, "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Hello</i>\r\n{\\an8}world\r\n\r\n2\r\n00:01:00.250 --> 00:01:01,000 X1:0\r\nagain\r\n");

        var cues = SubtitleFile.Load(path);

        cues.Select(c => (c.Start, c.End)).Should().Equal((1.0, 2.5), (60.25, 61.0));
        cues[0].Text.Lines.Select(l => string.Concat(l)).Should().Equal("Hello", "world");
        cues[1].Text.Lines.Select(l => string.Concat(l)).Should().Equal("again");
    }

    [Theory]
    [InlineData("1\n00:00:03,000 --> 00:00:02,000\nbackwards\n", "line 2: the cue ends at 00:00:02,000, not after its start 00:00:03,000")]
    [InlineData("1\n00:00:01,000 --> 00:00:01,000\nzero\n", "line 2: the cue ends at 00:00:01,000, not after its start 00:00:01,000")]
    [InlineData("1\n00:00:05,000 --> 00:00:06,000\nlater\n\n2\n00:00:01,000 --> 00:00:02,000\nearlier\n", "line 6: the cue starts at 00:00:01,000, before the cue above it")]
    [InlineData("1\n0:0:1 --> 0:0:2\nshort\n", "line 2: '0:0:1 --> 0:0:2' is not a time range such as 00:00:01,000 --> 00:00:04,000")]
    [InlineData("just some text\n", "line 1: 'just some text' is not a time range such as 00:00:01,000 --> 00:00:04,000")]
    [InlineData("\n\n", "it holds no cues")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nשלום\n", "line 3: 'ש' (U+05E9) is right-to-left text, which is not supported")]
    public void Bad_timing_or_content_is_named_with_its_line(string text, string expected) => Problem(text).Should().Be(expected);

    [Fact]
    public void Bytes_that_are_not_utf8_are_not_subtitles() => SubtitleFile.Problem([0x31, 0x0a, 0xff, 0xfe, 0x00]).Should().Be("it is not UTF-8 text");
}
