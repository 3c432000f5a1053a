using System.Reflection;
using System.Text.RegularExpressions;
using AsciiAssets.Diagnostics;
using AsciiAssets.Registry;
using AsciiAssets.Spec;

namespace AsciiAssets.Tests.Docs;

/// <summary>Committed documents made from the registry must match it; regenerate them with the commands named in the failure.</summary>
public class GeneratedDocsTests
{
    private static readonly string Root = typeof(GeneratedDocsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Fact]
    public void Json_schema_is_current()
    {
        File.ReadAllText(Path.Combine(Root, "docs", "spec.schema.json")).ReplaceLineEndings("\n")
            .Should().Be(SpecSchema.Generate(), "docs/spec.schema.json is stale: run `dotnet run --project src/AsciiAssets.Tool -- schema -o docs/spec.schema.json`");
    }

    [Fact]
    public void Vocabulary_reference_is_current()
    {
        File.ReadAllText(Path.Combine(Root, "docs", "vocabulary.md")).ReplaceLineEndings("\n")
            .Should().Be(VocabularyDocument.Markdown(), "docs/vocabulary.md is stale: run `dotnet run --project src/AsciiAssets.Tool -- list --markdown > docs/vocabulary.md`");
    }

    [Fact]
    public void Diagnostics_page_lists_exactly_the_engines_codes()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"));
        var documented = Regex.Matches(page, @"^\| (AA\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            page.Should().Contain($"| {descriptor.Code} | {descriptor.Severity.ToString().ToLowerInvariant()} | {descriptor.Title} |");
        }

        documented.Where(code => !code.StartsWith("AA5", StringComparison.Ordinal))
            .Should().BeEquivalentTo(DiagnosticDescriptors.All.Select(d => d.Code), "AA5xxx belong to the MSBuild task; all others to the engine");
    }

    [Fact]
    public void Every_example_in_the_docs_is_a_valid_spec()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "spec-format.md"));
        var examples = Regex.Matches(page, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();

        examples.Should().NotBeEmpty();
        foreach (var example in examples.Where(e => e.Contains("scenes:", StringComparison.Ordinal)))
        {
            var act = () => SpecLoader.Parse(Path.Combine(Root, "sample-project", "videos", "example.video.yaml"), example);
            act.Should().NotThrow(example);
        }
    }
}
