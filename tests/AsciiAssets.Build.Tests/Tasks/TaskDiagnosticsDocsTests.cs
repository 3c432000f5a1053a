using System.Reflection;
using System.Text.RegularExpressions;
using AsciiAssets.Build.Tasks;
using AsciiAssets.Build.Tests.Support;

namespace AsciiAssets.Build.Tests.Tasks;

public sealed class TaskDiagnosticsDocsTests
{
    [Fact]
    public void Both_diagnostics_tables_list_exactly_the_codes_of_the_build_integration()
    {
        var codes = typeof(TaskDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        foreach (var page in new[] { "docs/diagnostics.md", "docs/msbuild.md" })
        {
            var text = File.ReadAllText(Path.Combine(Repository.Root, page));
            Regex.Matches(text, @"^\| (AA5\d{3})\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value)
                .Should().BeEquivalentTo(codes, $"{page} has one row for each code in TaskDiagnostics");
        }
    }
}
