using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Site;

/// <summary>The sample site's routes, through the in-memory test server.</summary>
public class SiteHttpTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListShowsEveryPublicationNewestYearFirst()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Equal(54, Regex.Matches(html, "class=\"pub\"").Count);
        Assert.Contains("<span id=\"count\">54</span>", html);
        var years = Regex.Matches(html, "<section class=\"year\" id=\"y(\\d{4})\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(2026, years[0]);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [InlineData("/?year=2024", 11)]
    [InlineData("/?kind=Journal", 6)]
    [InlineData("/?kind=journal&year=2019", 3)]
    [InlineData("/?tag=KV%20Cache", 2)]
    [InlineData("/?author=Ion%20Stoica", 22)]
    [InlineData("/?q=cache", 6)]
    [InlineData("/?q=CACHE%20freshness", 1)]
    [InlineData("/?year=1999", 0)]
    [InlineData("/?kind=7&year=abc", 54)]
    public async Task FiltersNarrowTheListAndTheCount(string url, int expected)
    {
        var html = await _client.GetStringAsync(url);

        Assert.Equal(expected, Regex.Matches(html, "class=\"pub\"").Count);
        Assert.Contains($"<span id=\"count\">{expected}</span>", html);
    }

    [Fact]
    public async Task FilterCountsMatchTheCatalog()
    {
        var html = await _client.GetStringAsync("/?author=Ion%20Stoica&kind=Conference");
        var expected = TestPublications.Seeds.Count(p => p.Venue.Kind == VenueKind.Conference && p.Authors.Any(a => a.Name == "Ion Stoica"));

        Assert.Contains($"<span id=\"count\">{expected}</span>", html);
    }

    [Fact]
    public async Task QueryTextIsEncodedWhenEchoed()
    {
        var html = await _client.GetStringAsync("/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.DoesNotContain("<script", html);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
    }

    [Fact]
    public async Task EveryEntryHasABibTeXButtonThatWorksWithoutJavaScript()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Equal(54, Regex.Matches(html, "<details class=\"bibtex\"><summary>BibTeX</summary><pre class=\"bib\">@").Count);
        Assert.Contains("href=\"/publications/cant-be-late-2024.bib\"", html);
    }

    [Fact]
    public async Task DetailPageHasHighwireTagsAndJsonLdInTheHead()
    {
        var response = await _client.GetAsync("/publications/cant-be-late-2024");
        var html = await response.Content.ReadAsStringAsync();
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<meta name=\"citation_title\" content=\"Can&#39;t Be Late: Optimizing Spot Instance Savings under Deadlines\">", head);
        Assert.Equal(7, Regex.Matches(head, "<meta name=\"citation_author\"").Count);
        Assert.Contains("<meta name=\"citation_publication_date\" content=\"2024\">", head);
        Assert.Contains("<meta name=\"citation_conference_title\" content=\"NSDI\">", head);
        Assert.Contains("<meta name=\"citation_pdf_url\" content=\"https://www.usenix.org/system/files/nsdi24-wu-zhanghao.pdf\">", head);
        var jsonLd = Regex.Match(head, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var document = JsonDocument.Parse(jsonLd);
        Assert.Equal("ScholarlyArticle", document.RootElement.GetProperty("@type").GetString());
        Assert.EndsWith("/publications/cant-be-late-2024", document.RootElement.GetProperty("url").GetString());
        Assert.Contains("Outstanding Paper Award", html);
    }

    [Fact]
    public async Task JournalPageUsesCitationJournalTitle()
    {
        var html = await _client.GetStringAsync("/publications/faaspr-2025");

        Assert.Contains("<meta name=\"citation_journal_title\" content=\"IEEE Transactions on Networking\">", html);
    }

    [Theory]
    [InlineData("/publications/no-such-paper")]
    [InlineData("/publications/no-such-paper.bib")]
    public async Task UnknownIdIsNotFound(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EntryBibTeXIsServedAsText()
    {
        var response = await _client.GetAsync("/publications/cant-be-late-2024.bib");
        var entry = Assert.Single(BibTeXReader.Read(await response.Content.ReadAsStringAsync()));

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("inproceedings", "wu2024cant"), (entry.Type, entry.Key));
    }

    [Fact]
    public async Task WholeCatalogExportsAgreeOnIds()
    {
        var bib = BibTeXReader.Read(await _client.GetStringAsync("/publications.bib"));
        using var csl = JsonDocument.Parse(await _client.GetStringAsync("/publications.csl.json"));
        using var catalog = JsonDocument.Parse(await _client.GetStringAsync("/publications.json"));

        Assert.Equal(54, bib.Count);
        var catalogIds = catalog.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(54, catalogIds.Count);
        Assert.Equal(catalogIds, csl.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }
}
