using System.Text;
using PubCatalog;
using PubCatalog.Text;

namespace PubCatalog.Sample;

/// <summary>
/// A page per paper, <c>/publications/{id}</c>: Google Scholar's Highwire <c>citation_*</c> tags and schema.org
/// JSON-LD in the head; the full author list, badges, links, summary and BibTeX in the body.
/// </summary>
public static class PublicationDetailPage
{
    public static string Render(Publication publication, CitationOptions citation, SiteOptions options)
    {
        var head = new StringBuilder();
        var pageUrl = citation.PageUrl?.Invoke(publication);
        if (pageUrl is not null)
        {
            head.Append("<link rel=\"canonical\" href=\"").Append(Html.Encode(pageUrl)).Append("\">\n");
        }

        head.Append("<meta name=\"description\" content=\"").Append(Html.Encode(publication.Summary ?? publication.AuthorsText(new DisplayOptions { MaxAuthors = 6 })))
            .Append("\">\n")
            .Append(publication.ToHighwireHtml(citation))
            .Append(publication.ToJsonLdScript(citation)).Append('\n');

        var html = PageLayout.Begin(new StringBuilder(), publication.Title + " — " + options.Title, head.ToString());
        html.Append("<p class=\"back\"><a href=\"/\">← All publications</a></p>\n")
            .Append("<article class=\"paper\" id=\"").Append(Html.Encode(publication.Id)).Append("\">\n")
            // TitleHtml is sanitized by the generator: only em, strong, sup, sub and code, all text encoded.
            .Append("<h1 class=\"paper-title\">").Append(publication.TitleHtml).Append("</h1>\n")
            .Append("<div class=\"authors\">").Append(publication.AuthorsHtml()).Append("</div>\n")
            .Append("<div class=\"meta\">").Append(publication.BadgesHtml()).Append("</div>\n");
        if (publication.Summary is not null)
        {
            html.Append("<p class=\"summary\">").Append(Html.Encode(publication.Summary)).Append("</p>\n");
        }

        if (publication.Highlights.Count > 0)
        {
            html.Append("<ul class=\"highlights\">\n");
            foreach (var highlight in publication.Highlights)
            {
                html.Append("<li>").Append(Html.Encode(highlight)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        PublicationListPage.RenderLinks(html, publication, "/publications/" + Html.Encode(Uri.EscapeDataString(publication.Id)), bibtexOpen: true);
        if (publication.Tags.Count > 0)
        {
            html.Append("<div class=\"tags\">");
            foreach (var tag in publication.Tags)
            {
                html.Append("<a href=\"/?tag=").Append(Html.Encode(Uri.EscapeDataString(tag))).Append("\">#").Append(Html.Encode(tag)).Append("</a>");
            }

            html.Append("</div>\n");
        }

        html.Append("</article>\n");
        return PageLayout.End(html).ToString();
    }

    public static string NotFound(string id)
    {
        var html = PageLayout.Begin(new StringBuilder(), "Not found");
        html.Append("<h1>Not found</h1>\n<p>No publication has the id <code>").Append(Html.Encode(id)).Append("</code>.</p>\n<p class=\"back\"><a href=\"/\">← All publications</a></p>\n");
        return PageLayout.End(html).ToString();
    }
}
