using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>A catalog with nothing in it still compiles and answers every query.</summary>
public class EmptyCatalogTests
{
    [Fact]
    public void A_page_without_publications_makes_an_empty_catalog_that_compiles_and_answers()
    {
        var run = CatalogRoundTrip.GenerateAndCompile([new("/project/empty.md", "# Publications\n\nNothing here yet.\n")]);
        Assert.Empty(run.CompileErrors);
        // No page part at all: the index's part switch is only a throw.
        Assert.Contains("CreatePart(int part) => throw new global::System.ArgumentOutOfRangeException(nameof(part));", run.Source);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);

        Assert.Empty(CatalogLoader.All(catalog));
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogLoader.All(catalog)[0]);
        Assert.Null(catalog.GetMethod("FindById")!.Invoke(null, ["anything"]));
        Assert.Empty(CatalogLoader.Get<IReadOnlyDictionary<int, IReadOnlyList<Publication>>>(catalog, "ByYear"));
    }
}
