using System.Text.RegularExpressions;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Diagnostics;

/// <summary>docs/diagnostics.md stays true: every <c>markdown</c> example, saved as a page, reports its section's diagnostic.</summary>
public class DiagnosticDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "docs", "diagnostics.md")).Replace("\r\n", "\n");

    public static TheoryData<string> DocumentedIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in PubCatalog.Generator.Diagnostics.DiagnosticDescriptors.ById.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Section_has_title_severity_cause_fix_and_a_working_example(string id)
    {
        var descriptor = PubCatalog.Generator.Diagnostics.DiagnosticDescriptors.ById[id];
        var section = Section(id);
        var severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();

        Assert.Contains($"**{descriptor.Title}** · {severity}", section);
        Assert.Contains("*Cause.*", section);
        Assert.Contains("*Fix.*", section);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {severity} | {descriptor.Title} |", Docs);
        Assert.Equal("https://github.com/pubcatalog/pubcatalog/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);

        var examples = Regex.Matches(section, "```markdown\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        if (id is "PUB0005" or "PUB0012" or "PUB0016" or "PUB0018" or "PUB0019")
        {
            // An unreadable file and an internal failure cannot be shown as Markdown text; input too complex or too
            // long takes thousands of characters (the robustness tests trigger both), a catalog too large millions
            // (AssemblyStringLimitTests triggers it against a lower threshold).
            Assert.Empty(examples);
            return;
        }

        var example = Assert.Single(examples);
        var run = GeneratorHarness.Run(new TestFile("/project/publications/example.md", example));
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id != id && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    private static string Section(string id)
    {
        var start = Docs.IndexOf("\n## " + id + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/diagnostics.md has no '## {id}' heading (the help link's #{id.ToLowerInvariant()} anchor)");
        var end = Docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Docs.Substring(start) : Docs.Substring(start, end - start);
    }
}
