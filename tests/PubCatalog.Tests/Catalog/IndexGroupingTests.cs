using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The index groups positions by author and venue through each file's numbered strings (<c>FileIndexKeys</c>): what it
/// lists must be what grouping the catalog's publications by those strings gives, merged papers included.
/// </summary>
public class IndexGroupingTests
{
    [Fact]
    public void Author_lookups_are_the_catalog_grouped_by_name_when_papers_merge_across_files()
    {
        TestFile[] files =
        [
            // The preprint loses to the conference version in b.md: its own author must not be listed.
            new("/project/a.md",
                "Shared Paper Title\\\nLoser Only, Common Author\\\n<span>arXiv preprint 2023</span>\n\n"
                + "Listed Twice\\\nTwice Named, Other Person, Twice Named\\\n<span>OSDI 2021</span>\n\n"
                + "Kept Over Preprint\\\nCommon Author, Kept Author\\\n<span>SOSP 2022</span>\n"),
            new("/project/b.md",
                "Shared Paper Title\\\nCommon Author, Winner Only\\\n<span>NSDI 2023</span>\n\n"
                + "Second File Paper\\\nOther Person, Common Author\\\n<span>EuroSys 2024</span>\n"),
            // This preprint loses to a.md's entry, which stays credited to a.md.
            new("/project/c.md", "Kept Over Preprint\\\nDropped Author\\\n<span>arXiv preprint 2022</span>\n"),
        ];
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        var all = CatalogLoader.All(catalog);
        var byAuthor = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByAuthor");
        var authors = CatalogLoader.Get<IReadOnlyList<string>>(catalog, "Authors");

        var expected = all.SelectMany(p => p.Authors.Select(a => a.Name)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, authors);
        Assert.DoesNotContain("Loser Only", authors);
        Assert.DoesNotContain("Dropped Author", authors);
        Assert.Contains("Winner Only", authors);
        foreach (var name in expected)
        {
            Assert.Equal(all.Where(p => p.Authors.Any(a => a.Name == name)).ToList(), byAuthor[name]);
        }

        // Venues by name and by acronym; the preprints that lost their merge are not listed, and a venue named by its
        // acronym alone is listed once per entry.
        var byVenue = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByVenue");
        var venueKeys = all.SelectMany(p => new[] { p.Venue.Name, p.Venue.Acronym }).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
        Assert.Equal(venueKeys.OrderBy(v => v, StringComparer.Ordinal), byVenue.Keys.OrderBy(v => v, StringComparer.Ordinal));
        foreach (var key in venueKeys)
        {
            Assert.Equal(all.Where(p => p.Venue.Name == key || p.Venue.Acronym == key).ToList(), byVenue[key]);
        }

        var venues = CatalogLoader.Get<IReadOnlyList<string>>(catalog, "Venues");
        Assert.Equal(all.Select(p => p.Venue.Acronym ?? p.Venue.Name).Where(v => v.Length > 0).Distinct().OrderBy(v => v, StringComparer.Ordinal), venues);
        Assert.DoesNotContain(all, p => p.Venue.Kind == VenueKind.Preprint);

        // An author named twice in one entry is listed with it once.
        Assert.Equal(["Listed Twice"], byAuthor["Twice Named"].Select(p => p.Title));
        Assert.Equal(["Second File Paper", "Shared Paper Title", "Kept Over Preprint"], byAuthor["Common Author"].Select(p => p.Title));
    }

    [Fact]
    public void Tag_and_year_lookups_are_the_catalog_grouped_when_tags_repeat_and_papers_merge_across_files()
    {
        TestFile[] files =
        [
            // Cards with tags: one tag twice on an entry, one shared across files; an undated card has no year.
            new("/project/cards.md",
                "Alpha Alpha 01 / Alpha: A Tagged Paper\nNSDI 2024 · A Person, B Person\nWhat it does.\n#Systems#Serving#Systems\n"
                + "Beta Beta 02 / Beta: An Undated Paper\nIn submission · A Person\nWhat it does.\n#Serving\n"
                + "Gamma Gamma 03 / Gamma: The Shared Paper\narXiv preprint 2023 · C Person\nWhat it does.\n#Lost Tag\n"),
            // The shared paper's conference version, undated in this file, wins its merge and takes the preprint's tag and
            // year: the file's own keys of the winner have neither.
            new("/project/more.md",
                "Gamma: The Shared Paper\\\nC Person, D Person\\\n<span>OSDI</span>\n\n"
                + "Delta Paper\\\nD Person\\\n<span>SOSP 2024</span>\n"),
        ];
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        var all = CatalogLoader.All(catalog);
        var byTag = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByTag");
        var tags = CatalogLoader.Get<IReadOnlyList<string>>(catalog, "Tags");
        var byYear = CatalogLoader.Get<IReadOnlyDictionary<int, IReadOnlyList<Publication>>>(catalog, "ByYear");
        var years = CatalogLoader.Get<IReadOnlyList<int>>(catalog, "Years");

        var expectedTags = all.SelectMany(p => p.Tags).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        Assert.Equal(["Lost Tag", "Serving", "Systems"], expectedTags);
        Assert.Equal(expectedTags, tags);
        foreach (var tag in expectedTags)
        {
            Assert.Equal(all.Where(p => p.Tags.Contains(tag)).ToList(), byTag[tag]);
        }

        Assert.Equal(["Alpha: A Tagged Paper"], byTag["Systems"].Select(p => p.Title));
        var combined = Assert.Single(byTag["Lost Tag"]);
        Assert.Equal(("Gamma: The Shared Paper", VenueKind.Conference, 2023), (combined.Title, combined.Venue.Kind, combined.Year));
        var expectedYears = all.Where(p => p.Year is not null).Select(p => p.Year!.Value).Distinct().OrderByDescending(y => y).ToList();
        Assert.Equal([2024, 2023], expectedYears);
        Assert.Equal(expectedYears, years);
        foreach (var year in expectedYears)
        {
            Assert.Equal(all.Where(p => p.Year == year).ToList(), byYear[year]);
        }

        Assert.Contains(all, p => p.Year is null);
    }
}
