using PubCatalog.CompilerServices;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Emit;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The page data is packed when the catalog is large, or when the project asks for it (<c>PubCatalogPackData</c>), and
/// written as it is otherwise (<see cref="PageDataPacking"/>); both read back the same.
/// </summary>
public class PageDataPackingTests
{
    [Fact]
    public void A_site_sized_catalog_is_not_packed_unless_the_project_asks()
    {
        var seeds = CatalogTests.Seeds();
        Assert.False(CatalogRoundTrip.ExpectedCatalog(seeds).Model.PackPageData);

        var unset = GeneratorHarness.Run(seeds);
        var packed = GeneratorHarness.Run(seeds, CatalogRoundTrip.PackData(true));
        var stored = GeneratorHarness.Run(seeds, CatalogRoundTrip.PackData(false));
        Assert.Equal(stored.Source, unset.Source);
        Assert.NotEqual(packed.Source, unset.Source);
        Assert.True(packed.Source!.Length < 0.9 * stored.Source!.Length, $"packed {packed.Source.Length}, stored {stored.Source.Length}");

        // Anything but true or false leaves the choice to the size.
        foreach (var value in new[] { "auto", "yes", "" })
        {
            Assert.Equal(unset.Source, GeneratorHarness.Run(seeds, new Dictionary<string, string> { ["PubCatalogPackData"] = value }).Source);
        }
    }

    [Fact]
    public void Data_written_as_it_is_holds_each_string_whole_in_the_source()
    {
        // Two titles that share their first words: the packer writes the shared words once, the unpacked block twice.
        TestFile[] files =
        [
            new("/project/a.md",
                "Replicated Storage for Serverless Caching\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2020</span>\n\n"
                + "Replicated Storage for Serverless Caching at Scale\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2021</span>\n\n"),
        ];
        const string Shared = "Replicated Storage for Serverless Caching";
        Assert.Equal(2, Count(BlockLiteral(CatalogRoundTrip.GenerateAndCompile(files, pack: false)), Shared));
        Assert.Equal(1, Count(BlockLiteral(CatalogRoundTrip.GenerateAndCompile(files, pack: true)), Shared));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    /// <summary>The line of the first block's text method (the titles are also in the members' summaries).</summary>
    private static string BlockLiteral(GeneratorRun run) =>
        run.Source!.Split('\n').Single(line => line.TrimStart().StartsWith("private static string Text0() => ", StringComparison.Ordinal));

    [Fact]
    public void A_catalog_whose_strings_pass_the_threshold_is_packed_and_the_project_decides_first()
    {
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;
        var size = PageDataPacking.EstimatedCharacters(entries);

        Assert.True(PageDataPacking.ShouldPack(null, size, packAbove: size - 1, mustPackAbove: long.MaxValue));
        Assert.False(PageDataPacking.ShouldPack(null, size, packAbove: size, mustPackAbove: long.MaxValue));
        Assert.False(PageDataPacking.ShouldPack(false, size, packAbove: 0, mustPackAbove: long.MaxValue));
        Assert.True(PageDataPacking.ShouldPack(true, size, packAbove: long.MaxValue, mustPackAbove: long.MaxValue));
    }

    [Fact]
    public void Data_too_large_for_an_assembly_unpacked_is_packed_whatever_the_project_asked()
    {
        // Unpacked, 20,000 entries overflow the assembly's string heap (CS8103): the output must compile all the same.
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;
        var size = PageDataPacking.EstimatedCharacters(entries);

        Assert.True(PageDataPacking.ShouldPack(false, size, packAbove: long.MaxValue, mustPackAbove: size - 1));
        Assert.False(PageDataPacking.ShouldPack(false, size, packAbove: 0, mustPackAbove: size));
    }

    [Fact]
    public void The_estimate_is_close_below_the_data_the_encoder_writes()
    {
        // The estimate leaves out only the numbers between the strings: the threshold means what it says.
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;
        var written = CompactData.Encode(entries.AsImmutableArray()).Sum(block => CompactCatalog.Unpack(block).Length);
        var estimate = PageDataPacking.EstimatedCharacters(entries);
        Assert.InRange(estimate, 0.85 * written, written);
    }
}
