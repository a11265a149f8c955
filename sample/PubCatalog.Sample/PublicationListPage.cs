using System.Net;
using System.Text;
using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>Renders the publications page: grouped by year, owner in bold, honours as badges, links as buttons.</summary>
public static class PublicationListPage
{
    public static string Render(PublicationFilter filter)
    {
        var shown = Publications.All.Where(filter.Matches).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Publications</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Publications</h1>\n");
        RenderFilters(html, filter, shown.Count);
        foreach (var group in shown.GroupBy(p => p.Year))
        {
            html.Append("<section class=\"year\">\n<h2>").Append(group.Key?.ToString() ?? "Undated").Append("</h2>\n<ol class=\"pubs\">\n");
            foreach (var publication in group)
            {
                RenderEntry(html, publication);
            }

            html.Append("</ol>\n</section>\n");
        }

        html.Append("<p class=\"foot\"><a href=\"/publications.json\">publications.json</a></p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderFilters(StringBuilder html, PublicationFilter filter, int count)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/\">\n");
        Select(html, "tag", "All tags", Publications.Tags, filter.Tag);
        Select(html, "author", "All authors", Publications.Authors, filter.Author);
        html.Append("<button type=\"submit\">Filter</button>");
        if (!filter.IsEmpty)
        {
            html.Append(" <a href=\"/\">Clear</a>");
        }

        html.Append("\n</form>\n<p class=\"count\"><span id=\"count\">").Append(count).Append("</span> publications</p>\n");
    }

    private static void Select(StringBuilder html, string name, string all, IEnumerable<string> values, string? selected)
    {
        html.Append("<select name=\"").Append(name).Append("\"><option value=\"\">").Append(all).Append("</option>");
        foreach (var value in values)
        {
            var isSelected = string.Equals(value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append("<option").Append(isSelected).Append(" value=\"").Append(Encode(value)).Append("\">").Append(Encode(value)).Append("</option>");
        }

        html.Append("</select>\n");
    }

    private static void RenderEntry(StringBuilder html, Publication publication)
    {
        html.Append("<li class=\"pub\" id=\"").Append(Encode(publication.Id)).Append("\">\n");
        // TitleHtml is sanitized by the generator: only em, strong, sup, sub and code, all text encoded.
        html.Append("<div class=\"title\">").Append(publication.TitleHtml).Append("</div>\n<div class=\"authors\">");
        for (var i = 0; i < publication.Authors.Count; i++)
        {
            var author = publication.Authors[i];
            if (i > 0)
            {
                html.Append(", ");
            }

            var name = Encode(author.Name) + (author.IsEqualContribution ? "<sup>*</sup>" : "");
            html.Append(author.IsSelf ? "<strong>" + name + "</strong>" : name);
        }

        html.Append("</div>\n<div class=\"venue\"><em>").Append(Encode(publication.Venue.Name));
        if (publication.Year is int year)
        {
            html.Append(' ').Append(year);
        }

        html.Append("</em>");
        foreach (var award in publication.Awards)
        {
            html.Append(" <span class=\"badge\">").Append(Encode(award)).Append("</span>");
        }

        html.Append("</div>\n");
        if (publication.Links.Count > 0)
        {
            html.Append("<div class=\"links\">");
            foreach (var link in publication.Links)
            {
                html.Append("<a class=\"button\" href=\"").Append(Encode(link.Url)).Append("\">").Append(Encode(link.Label)).Append("</a> ");
            }

            html.Append("</div>\n");
        }

        if (publication.Tags.Count > 0)
        {
            html.Append("<div class=\"tags\">");
            foreach (var tag in publication.Tags)
            {
                html.Append("<a class=\"tag\" href=\"/?tag=").Append(Uri.EscapeDataString(tag)).Append("\">#").Append(Encode(tag)).Append("</a> ");
            }

            html.Append("</div>\n");
        }

        html.Append("</li>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:Georgia,"Times New Roman",serif;color:#222;background:#fdfdfb;margin:0;line-height:1.5}
        main{max-width:52rem;margin:0 auto;padding:1.5rem}
        h1{font-weight:normal;font-size:2rem;margin:.5rem 0}
        h2{font-size:1.25rem;border-bottom:1px solid #ddd;padding-bottom:.25rem;margin-top:2rem}
        .pubs{list-style:none;padding:0}.pub{margin:0 0 1.25rem}
        .title{font-weight:bold}.authors,.venue{font-size:.95rem}.venue em{color:#2d6a4f}
        .badge{display:inline-block;font:600 .75rem system-ui,sans-serif;background:#fde68a;color:#713f12;border-radius:.25rem;padding:.05rem .4rem;margin-left:.25rem}
        .button{display:inline-block;font:.8rem system-ui,sans-serif;border:1px solid #2563eb;color:#2563eb;border-radius:.25rem;padding:.1rem .5rem;margin:.25rem .25rem 0 0;text-decoration:none}
        .button:hover{background:#2563eb;color:#fff}.tag{font:.8rem system-ui,sans-serif;color:#555;margin-right:.4rem}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem;font:.9rem system-ui,sans-serif}.filters select{max-width:16rem}
        .count{color:#555;font:.9rem system-ui,sans-serif}.foot{font:.8rem system-ui,sans-serif;color:#777}
        @media (max-width:40rem){main{padding:1rem}h1{font-size:1.5rem}}
        """;
}
