using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.Generator;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Options;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// PUB0019: a catalog whose text may not fit the 16 MB an assembly holds for string literals is warned about, at its
/// largest page, unless the compiler keeps long literals in the data section (<see cref="AssemblyStringLimit"/>).
/// </summary>
public class AssemblyStringLimitTests
{
    [Fact]
    public void A_catalog_past_the_threshold_is_warned_about_at_its_largest_page()
    {
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;
        var size = PageDataPacking.EstimatedCharacters(entries);
        var largest = entries.GroupBy(e => e.SourceFile).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();

        Assert.Null(AssemblyStringLimit.Check(entries, size, literalsInDataSection: false, warnAbove: size));
        Assert.NotNull(AssemblyStringLimit.Check(entries, size, literalsInDataSection: false, warnAbove: size - 1));
        var warning = AssemblyStringLimit.Check(entries, size, literalsInDataSection: false, warnAbove: 1);

        Assert.NotNull(warning);
        Assert.Equal("PUB0019", warning.Id);
        Assert.Equal(largest.First().Publication.FilePath, warning.Location!.FilePath);
        Assert.Equal((0, 0), (warning.Location.Line, warning.Location.Column));
        Assert.Equal(
            [entries.Count.ToString(), size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), largest.Key, largest.Count().ToString()],
            warning.MessageArgs.AsImmutableArray().ToArray());
    }

    [Fact]
    public void Each_entry_carries_its_share_of_the_count_merged_ones_too()
    {
        // The catalog adds up what each file counted per entry: the seeds merge seven papers listed in two files.
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;

        Assert.Contains(entries, e => e.IsCombined);
        Assert.All(entries, e => Assert.Equal(PageDataPacking.EstimatedCharacters(e.Publication), e.Characters));
    }

    [Fact]
    public void Literals_in_the_data_section_or_an_empty_catalog_are_not_warned_about()
    {
        var entries = CatalogRoundTrip.ExpectedCatalog(CatalogTests.Seeds()).Model.Entries;

        Assert.Null(AssemblyStringLimit.Check(entries, 1, literalsInDataSection: true, warnAbove: 0));
        Assert.Null(AssemblyStringLimit.Check(Generator.Model.EquatableArray<CatalogEntry>.Empty, 1, literalsInDataSection: false, warnAbove: 0));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("100", true)]
    public void The_compiler_feature_reaches_the_catalog_options(string? feature, bool expected)
    {
        // What <Features>experimental-data-section-string-literals</Features> gives the generator: a parse option.
        var features = feature is null ? [] : new[] { KeyValuePair.Create(AssemblyStringLimit.DataSectionFeature, feature) };
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest).WithFeatures(features);
        var driver = GeneratorHarness.CreateDriver(CatalogTests.Seeds(), parseOptions: parseOptions)
            .RunGenerators(GeneratorHarness.CreateCompilation("namespace Consumer { }"));

        var options = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.CatalogOptions]
            .SelectMany(step => step.Outputs).Select(output => (CatalogOptions)output.Value).Single();
        Assert.Equal(expected, options.LiteralsInDataSection);
    }
}
