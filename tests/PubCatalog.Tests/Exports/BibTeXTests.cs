using PubCatalog.Tests.Infrastructure;
using static PubCatalog.Tests.Infrastructure.TestPublications;

namespace PubCatalog.Tests.Exports;

public class BibTeXTests
{
    [Fact]
    public void SeedCatalogRoundTripsThroughABibTeXReader()
    {
        var seeds = Seeds;
        var entries = BibTeXReader.Read(seeds.ToBibTeX());

        Assert.Equal(54, seeds.Count);
        Assert.Equal(seeds.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        for (var i = 0; i < seeds.Count; i++)
        {
            var (publication, entry) = (seeds[i], entries[i]);
            Assert.Equal(publication.CitationKey(), entry.Key); // the seeds need no suffix: keys are unique as they are
            Assert.Equal(publication.Title, entry.Text("title"));
            var names = entry.Text("author").Split(" and ");
            Assert.Equal(publication.Authors.Select(a => a.Name), names.Select(FromFamilyFirst));
            Assert.Equal(publication.Year?.ToString(), entry.Fields.GetValueOrDefault("year"));
            var expectedType = publication.Venue.Kind switch
            {
                VenueKind.Conference or VenueKind.Workshop => "inproceedings",
                VenueKind.Journal => "article",
                _ => "misc",
            };
            Assert.Equal(expectedType, entry.Type);
            if (expectedType == "inproceedings")
            {
                Assert.Equal(publication.Venue.Name, entry.Text("booktitle"));
            }
            else if (expectedType == "article")
            {
                Assert.Equal(publication.Venue.Name, entry.Text("journal"));
            }
        }
    }

    [Fact]
    public void LatexSpecialCharactersAreEscapedAndReadBack()
    {
        const string title = @"Q&A: 100% of $x_1 #1 {braces} ~tilde ^caret \back";
        var bib = Make(title, authors: new[] { "Zoë O'Brien-Ng", "Ann_Lee" }).ToBibTeX();

        Assert.Contains(@"Q\&A: 100\% of \$x\_1 \#1 \{braces\} \textasciitilde{}tilde \textasciicircum{}caret \textbackslash{}back", bib);
        var entry = Assert.Single(BibTeXReader.Read(bib));
        Assert.Equal(title, entry.Text("title"));
        Assert.Equal("O'Brien-Ng, Zoë and Ann_Lee", entry.Text("author"));
    }

    [Theory]
    [InlineData(VenueKind.Conference, "@inproceedings{", "booktitle = {NSDI}")]
    [InlineData(VenueKind.Workshop, "@inproceedings{", "booktitle = {NSDI}")]
    [InlineData(VenueKind.Journal, "@article{", "journal = {NSDI}")]
    [InlineData(VenueKind.Preprint, "@misc{", "howpublished = {NSDI}")]
    [InlineData(VenueKind.InSubmission, "@misc{", "note = {NSDI}")]
    public void EntryTypeFollowsTheVenueKind(VenueKind kind, string start, string venueField)
    {
        var bib = Make(kind: kind).ToBibTeX();

        Assert.StartsWith(start, bib);
        Assert.Contains(venueField, bib);
    }

    [Fact]
    public void CitationKeyIsFamilyYearAndFirstSignificantTitleWord()
    {
        Assert.Equal("lovelace2024analytical", Make("The Analytical Engine: a Note").CitationKey());
        Assert.Equal("beethoven2024cant", Make("Can't Stop", authors: new[] { "Ludwig van Beethoven" }).CitationKey());
        Assert.Equal("anonnd", Make("", authors: Array.Empty<string>(), year: null).CitationKey());
        // Stable: computed from content only.
        Assert.Equal(Make("Same Title").CitationKey(), Make("Same Title", id: "other-id").CitationKey());
    }

    [Fact]
    public void ListExportMakesDuplicateKeysUnique()
    {
        var twins = new[] { Make("Twin Paper", id: "one"), Make("Twin Paper", id: "two"), Make("Twin Paper", id: "three") };

        var keys = BibTeXReader.Read(twins.ToBibTeX()).Select(e => e.Key);

        Assert.Equal(new[] { "lovelace2024twin", "lovelace2024twinb", "lovelace2024twinc" }, keys);
    }

    [Fact]
    public void PaperUrlArxivAndAwardsAreExported()
    {
        var publication = Make(
            awards: new[] { "Best Paper" },
            links: new[] { new Link("Code", LinkKind.Code, "https://github.com/x/y"), new Link("Paper", LinkKind.Paper, "https://arxiv.org/pdf/2504.17307") });

        var entry = Assert.Single(BibTeXReader.Read(publication.ToBibTeX()));

        Assert.Equal("https://arxiv.org/pdf/2504.17307", entry.Fields["url"]);
        Assert.Equal("2504.17307", entry.Fields["eprint"]);
        Assert.Equal("Best Paper", entry.Text("note"));
    }

    [Fact]
    public void RelativeLinksNeedABaseUri()
    {
        var publication = Make(links: new[] { new Link("PDF", LinkKind.Paper, "/files/paper.pdf") });

        Assert.DoesNotContain("url =", publication.ToBibTeX());
        Assert.Contains("url = {https://me.example/files/paper.pdf}", publication.ToBibTeX(new CitationOptions { BaseUri = new Uri("https://me.example/") }));
    }

    private static string FromFamilyFirst(string name)
    {
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? name : name[(comma + 2)..] + " " + name[..comma];
    }
}
