using PubCatalog.Tests.Catalog;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Snapshots;

/// <summary>Snapshots of the generated source (see <see cref="Snapshot"/> for the convention).</summary>
public class GeneratedSourceTests
{
    [Fact]
    public void Small_page_with_every_field()
    {
        var run = GeneratorHarness.Run(new TestFile("/project/publications/papers.md", """
            ## 2024

            *Can't Be Late*: Optimizing "Spot" Instances\
            **Ada Lovelace**\*, Alan Turing\*, Grace Hopper\
            <span>NSDI 2024, Outstanding Paper Award</span>\
            [<a href="https://x.org/a.pdf">Paper</a>] [<a href="https://github.com/x/y">Code</a>]

            _Summ<sup>N</sup>_: Summaries \ with backslash\
            Grace Hopper, **Ada Lovelace**\
            <span>arXiv preprint</span>\
            [<a href="https://arxiv.org/abs/2301.00001">Paper</a>]
            """));

        Assert.Empty(run.CompileErrors);
        Snapshot.Match(run.Source!);
    }

    [Fact]
    public void Five_seeds()
    {
        var run = GeneratorHarness.Run(CatalogTests.Seeds());

        Assert.Empty(run.CompileErrors);
        Snapshot.Match(run.Source!);
    }

    [Fact]
    public void Diagnostics_of_the_five_seeds()
    {
        var run = GeneratorHarness.Run(CatalogTests.Seeds());

        Snapshot.Match(string.Join("\n", run.DiagnosticLines), "txt");
    }
}
