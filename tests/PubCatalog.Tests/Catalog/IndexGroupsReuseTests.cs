using System.Collections.Immutable;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Options;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The index's position groups go from one index to the next on a thread (<c>IndexGroups</c>), emptied. An index made
/// after another, larger or smaller, must be the one made on a thread that made none before.
/// </summary>
public class IndexGroupsReuseTests
{
    [Fact]
    public void An_index_made_after_others_is_the_index_made_first_on_a_fresh_thread()
    {
        var large = Model(string.Concat(Enumerable.Range(0, 120).Select(i =>
            $"Paper Number {i}\\\nAda Lovelace, Author {i % 37}, Grace Hopper\\\n<span>OSDI {2000 + (i % 20)}</span>\n\n")));
        var small = Model(
            "A Study of Things\\\nGrace Hopper, Alan Turing\\\n<span>ICML 2020</span>\n\n"
            + "Another Study\\\nAlan Turing\\\n<span>NSDI 2021</span>\n");

        CatalogIndex? smallAlone = null;
        var thread = new Thread(() => smallAlone = CatalogPartitioner.Index(small));
        thread.Start();
        thread.Join();

        var largeFirst = CatalogPartitioner.Index(large);
        var smallAfter = CatalogPartitioner.Index(small);
        var largeAgain = CatalogPartitioner.Index(large);

        Assert.Equal(smallAlone, smallAfter);
        Assert.Equal(largeFirst, largeAgain);
        Assert.NotEqual(largeFirst.ByAuthor, smallAfter.ByAuthor);
    }

    private static CatalogModel Model(string page) =>
        CatalogBuilder.Build(ImmutableArray.Create(ParserHarness.Parse(page, "/project/a.md")), new CatalogOptions("Publications", null)).Model;
}
