using System.Text.Json;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Commands;

[Collection(ToolCollection.Name)]
public class InitCommandTests
{
    [Fact]
    public async Task Init_writes_the_schema_and_maps_every_spec_to_it_keeping_other_settings()
    {
        using var dir = new TempFolder();
        dir.Write(".vscode/settings.json", """{ "editor.tabSize": 2, "yaml.schemas": { "other.json": "*.yml" } }""");

        var first = await ToolProcess.RunToolAsync(dir.Path, "init");
        var settings = File.ReadAllText(dir.File(".vscode/settings.json"));
        var second = await ToolProcess.RunToolAsync(dir.Path, "init");

        first.ExitCode.Should().Be(0, first.AllOutput);
        first.StandardOutput.Should().Contain($"Wrote {dir.File(".vscode/ascii-assets.schema.json")}");
        using var json = JsonDocument.Parse(settings);
        json.RootElement.GetProperty("editor.tabSize").GetInt32().Should().Be(2);
        var schemas = json.RootElement.GetProperty("yaml.schemas");
        schemas.GetProperty("other.json").GetString().Should().Be("*.yml");
        schemas.GetProperty("./.vscode/ascii-assets.schema.json").EnumerateArray().Select(g => g.GetString()).Should().Equal("**/*.video.yaml", "**/*.video.yml");
        File.ReadAllText(dir.File(".vscode/ascii-assets.schema.json")).Should().Be(File.ReadAllText(Path.Combine(ToolProcess.RepositoryRoot, "docs", "spec.schema.json")));
        second.ExitCode.Should().Be(0);
        File.ReadAllText(dir.File(".vscode/settings.json")).Should().Be(settings, "init is idempotent");
    }

    [Fact]
    public async Task Init_leaves_settings_with_comments_alone_and_says_what_to_add()
    {
        using var dir = new TempFolder();
        var original = "{\n  // my settings\n  \"editor.tabSize\": 2\n}\n";
        dir.Write(".vscode/settings.json", original);

        var result = await ToolProcess.RunToolAsync(dir.Path, "init");

        result.ExitCode.Should().Be(2);
        result.StandardError.Should().Contain($"{dir.File(".vscode/settings.json")}: error AA4001: Cannot update the file: it is not plain JSON").And.Contain("add \"yaml.schemas\": { \"./.vscode/ascii-assets.schema.json\": [\"**/*.video.yaml\", \"**/*.video.yml\"] }");
        File.ReadAllText(dir.File(".vscode/settings.json")).Should().Be(original);
    }
}
