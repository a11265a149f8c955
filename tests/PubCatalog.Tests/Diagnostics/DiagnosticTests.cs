using Microsoft.CodeAnalysis;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Diagnostics;

/// <summary>Each diagnostic id: an input that triggers it, with its exact severity, file, line and column.</summary>
public class DiagnosticTests
{
    private const string Good = "Good Paper\\\nAda Lovelace, Alan Turing\\\n<span>NSDI 2024</span>\n";

    private static Diagnostic Only(string id, params TestFile[] files)
    {
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.CompileErrors);
        return Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
    }

    private static void AssertAt(Diagnostic diagnostic, DiagnosticSeverity severity, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void PUB0001_entry_whose_first_line_is_the_author_list()
    {
        var d = Only("PUB0001", new TestFile("/project/pubs.md", Good + "\nAda Lovelace, **Alan Turing**\\\n<span>NSDI 2024</span>\\\n[Paper](https://x.org)\n"));

        AssertAt(d, DiagnosticSeverity.Error, "/project/pubs.md", 5, 1);
    }

    [Fact]
    public void PUB0002_entry_with_title_and_venue_but_no_authors()
    {
        var d = Only("PUB0002", new TestFile("/project/pubs.md", "\n\n  A Lonely Title\\\n<span>NSDI 2024</span>\\\n[Paper](https://x.org)\n"));

        AssertAt(d, DiagnosticSeverity.Error, "/project/pubs.md", 3, 3);
        Assert.Contains("'A Lonely Title'", d.GetMessage());
    }

    [Theory]
    [InlineData("[Paper]()", "an empty URL", 1)]
    [InlineData("[Paper](javascript:alert(1))", "the scheme 'javascript:'", 1)]
    [InlineData("x [Code](ftp://host/x.tgz)", "the scheme 'ftp:'", 3)]
    [InlineData("[<a href=\"data:text/html,x\">PDF</a>]", "the scheme 'data:'", 2)]
    public void PUB0003_link_with_empty_or_forbidden_url(string links, string problem, int column)
    {
        var d = Only("PUB0003", new TestFile("/project/pubs.md", "Paper Title\\\nA B, C D\\\n<span>NSDI 2024</span>\\\n" + links + "\n"));

        AssertAt(d, DiagnosticSeverity.Error, "/project/pubs.md", 4, column);
        Assert.Contains(problem, d.GetMessage());
    }

    [Fact]
    public void PUB0004_two_papers_forced_onto_one_id()
    {
        var d = Only("PUB0004", new TestFile("/project/a.md", "One {#same}\\\nA B, C D\\\n<span>NSDI 2024</span>\n\nTwo {#same}\\\nA B, C D\\\n<span>NSDI 2023</span>\n"));

        AssertAt(d, DiagnosticSeverity.Error, "/project/a.md", 5, 1);
        Assert.Contains("'same'", d.GetMessage());
    }

    [Fact]
    public void PUB0005_missing_file_and_binary_file_while_the_rest_generates()
    {
        var run = GeneratorHarness.Run(
            new TestFile("/project/missing.md", null),
            new TestFile("/project/image.md", "PNG\0\0\u0001\u0002binary"),
            new TestFile("/project/good.md", Good));

        var errors = run.GeneratorDiagnostics.Where(d => d.Id == "PUB0005").OrderBy(d => d.Location.GetLineSpan().Path).ToList();
        Assert.Equal(2, errors.Count);
        AssertAt(errors[0], DiagnosticSeverity.Error, "/project/image.md", 1, 1);
        AssertAt(errors[1], DiagnosticSeverity.Error, "/project/missing.md", 1, 1);
        Assert.Contains("Good Paper", run.Source);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void PUB0006_entry_with_no_year()
    {
        var d = Only("PUB0006", new TestFile("/project/pubs.md", "Undated Paper\\\nA B, C D\\\n<span>Some Venue</span>\n"));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/pubs.md", 1, 1);
    }

    [Fact]
    public void PUB0007_double_encoded_name_shows_the_repair()
    {
        var d = Only("PUB0007", new TestFile("/project/pubs.md", "Paper\\\nAda Lovelace, Christopher RÃ©\\\n<span>NSDI 2024</span>\n"));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/pubs.md", 2, 15);
        Assert.Contains("did you mean 'Christopher Ré'", d.GetMessage());
    }

    [Fact]
    public void PUB0007_is_reported_for_every_entry_that_lists_the_name()
    {
        // The same author object in entry after entry (the page's author table), after a clean name in the same slot too:
        // a name found clean is not tested again on its page, a name with mojibake is, every time.
        var text = "Paper One\\\nAda Lovelace, Christopher RÃ©\\\n<span>NSDI 2024</span>\n\n"
            + "Paper Two\\\nChristopher RÃ©, Ada Lovelace\\\n<span>NSDI 2023</span>\n\n"
            + "Paper Three\\\nAda Lovelace, Christopher RÃ©\\\n<span>NSDI 2022</span>\n";
        var run = GeneratorHarness.Run(new TestFile("/project/pubs.md", text));
        var lines = run.GeneratorDiagnostics.Where(d => d.Id == "PUB0007").Select(d => d.Location.GetLineSpan().StartLinePosition).ToList();
        Assert.Equal([new(1, 14), new(5, 0), new(9, 14)], lines);
    }

    [Fact]
    public void PUB0008_unclosed_comment()
    {
        var d = Only("PUB0008", new TestFile("/project/pubs.md", Good + "\n<!-- Hidden\\\nA B\\\n<span>NSDI 2024</span>\n"));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/pubs.md", 5, 1);
    }

    [Fact]
    public void PUB0016_paragraph_with_more_brackets_than_any_entry_has()
    {
        // The paragraph runs from its first line to the blank line after it (one of spaces and a tab here); the
        // entries before and after it are read.
        var text = Good + "  \t\n" + "Bad " + new string('[', 2001) + "\nsecond line\n\n" + Good.Replace("Good Paper", "Later Paper");
        var run = GeneratorHarness.Run(new TestFile("/project/pubs.md", text));
        var d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PUB0016");

        AssertAt(d, DiagnosticSeverity.Error, "/project/pubs.md", 5, 1);
        Assert.Equal("These 3 lines were not read: it has more than 2000 '[' characters", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(" LaterPaper ", run.Source);
        Assert.Contains(" GoodPaper ", run.Source);
    }

    [Fact]
    public void PUB0009_file_with_no_entries()
    {
        var d = Only("PUB0009", new TestFile("/project/notes.md", "# Notes\n\nNothing to see here.\n"), new TestFile("/project/good.md", Good));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/notes.md", 1, 1);
    }

    [Fact]
    public void PUB0010_same_paper_in_two_files_names_both_places()
    {
        var d = Only("PUB0010",
            new TestFile("/project/b.md", "\n" + Good.Replace("NSDI 2024", "arXiv preprint")),
            new TestFile("/project/a.md", Good));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/b.md", 2, 1);
        Assert.Contains("a.md(1,1)", d.GetMessage());
    }

    [Fact]
    public void PUB0011_unknown_link_label()
    {
        var d = Only("PUB0011", new TestFile("/project/pubs.md", "Paper\\\nA B, C D\\\n<span>NSDI 2024</span>\\\n[Paper](https://x.org) [Frobnicate](https://y.org)\n"));

        AssertAt(d, DiagnosticSeverity.Warning, "/project/pubs.md", 4, 25);
        Assert.Contains("'Frobnicate'", d.GetMessage());
    }

    [Fact]
    public void Diagnostics_follow_editorconfig_style_severity_options()
    {
        var run = GeneratorHarness.Run(new TestFile("/project/pubs.md", "Undated Paper\\\nA B, C D\\\n<span>Some Venue</span>\n"));
        var compilation = run.OutputCompilation.WithOptions(run.OutputCompilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["PUB0006"] = ReportDiagnostic.Error }));

        var driver = GeneratorHarness.CreateDriver([new TestFile("/project/pubs.md", "Undated Paper\\\nA B, C D\\\n<span>Some Venue</span>\n")]);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "PUB0006").Severity);
    }

    [Fact]
    public void PubCatalogNoWarn_silences_warnings_in_that_file_only_and_never_errors()
    {
        const string page = "Paper\\\nAda Lovelace, Christopher RÃ©\\\n<span>Some Venue</span>\\\n[Paper]()\n\nOther Paper\\\nA B, C D\\\n<span>NSDI 2024</span>\n";
        var noWarn = new Dictionary<string, string> { ["PubCatalogNoWarn"] = "pub0007; PUB0006;PUB0003;PUB0010" };
        var run = GeneratorHarness.Run(
            new TestFile("/project/quiet.md", page, noWarn),
            new TestFile("/project/loud.md", page));

        string[] Ids(string file) => run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == file && d.Severity > DiagnosticSeverity.Info)
            .Select(d => d.Id).OrderBy(id => id).ToArray();
        Assert.Equal(["PUB0003"], Ids("/project/quiet.md"));
        Assert.Equal(["PUB0003", "PUB0006", "PUB0007"], Ids("/project/loud.md"));
        // Both papers are listed again in quiet.md (loud.md sorts first): those merges are silenced there.
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PUB0010");
        var withoutNoWarn = GeneratorHarness.Run(new TestFile("/project/quiet.md", page), new TestFile("/project/loud.md", page));
        Assert.Equal(2, withoutNoWarn.GeneratorDiagnostics.Count(d => d.Id == "PUB0010" && d.Location.GetLineSpan().Path == "/project/quiet.md"));
    }

    [Fact]
    public void Every_descriptor_is_documented_and_has_a_help_link_to_its_section()
    {
        var docs = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "docs", "diagnostics.md"));
        foreach (var descriptor in PubCatalog.Generator.Diagnostics.DiagnosticDescriptors.ById.Values)
        {
            Assert.Contains("## " + descriptor.Id, docs);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
