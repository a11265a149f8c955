using System.Text.Json;
using System.Text.RegularExpressions;
using static PubCatalog.Tests.Infrastructure.TestPublications;

namespace PubCatalog.Tests.Exports;

public class ScholarMetadataTests
{
    private static readonly Link[] PdfAndCode =
    {
        new("Code", LinkKind.Code, "https://github.com/x/y"),
        new("Paper", LinkKind.Paper, "https://www.usenix.org/system/files/nsdi24-wu-zhanghao.pdf"),
    };

    [Fact]
    public void HighwireTagsAreTheOnesGoogleScholarReads()
    {
        var tags = Make(authors: new[] { "Ada Lovelace", "Charles Babbage" }, links: PdfAndCode).HighwireTags()
            .Select(t => (t.Name, t.Content)).ToList();

        Assert.Equal(
            new[]
            {
                ("citation_title", "A Paper"),
                ("citation_author", "Ada Lovelace"),
                ("citation_author", "Charles Babbage"),
                ("citation_publication_date", "2024"),
                ("citation_conference_title", "NSDI"),
                ("citation_pdf_url", "https://www.usenix.org/system/files/nsdi24-wu-zhanghao.pdf"),
            },
            tags);
    }

    [Fact]
    public void JournalsUseCitationJournalTitle()
    {
        var names = Make(kind: VenueKind.Journal).HighwireTags().Select(t => t.Name).ToList();

        Assert.Contains("citation_journal_title", names);
        Assert.DoesNotContain("citation_conference_title", names);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2505.24095", false)]
    [InlineData("https://arxiv.org/pdf/2504.17307", true)]
    [InlineData("https://dl.acm.org/doi/pdf/10.1145/3627703.3650072", true)]
    [InlineData("https://example.org/paper.PDF", true)]
    [InlineData("https://example.org/paper.html", false)]
    public void PdfUrlOnlyForAPdfLink(string url, bool isPdf)
    {
        var publication = Make(links: new[] { new Link("Paper", LinkKind.Paper, url) });

        Assert.Equal(isPdf ? url : null, publication.PdfUrl());
        Assert.Equal(isPdf, publication.HighwireTags().Any(t => t.Name == "citation_pdf_url"));
    }

    [Fact]
    public void MetaTagHtmlEncodesAttributeValues()
    {
        var html = Make("\"><script>alert(1)</script>", authors: new[] { "O'Brien & <Co>" }).ToHighwireHtml();

        Assert.Contains("<meta name=\"citation_title\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">", html);
        Assert.Contains("<meta name=\"citation_author\" content=\"O&#39;Brien &amp; &lt;Co&gt;\">", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void JsonLdIsAScholarlyArticle()
    {
        var options = new CitationOptions { PageUrl = p => "https://me.example/publications/" + p.Id };
        using var document = JsonDocument.Parse(Make(awards: new[] { "Best Paper" }, links: PdfAndCode).ToJsonLd(options));
        var article = document.RootElement;

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", article.GetProperty("@type").GetString());
        Assert.Equal("A Paper", article.GetProperty("headline").GetString());
        Assert.Equal("https://me.example/publications/a-paper-2024", article.GetProperty("url").GetString());
        Assert.Equal(new[] { "Ada Lovelace", "Charles Babbage" }, article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Person", article.GetProperty("author")[0].GetProperty("@type").GetString());
        Assert.Equal("2024", article.GetProperty("datePublished").GetString());
        Assert.Equal("NSDI", article.GetProperty("publication").GetProperty("name").GetString());
        Assert.Equal("Best Paper", article.GetProperty("award")[0].GetString());
    }

    [Fact]
    public void JsonLdScriptCannotBeClosedByItsContent()
    {
        const string title = "</script><script>alert(1)</script><!--";
        var script = Make(title).ToJsonLdScript();

        var inner = Regex.Match(script, "^<script type=\"application/ld\\+json\">(.*)</script>$", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("<", inner);
        using var document = JsonDocument.Parse(inner);
        Assert.Equal(title, document.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void EverySeedPublicationHasValidMetadata()
    {
        foreach (var publication in Seeds)
        {
            var tags = publication.HighwireTags();
            Assert.Equal(publication.Title, tags[0].Content);
            Assert.Equal(publication.Authors.Count, tags.Count(t => t.Name == "citation_author"));
            using var document = JsonDocument.Parse(publication.ToJsonLd());
        }
    }
}
