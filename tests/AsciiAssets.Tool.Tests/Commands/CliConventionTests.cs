using System.Diagnostics;
using System.Text.Json;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

/// <summary>The tool follows the dotnet CLI's conventions: verbosity, quiet, colour, help, errors, JSON for scripts.</summary>
[Collection(ToolCollection.Name)]
public class CliConventionTests
{
    [Fact]
    public async Task Version_is_the_long_option_and_v_is_verbosity()
    {
        (await ToolProcess.RunToolAsync(Path.GetTempPath(), "--version")).StandardOutput.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+$");
        var verbosity = await ToolProcess.RunToolAsync(Path.GetTempPath(), "list", "-v", "loud");

        verbosity.ExitCode.Should().Be(2);
        verbosity.StandardError.Trim().Should().Be("ascii-assets: error AA4001: --verbosity 'loud' is not a level; use quiet, minimal, normal, detailed, diagnostic (or q, m, n, d, diag). Run with --help for usage.");
    }

    [Fact]
    public async Task Verbosity_levels_decide_what_a_render_prints()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        (await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--encoder", "libx264")).ExitCode.Should().Be(0);

        var quiet = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--quiet");
        var minimal = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "-v", "m");
        var normal = await ToolProcess.RunToolAsync(dir.Path, "render", ".");
        var detailed = await ToolProcess.RunToolAsync(dir.Path, "render", ".", "--verbosity", "detailed");

