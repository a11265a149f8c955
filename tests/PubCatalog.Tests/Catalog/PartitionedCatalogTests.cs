using System.Reflection;
using PubCatalog.CompilerServices;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// A publication read through its member and through <c>All</c>, or by two threads at once, must be one object. The
/// runtime library keeps what the generated classes hand it; the generated classes hand it the same instance on every
/// call, from static fields of classes with explicit static constructors, which the runtime initializes exactly once.
/// </summary>
public class PartitionedCatalogTests
{
    [Fact]
    public void A_part_is_created_on_first_use_and_kept()
    {
        var catalog = new CountingCatalog("01");
        Assert.Equal(0, catalog.Created);

        var first = catalog.Part(1);

        Assert.Equal(1, catalog.Created);
        Assert.Same(first, catalog.Part(1));
        Assert.Equal(1, catalog.Created);
    }

    [Fact]
    public void Generated_holders_initialize_precisely_and_return_one_array()
    {
        var run = CatalogRoundTrip.GenerateAndCompile([new("/project/many.md", ManyEntries(2 * CompactCatalog.EntriesPerBlock + 5))]);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        var page = catalog.GetNestedType("__Page0", BindingFlags.NonPublic)!;
        var holders = page.GetNestedTypes(BindingFlags.NonPublic).Where(t => t.Name.StartsWith("Block", StringComparison.Ordinal)).ToList();

        // Without beforefieldinit the runtime runs a class's initializer when its field is first read, under its own
        // lock, never earlier (as it may when it compiles a method that names a beforefieldinit class).
        Assert.Equal(3, holders.Count);
        Assert.All(holders.Append(page), t => Assert.False(t.Attributes.HasFlag(TypeAttributes.BeforeFieldInit), t.Name));
        var block = page.GetMethod("Block", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var instance = page.GetField("Catalog", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
        Assert.Same(block.Invoke(instance, [2]), block.Invoke(instance, [2]));
    }

    [Fact]
    public void Readers_racing_for_the_same_publications_all_get_the_same_objects()
    {
        const int Readers = 4;
        var run = CatalogRoundTrip.GenerateAndCompile([new("/project/a.md", ManyEntries(150)), new("/project/b.md", ManyEntries(90, 1990))]);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        using var start = new Barrier(Readers);
        var seen = new Publication[Readers][];
        var threads = Enumerable.Range(0, Readers).Select(r => new Thread(() =>
        {
            Assert.True(start.SignalAndWait(TimeSpan.FromSeconds(30)), "the readers did not meet");
            var all = CatalogLoader.All(catalog);
            // Half of them read from the end, so they also meet in the middle of a block; each keeps what it read by position.
            var read = new Publication[all.Count];
            for (var k = 0; k < all.Count; k++)
            {
                var i = r % 2 == 0 ? k : all.Count - 1 - k;
                read[i] = all[i];
            }

            seen[r] = read;
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(240, seen[0].Length);
        for (var r = 1; r < Readers; r++)
        {
            Assert.All(Enumerable.Range(0, seen[0].Length), i => Assert.Same(seen[0][i], seen[r][i]));
        }
    }

    private static string ManyEntries(int count, int firstYear = 2000) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $"Paper {firstYear}-{i:000} on Caching\\\nXin Liu, Ada Lovelace\\\n<span>NSDI {firstYear + i % 20}</span>\n\n"));

    /// <summary>A catalog whose parts are new objects on every call, to see that the catalog keeps the first.</summary>
    private sealed class CountingCatalog(string partOf) : PartitionedCatalog(partOf, 2)
    {
        public int Created { get; private set; }

        protected override CompactCatalog CreatePart(int part)
        {
            Created++;
            return new EmptyPart();
        }
    }

    private sealed class EmptyPart() : CompactCatalog(0, [], [], [])
    {
        protected override Publication[] Block(int block) => throw new ArgumentOutOfRangeException(nameof(block));

        protected override string PackedBlock(int block) => throw new ArgumentOutOfRangeException(nameof(block));
    }
}
