using System.Text.Json;
using static PubCatalog.Tests.Infrastructure.TestPublications;

namespace PubCatalog.Tests.Exports;

public class CslJsonTests
{
    [Fact]
    public void SeedCatalogIsACslArrayKeyedByPublicationId()
    {
        using var document = JsonDocument.Parse(Seeds.ToCslJson());
        var items = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(Seeds.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (publication, item) = (Seeds[i], items[i]);
            Assert.Equal(publication.Id, item.GetProperty("id").GetString());
            Assert.Equal(publication.Title, item.GetProperty("title").GetString());
            var names = item.GetProperty("author").EnumerateArray()
                .Select(a => a.TryGetProperty("literal", out var literal) ? literal.GetString() : a.GetProperty("given").GetString() + " " + a.GetProperty("family").GetString());
            Assert.Equal(publication.Authors.Select(a => a.Name), names);
            if (publication.Year is int year)
            {
                Assert.Equal(year, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
            }
        }
    }

    [Theory]
    [InlineData(VenueKind.Conference, "paper-conference")]
    [InlineData(VenueKind.Journal, "article-journal")]
    [InlineData(VenueKind.Preprint, "article")]
    [InlineData(VenueKind.InSubmission, "manuscript")]
    public void TypeFollowsTheVenueKind(VenueKind kind, string type)
    {
        using var document = JsonDocument.Parse(Make(kind: kind).ToCslJson());

        Assert.Equal(type, document.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void ItemHasTheCslFieldsCitationToolsRead()
    {
        var publication = Make(
            authors: new[] { "Ethan J. Jackson", "Plato" },
            venue: "IEEE Transactions on Networking",
            acronym: "TON",
            kind: VenueKind.Journal,
            links: new[] { new Link("Paper", LinkKind.Paper, "https://example.org/p.pdf") });

        using var document = JsonDocument.Parse(publication.ToCslJson());
        var item = document.RootElement;

        Assert.Equal("a-paper-2024", item.GetProperty("id").GetString());
        Assert.Equal("Jackson", item.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Ethan J.", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("Plato", item.GetProperty("author")[1].GetProperty("literal").GetString());
        Assert.Equal(2024, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("IEEE Transactions on Networking", item.GetProperty("container-title").GetString());
        Assert.Equal("TON", item.GetProperty("container-title-short").GetString());
        Assert.Equal("https://example.org/p.pdf", item.GetProperty("URL").GetString());
    }

    [Fact]
    public void HostileTextSurvivesJsonEncoding()
    {
        const string title = "Quotes \" and \\ back, </script><script>alert(1)</script> & 'apos' \u0001\u2028 \ud83d\ude00 end";
        var json = Make(title, authors: new[] { "Eve \"Evil\" <b>Hacker</b>" }).ToCslJson(indented: false);

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain("\u2028", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(title, document.RootElement.GetProperty("title").GetString());
        Assert.Equal("<b>Hacker</b>", document.RootElement.GetProperty("author")[0].GetProperty("family").GetString());
    }
}
