using PubCatalog.CompilerServices;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The generated code hands <see cref="PartitionedCatalog"/> one method per page that creates a new
/// <see cref="CompactCatalog"/> on every call; the catalog must keep the first one, or a publication read through its
/// member and through <c>All</c> would be two objects.
/// </summary>
public class PartitionedCatalogTests
{
    [Fact]
    public void A_part_is_created_on_first_use_and_every_reader_gets_the_same_instance()
    {
        var created = 0;
        var catalog = new PartitionedCatalog("01", [() => Empty(ref created), () => Empty(ref created)]);
        Assert.Equal(0, created);

        var first = catalog.Part(1);

        Assert.Equal(1, created);
        Assert.Same(first, catalog.Part(1));
        Assert.Equal(1, created);
    }

    [Fact]
    public void Readers_racing_for_a_part_all_get_the_instance_that_was_stored()
    {
        // Every reader is held inside the factory until all of them are there, so each creates an instance of its own.
        const int Readers = 4;
        using var allInside = new Barrier(Readers);
        var created = 0;
        var catalog = new PartitionedCatalog("0", [() =>
        {
            Assert.True(allInside.SignalAndWait(TimeSpan.FromSeconds(30)), "the readers did not meet in the factory");
            return Empty(ref created);
        }]);
        var results = new CompactCatalog[Readers];
        var threads = Enumerable.Range(0, Readers).Select(i => new Thread(() => results[i] = catalog.Part(0))).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(Readers, created);
        Assert.All(results, result => Assert.Same(catalog.Part(0), result));
    }

    private static CompactCatalog Empty(ref int created)
    {
        Interlocked.Increment(ref created);
        return new CompactCatalog(0, [], [], [], []);
    }
}
