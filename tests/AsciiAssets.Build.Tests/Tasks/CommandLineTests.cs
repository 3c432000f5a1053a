using AsciiAssets.Build.Tasks;

namespace AsciiAssets.Build.Tests.Tasks;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("render", "render")]
    [InlineData("/tmp/my videos/a.video.yaml", "\"/tmp/my videos/a.video.yaml\"")]
    [InlineData("", "\"\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"C:\Program Files\ffmpeg\", "\"C:\\Program Files\\ffmpeg\\\\\"")]
    [InlineData(@"C:\tools\ffmpeg.exe", @"C:\tools\ffmpeg.exe")]
    public void Arguments_are_quoted_by_the_rules_dotnet_splits_them_with(string argument, string quoted)
    {
        CommandLine.Quote(argument).Should().Be(quoted);
    }

    [Fact]
    public void Quoted_arguments_reach_a_real_process_unchanged()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Uses the printf program.
        }

        var arguments = new[] { "plain", "with space", "quote\"inside", @"trailing\", @"back\\slashes\ and space", "" };
        var info = new System.Diagnostics.ProcessStartInfo("printf", CommandLine.Join(new[] { "%s\n" }.Concat(arguments)))
        {
            RedirectStandardOutput = true,
        };

        using var process = System.Diagnostics.Process.Start(info)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n');
        process.WaitForExit();

        lines.Should().Equal(arguments.Append(""));
    }
}
