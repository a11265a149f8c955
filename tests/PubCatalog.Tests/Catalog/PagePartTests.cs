using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>The catalog is emitted as one file per page plus an index; read back, it is one catalog in one order.</summary>
public class PagePartTests
{
    [Fact]
    public void Pages_are_read_back_in_catalog_order_across_parts()
    {
        TestFile[] files =
        [
            new("/project/a.md", "Alpha Old\\\nA B, C D\\\n<span>NSDI 2020</span>\n\nAlpha New\\\nA B, E F\\\n<span>NSDI 2025</span>\n"),
            new("/project/b.md", "Beta Mid\\\nC D, E F\\\n<span>OSDI 2023</span>\n"),
        ];
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);

        Assert.Equal(["Alpha New", "Beta Mid", "Alpha Old"], CatalogLoader.All(catalog).Select(p => p.Title));
        var byAuthor = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByAuthor");
        Assert.Equal(["Alpha New", "Beta Mid"], byAuthor["E F"].Select(p => p.Title));
        Assert.Same(CatalogLoader.All(catalog)[1], CatalogLoader.Get<Publication>(catalog, "BetaMid"));
        Assert.Equal(3, CatalogRoundTrip.AssertValuesRoundTrip(run, files));

        var findById = catalog.GetMethod("FindById")!;
        foreach (var publication in CatalogLoader.All(catalog))
        {
            Assert.Same(publication, findById.Invoke(null, [publication.Id]));
        }

        Assert.Null(findById.Invoke(null, ["no-such-paper"]));
        Assert.Null(findById.Invoke(null, [null]));
    }

    [Fact]
    public void One_file_per_paper_shares_at_most_32_parts()
    {
        var files = Enumerable.Range(0, 40).Select(i => new TestFile($"/project/papers/paper{i:00}.md",
            $"Paper Number {i}\\\nA B, C D\\\n<span>NSDI {2000 + i}</span>\n")).ToArray();
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        var result = run.Driver.GetRunResult().Results.Single();

        var parts = result.GeneratedSources.Select(s => s.HintName).Where(h => h.StartsWith("PubCatalog.Pages", StringComparison.Ordinal)).ToList();
        Assert.InRange(parts.Count, 2, 32);
        Assert.Equal(40, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
        Assert.Equal("Paper Number 39", CatalogLoader.All(CatalogLoader.LoadCatalogType(run.OutputCompilation))[0].Title);
    }
}