        quiet.AllOutput.Should().BeEmpty();
        minimal.StandardOutput.Trim().Should().Be("0 rendered, 1 up to date.");
        normal.StandardOutput.Trim().Should().Be("0 rendered, 1 up to date.");
        detailed.StandardOutput.Trim().Should().Be("demo.mp4: up to date\n0 rendered, 1 up to date.");
    }

    [Fact]
    public async Task Quiet_still_prints_errors_but_not_warnings()
    {
        using var dir = new TempFolder();
        dir.Write("bad.video.yaml", Specs.Plasma.Replace("fps: 12", "fsp: 12"));
        dir.Write("missing.video.yaml", Specs.Plasma.Replace("grid: md", "grid: md\n        palette: { type: custom, chars: \" .ᚠ\" }"));

        var quiet = await ToolProcess.RunToolAsync(dir.Path, "validate", ".", "--quiet");
        var normal = await ToolProcess.RunToolAsync(dir.Path, "validate", ".");

        quiet.ExitCode.Should().Be(1);
        quiet.StandardOutput.Should().BeEmpty();
        quiet.StandardError.Trim().Should().Be($"{dir.File("bad.video.yaml")}(2,1): error AA1002: Unknown key 'fsp' in the spec. Did you mean 'fps'?");
        normal.StandardError.Should().Contain("warning AA2001").And.Contain("error AA1002");
        normal.StandardOutput.Trim().Should().Be("1 valid, 1 errors.");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task No_color_leaves_no_escape_codes_even_on_a_terminal()
    {
        // script(1) gives the tool a terminal, where help is coloured unless told otherwise.
        var command = $"dotnet exec {ToolProcess.ToolAssembly} render --help";
        var environment = new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["NO_COLOR"] = null };
        var coloured = await ToolProcess.RunAsync("script", new[] { "-qc", command, "/dev/null" }, Path.GetTempPath(), environment);
        var plain = await ToolProcess.RunAsync("script", new[] { "-qc", command + " --no-color", "/dev/null" }, Path.GetTempPath(), environment);

        coloured.StandardOutput.Should().MatchRegex(@"\u001b\[(38|3[0-7]|9[0-7])[;m]", "the terminal gets colours by default");
        plain.StandardOutput.Should().Contain("USAGE:").And.NotMatchRegex(@"\u001b\[(38|3[0-7]|9[0-7])[;m]", "--no-color sets no colour");
    }

    [Theory]
    [InlineData(new[] { "render", "x", "--quality", "ultra" }, "ascii-assets: error AA4001: --quality 'ultra' is not a quality profile; use auto, draft, preview, production, max. Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--quality", "drafts" }, "ascii-assets: error AA4001: --quality 'drafts' is not a quality profile (did you mean 'draft'?); use auto, draft, preview, production, max. Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--qualty", "draft" }, "ascii-assets: error AA4001: Unknown option 'qualty' (did you mean '--quality'?). Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "--froce" }, "ascii-assets: error AA4001: Unknown option 'froce' (did you mean '--force'?). Run with --help for usage.")]
    [InlineData(new[] { "render", "x", "-o", "out" }, "ascii-assets: error AA4001: Unknown option 'o'. Run with --help for usage.")]
    [InlineData(new[] { "rendr", "x" }, "ascii-assets: error AA4001: Unknown command 'rendr' (did you mean 'render'?). Run with --help for usage.")]
    [InlineData(new[] { "render" }, "ascii-assets: error AA4001: Command 'render' is missing required argument 'SPECS'. Run with --help for usage.")]
    public async Task Usage_errors_name_the_values_and_the_nearest_option(string[] arguments, string expected)
    {
        var result = await ToolProcess.RunToolAsync(Path.GetTempPath(), arguments);

        result.ExitCode.Should().Be(2);
        result.StandardError.Trim().Should().Be(expected);
    }

    [Fact]
    public async Task Help_shows_the_required_argument_and_hides_what_only_the_build_task_uses()
    {
        var root = await ToolProcess.RunToolAsync(Path.GetTempPath(), "--help");
        var render = await ToolProcess.RunToolAsync(Path.GetTempPath(), "render", "--help");

        render.StandardOutput.Should().Contain("dotnet ascii-assets render <SPECS> [OPTIONS]")
            .And.Contain("--out-dir <DIR>").And.Contain("-v, --verbosity <LEVEL>").And.Contain("--quiet").And.Contain("--no-color")
            .And.NotContain("--jobs").And.NotContain("--log-format").And.NotContain("--cancel-on-stdin-close").And.NotContain("-o,");
        root.StandardOutput.Should().Contain("render").And.Contain("validate").And.NotContain("msbuild-render");
    }

    [Fact]
    public async Task Every_command_the_help_lists_has_a_row_in_the_cli_page()
    {
        var help = await ToolProcess.RunToolAsync(Path.GetTempPath(), "--help");
        var page = File.ReadAllText(Path.Combine(ToolProcess.RepositoryRoot, "docs", "cli.md"));

        // A command's name starts its line, four spaces in; its description's continuation lines are indented further.
        var commands = System.Text.RegularExpressions.Regex.Matches(help.StandardOutput[help.StandardOutput.IndexOf("COMMANDS:", StringComparison.Ordinal)..], @"^ {4}(\S+)", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToArray();
        commands.Should().Contain(new[] { "render", "preview", "play" });
        foreach (var command in commands)
        {
            page.Should().Contain($"| `{command}", $"docs/cli.md describes the '{command}' command");
        }
    }

    [Fact]
    public async Task Validate_json_lists_every_spec_with_its_diagnostics_and_positions()
    {
        using var dir = new TempFolder();
        dir.Write("good.video.yaml", Specs.Plasma);
        dir.Write("bad.video.yaml", Specs.Plasma.Replace("grid: md", "grid: mdd"));

        var result = await ToolProcess.RunToolAsync(dir.Path, "validate", ".", "--json");

        result.ExitCode.Should().Be(1);
        result.StandardError.Should().BeEmpty("diagnostics are inside the document");
        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.GetProperty("valid").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("errors").GetInt32().Should().Be(1);
        var bad = json.RootElement.GetProperty("specs").EnumerateArray().Single(s => s.GetProperty("path").GetString() == dir.File("bad.video.yaml"));
        bad.GetProperty("valid").GetBoolean().Should().BeFalse();
        var error = bad.GetProperty("diagnostics")[0];
        (error.GetProperty("code").GetString(), error.GetProperty("severity").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(), error.GetProperty("message").GetString())
            .Should().Be(("AA1003", "error", 10, 15, "Unknown grid 'mdd'. Did you mean 'md'?"));
    }

    [Fact]
    public async Task List_json_describes_every_kind_entry_and_parameter()
    {
        var result = await ToolProcess.RunToolAsync(Path.GetTempPath(), "list", "--json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var fields = json.RootElement.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("name").GetString() == "field");
        var plasma = fields.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "plasma");
        var scale = plasma.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "scale");
        (scale.GetProperty("type").GetString(), scale.GetProperty("default").GetString(), scale.GetProperty("min").GetDouble(), scale.GetProperty("max").GetDouble())
            .Should().Be(("a number", "1", 0.01, 10));
    }

    [Fact]
    public async Task Info_json_and_info_without_ffmpeg()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);
        var noFfmpeg = new Dictionary<string, string?> { ["PATH"] = "/nonexistent", ["ASCII_ASSETS_FFMPEG"] = null };

        var json = await ToolProcess.RunToolAsync(dir.Path, "info", "demo.video.yaml", "--json", "--encoder", "libx264");
        var missing = await ToolProcess.RunToolAsync(dir.Path, noFfmpeg, "info", "demo.video.yaml");

        json.ExitCode.Should().Be(0, json.AllOutput);
        using (var document = JsonDocument.Parse(json.StandardOutput))
        {
            document.RootElement.GetProperty("hardware").GetProperty("cores").GetInt32().Should().BeGreaterThan(0);
            document.RootElement.GetProperty("ffmpeg").GetProperty("encoder").GetString().Should().Be("libx264");
            var spec = document.RootElement.GetProperty("spec");
            (spec.GetProperty("width").GetInt32(), spec.GetProperty("height").GetInt32(), spec.GetProperty("frames").GetInt32()).Should().Be((160, 90, 24));
        }

        missing.ExitCode.Should().Be(0, "finding out that ffmpeg is missing is what info is for");
        missing.StandardOutput.Should().MatchRegex(@"Hardware:\s+\d+ cores")
            .And.Contain("ffmpeg:    not found\n")
            .And.Contain("not on PATH and ASCII_ASSETS_FFMPEG is not set")
            .And.Contain("demo.video.yaml: what auto chooses is measured with ffmpeg, which is not found");
    }

    [Fact]
    public async Task Preview_past_the_end_warns_and_shows_the_last_frame()
    {
        using var dir = new TempFolder();
        dir.Write("demo.video.yaml", Specs.Plasma);

        var result = await ToolProcess.RunToolAsync(dir.Path, "preview", "demo.video.yaml", "--at", "5s", "-o", "last.png");

        result.ExitCode.Should().Be(0);
        result.Lines("AA2004").Should().Equal("ascii-assets: warning AA2004: --at 5s is past the end of the video (2s); the last frame, at 1.917s, is shown.");
        result.StandardOutput.Should().Contain("frame 23 (1.917s)");
    }
}
