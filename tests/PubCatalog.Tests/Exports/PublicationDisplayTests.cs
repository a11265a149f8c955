using static PubCatalog.Tests.Infrastructure.TestPublications;

namespace PubCatalog.Tests.Exports;

public class PublicationDisplayTests
{
    private static readonly string[] Twelve = Enumerable.Range(1, 12).Select(i => $"Author {i}").ToArray();

    [Fact]
    public void OwnerIsStrongAndEqualContributionIsMarked()
    {
        var html = Make(authors: new[] { "Ada Lovelace", "Charles Babbage" }, self: "Ada Lovelace", equal: new[] { "Ada Lovelace", "Charles Babbage" }).AuthorsHtml();

        Assert.Equal(
            "<strong class=\"author self\">Ada Lovelace</strong><sup class=\"equal\" title=\"Equal contribution\">*</sup>, "
            + "<span class=\"author\">Charles Babbage</span><sup class=\"equal\" title=\"Equal contribution\">*</sup>",
            html);
    }

    [Fact]
    public void LongListsAreTruncatedWithAndNMore()
    {
        var publication = Make(authors: Twelve);

        Assert.Equal("Author 1, Author 2, Author 3 and 9 more", publication.AuthorsText(new DisplayOptions { MaxAuthors = 3 }));
        Assert.EndsWith("<span class=\"more\">and 9 more</span>", publication.AuthorsHtml(new DisplayOptions { MaxAuthors = 3 }));
        Assert.Equal(12, publication.AuthorParts().Count);
    }

    [Fact]
    public void OwnerPastTheLimitStaysVisibleAfterAnEllipsis()
    {
        var publication = Make(authors: Twelve, self: "Author 10", equal: new[] { "Author 10" });

        var parts = publication.AuthorParts(new DisplayOptions { MaxAuthors = 3 });

        Assert.Equal("Author 1, Author 2, Author 3, …, Author 10* and 8 more", publication.AuthorsText(new DisplayOptions { MaxAuthors = 3 }));
        Assert.Equal(new[] { AuthorPartKind.Author, AuthorPartKind.Author, AuthorPartKind.Author, AuthorPartKind.Ellipsis, AuthorPartKind.Author, AuthorPartKind.More }, parts.Select(p => p.Kind));
        Assert.Equal(6, parts[3].Count);
        Assert.True(parts[4].Author!.IsSelf);
    }

    [Fact]
    public void HtmlEncodesNamesVenuesAndAwards()
    {
        var publication = Make(authors: new[] { "<script>alert(1)</script>" }, venue: "A&B \"Conf\"", acronym: null, awards: new[] { "<img src=x onerror=alert(1)>" });

        Assert.Equal("<span class=\"author\">&lt;script&gt;alert(1)&lt;/script&gt;</span>", publication.AuthorsHtml());
        Assert.Equal(
            "<span class=\"badge venue\" title=\"A&amp;B &quot;Conf&quot;\">A&amp;B &quot;Conf&quot; 2024</span> <span class=\"badge award\">&lt;img src=x onerror=alert(1)&gt;</span>",
            publication.BadgesHtml());
    }

    [Fact]
    public void BadgesAreVenueThenHonours()
    {
        var badges = Make(venue: "USENIX Symposium on Networked Systems Design and Implementation", acronym: "NSDI", awards: new[] { "Outstanding Paper Award" }).Badges();

        Assert.Equal(new[] { (BadgeKind.Venue, "NSDI 2024"), (BadgeKind.Award, "Outstanding Paper Award") }, badges.Select(b => (b.Kind, b.Text)));
        Assert.Equal("USENIX Symposium on Networked Systems Design and Implementation", badges[0].Title);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/1", "https://arxiv.org/abs/1")]
    [InlineData("/files/paper.pdf", "/files/paper.pdf")]
    [InlineData("mailto:me@example.org", "mailto:me@example.org")]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData(" JavaScript:alert(1)", "#")]
    [InlineData("data:text/html,<script>", "#")]
    public void SafeHrefRejectsScriptUrls(string url, string expected) => Assert.Equal(expected, PublicationDisplay.SafeHref(url));
}
