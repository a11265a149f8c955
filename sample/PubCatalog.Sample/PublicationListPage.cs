using System.Globalization;
using System.Text;
using PubCatalog;
using PubCatalog.Text;

namespace PubCatalog.Sample;

/// <summary>
/// The publications page: filters, a count, selected papers first (when set), then years newest first; per entry
/// the owner in bold, venue and honours as badges, links as buttons and a BibTeX button that needs no JavaScript.
/// </summary>
public static class PublicationListPage
{
    /// <summary>The page over the generated catalog with default options.</summary>
    public static string Render(PublicationFilter filter) => Render(new SiteCatalog(Publications.All), filter, new SiteOptions());

    public static string Render(SiteCatalog catalog, PublicationFilter filter, SiteOptions options)
    {
        var shown = catalog.All.Where(filter.Matches).ToList();
        var html = PageLayout.Begin(new StringBuilder(), options.Title);
        html.Append("<h1>").Append(Html.Encode(options.Title)).Append("</h1>\n");
        RenderFilters(html, catalog, filter, shown.Count);

        var selected = options.SelectedFirst ? shown.Where(options.IsSelected).ToList() : new List<Publication>();
        if (selected.Count > 0)
        {
            RenderSection(html, "selected", "Selected", selected, options);
        }

        var rest = shown.Except(selected);
        foreach (var group in rest.GroupBy(p => p.Year).OrderByDescending(g => g.Key ?? int.MinValue))
        {
            var year = group.Key?.ToString(CultureInfo.InvariantCulture);
            RenderSection(html, year is null ? "undated" : "y" + year, year ?? "Undated and in submission", group, options);
        }

        if (shown.Count == 0)
        {
            html.Append("<p class=\"empty\">No publication matches these filters.</p>\n");
        }

        return PageLayout.End(html).ToString();
    }

    private static void RenderFilters(StringBuilder html, SiteCatalog catalog, PublicationFilter filter, int count)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">\n")
            .Append("<label class=\"search\">Search titles <input type=\"search\" name=\"q\" value=\"")
            .Append(Html.Encode(filter.Query)).Append("\" placeholder=\"e.g. cache, serving\"></label>\n");
        Select(html, "year", "Year", "All years", catalog.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)), filter.Year?.ToString(CultureInfo.InvariantCulture));
        Select(html, "kind", "Type", "All types", catalog.VenueKinds.Select(k => k.ToString()), filter.Kind?.ToString(), KindLabel);
        Select(html, "tag", "Topic", "All topics", catalog.Tags, filter.Tag);
        Select(html, "author", "Author", "All authors", catalog.Authors, filter.Author);
        html.Append("<div class=\"actions\"><button type=\"submit\">Filter</button>");
        if (!filter.IsEmpty)
        {
            html.Append("<a href=\"/\">Clear</a>");
        }

        html.Append("</div>\n</form>\n<p class=\"count\"><span id=\"count\">").Append(count).Append("</span> ")
            .Append(count == 1 ? "publication" : "publications");
        if (!filter.IsEmpty)
        {
            html.Append(" of ").Append(catalog.All.Count);
        }

        html.Append("</p>\n");
    }

    private static void Select(StringBuilder html, string name, string label, string all, IEnumerable<string> values, string? selected, Func<string, string>? display = null)
    {
        html.Append("<label>").Append(label).Append(" <select name=\"").Append(name).Append("\"><option value=\"\">").Append(all).Append("</option>");
        foreach (var value in values)
        {
            var isSelected = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append("<option").Append(isSelected).Append(" value=\"").Append(Html.Encode(value)).Append("\">")
                .Append(Html.Encode(display is null ? value : display(value))).Append("</option>");
        }

        html.Append("</select></label>\n");
    }

    private static string KindLabel(string kind) => kind switch
    {
        nameof(VenueKind.Conference) => "Conference",
        nameof(VenueKind.Journal) => "Journal",
        nameof(VenueKind.Workshop) => "Workshop",
        nameof(VenueKind.Preprint) => "Preprint",
        nameof(VenueKind.InSubmission) => "In submission",
        _ => "Other",
    };

    private static void RenderSection(StringBuilder html, string id, string heading, IEnumerable<Publication> publications, SiteOptions options)
    {
        html.Append("<section class=\"year\" id=\"").Append(id).Append("\">\n<h2>").Append(Html.Encode(heading)).Append("</h2>\n<ol class=\"pubs\">\n");
        foreach (var publication in publications)
        {
            RenderEntry(html, publication, options);
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void RenderEntry(StringBuilder html, Publication publication, SiteOptions options)
    {
        var id = Html.Encode(publication.Id);
        var page = "/publications/" + Html.Encode(Uri.EscapeDataString(publication.Id));
        // class="pub" exactly, one per entry: the tests count it. Selected entries carry a data attribute instead.
        html.Append("<li class=\"pub\" id=\"").Append(id).Append('"').Append(options.IsSelected(publication) ? " data-selected=\"true\"" : "").Append(">\n");
        // TitleHtml is sanitized by the generator: only em, strong, sup, sub and code, all text encoded.
        html.Append("<a class=\"title\" href=\"").Append(page).Append("\">").Append(publication.TitleHtml).Append("</a>\n")
            .Append("<div class=\"authors\">").Append(publication.AuthorsHtml(new DisplayOptions { MaxAuthors = options.MaxAuthors })).Append("</div>\n")
            .Append("<div class=\"meta\">").Append(publication.BadgesHtml()).Append("</div>\n");
        RenderLinks(html, publication, page);
        if (publication.Tags.Count > 0)
        {
            html.Append("<div class=\"tags\">");
            foreach (var tag in publication.Tags)
            {
                html.Append("<a href=\"/?tag=").Append(Html.Encode(Uri.EscapeDataString(tag))).Append("\">#").Append(Html.Encode(tag)).Append("</a>");
            }

            html.Append("</div>\n");
        }

        html.Append("</li>\n");
    }

    /// <summary>The link buttons and the BibTeX button: a <c>&lt;details&gt;</c> that shows the entry, with a download link.</summary>
    internal static void RenderLinks(StringBuilder html, Publication publication, string page, bool bibtexOpen = false)
    {
        html.Append("<div class=\"links\">");
        foreach (var link in publication.Links)
        {
            html.Append("<a class=\"button\" rel=\"noopener\" href=\"").Append(Html.Encode(PublicationDisplay.SafeHref(link.Url))).Append("\">")
                .Append(Html.Encode(link.Label)).Append("</a>");
        }

        html.Append(bibtexOpen ? "<details class=\"bibtex\" open>" : "<details class=\"bibtex\">").Append("<summary>BibTeX</summary><pre class=\"bib\">").Append(Html.Encode(publication.ToBibTeX()))
            .Append("</pre><a class=\"button download\" download=\"").Append(Html.Encode(publication.CitationKey())).Append(".bib\" href=\"")
            .Append(page).Append(".bib\">Download .bib</a></details>");
        html.Append("</div>\n");
    }
}
