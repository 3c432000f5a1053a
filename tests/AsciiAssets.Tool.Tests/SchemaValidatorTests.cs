using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests;

/// <summary>
/// docs/spec.schema.json through a real validator (ajv 8 in strict mode, from npm): it compiles cleanly, accepts the
/// samples and valid specs, and reports exactly the one real error of each invalid spec (ajv's `if` lines, which
/// only name the branch an error was checked in, aside).
/// </summary>
public class SchemaValidatorTests
{
    private static readonly string Folder = Path.Combine(ToolProcess.RepositoryRoot, "tests", "schema");

    [Fact]
    public async Task A_real_validator_accepts_valid_specs_and_names_the_one_error_of_each_invalid_one()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            var install = await ToolProcess.RunAsync("npm", new[] { "ci", "--no-audit", "--no-fund" }, Folder, timeoutSeconds: 300);
            install.ExitCode.Should().Be(0, install.AllOutput);
        }

        var valid = Directory.GetFiles(Path.Combine(Folder, "valid"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(ToolProcess.RepositoryRoot, "sample-project", "videos"), "*.video.yaml"))
            .ToArray();
        var invalid = Directory.GetFiles(Path.Combine(Folder, "invalid"), "*.yaml");
        var schema = Path.Combine(ToolProcess.RepositoryRoot, "docs", "spec.schema.json");

        var result = await ToolProcess.RunAsync("node", new[] { "validate.mjs", schema }.Concat(valid).Concat(invalid), Folder);

        result.ExitCode.Should().Be(0, result.AllOutput);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var spec in valid)
        {
            lines.Should().Contain($"{spec} valid");
        }

        invalid.Should().HaveCountGreaterThan(15);
        foreach (var spec in invalid)
        {
            var expected = File.ReadLines(spec).First()["# expect: ".Length..];
            lines.Where(l => l.StartsWith(spec + " ", StringComparison.Ordinal) && !l.EndsWith(" if", StringComparison.Ordinal))
                .Select(l => l[(spec.Length + 1)..])
                .Should().Equal(new[] { expected }, $"{Path.GetFileName(spec)} has one error");
        }
    }
}
