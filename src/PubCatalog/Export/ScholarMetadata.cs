using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PubCatalog.Text;

namespace PubCatalog
{
    /// <summary>
    /// What search engines read from a paper's page: Google Scholar's Highwire Press <c>citation_*</c> meta tags
    /// and schema.org <c>ScholarlyArticle</c> JSON-LD. Both go in the page's <c>&lt;head&gt;</c>.
    /// </summary>
    public static class ScholarMetadata
    {
        /// <summary>
        /// The Highwire tags, in order: <c>citation_title</c>, one <c>citation_author</c> per author,
        /// <c>citation_publication_date</c>, <c>citation_conference_title</c> or <c>citation_journal_title</c>,
        /// <c>citation_pdf_url</c> when a paper link is a PDF, <c>citation_abstract_html_url</c> for the page.
        /// </summary>
        public static IReadOnlyList<MetaTag> HighwireTags(this Publication publication, CitationOptions? options = null)
        {
            var tags = new List<MetaTag>();
            void Add(string name, string? content)
            {
                if (!string.IsNullOrEmpty(content))
                {
                    tags.Add(new MetaTag(name, content!));
                }
            }

            Add("citation_title", publication.Title);
            foreach (var author in publication.Authors)
            {
                Add("citation_author", author.Name);
            }

            Add("citation_publication_date", publication.Year?.ToString(CultureInfo.InvariantCulture));
            if (CitationType.Highwire(publication.Venue.Kind) is string venueTag)
            {
                Add(venueTag, publication.Venue.Name);
            }

            Add("citation_doi", publication.Doi);
            Add("citation_arxiv_id", publication.ArxivId());
            Add("citation_pdf_url", publication.PdfUrl(options));
            Add("citation_abstract_html_url", options?.PageUrl?.Invoke(publication));
            foreach (var keyword in publication.Tags)
            {
                Add("citation_keywords", keyword);
            }

            return tags;
        }

        /// <summary>The Highwire tags as HTML, one per line, all values encoded.</summary>
        public static string ToHighwireHtml(this Publication publication, CitationOptions? options = null)
        {
            var html = new StringBuilder();
            foreach (var tag in publication.HighwireTags(options))
            {
                html.Append(tag.ToHtml()).Append('\n');
            }

            return html.ToString();
        }

        /// <summary>The schema.org <c>ScholarlyArticle</c> as JSON-LD. Safe inside a script element: <c>&lt;</c> is written <c>\u003c</c>.</summary>
        public static string ToJsonLd(this Publication publication, CitationOptions? options = null, bool indented = false)
        {
            var pageUrl = options?.PageUrl?.Invoke(publication);
            var json = new JsonWriter(indented).BeginObject()
                .Name("@context").String("https://schema.org")
                .Name("@type").String("ScholarlyArticle")
                .OptionalString("@id", pageUrl)
                .OptionalString("url", pageUrl ?? publication.PaperUrl(options))
                .Name("headline").String(publication.Title)
                .Name("name").String(publication.Title)
                .OptionalString("alternateName", publication.ShortName)
                .OptionalString("abstract", publication.Abstract)
                .OptionalString("identifier", publication.Doi is null ? null : "https://doi.org/" + publication.Doi);
            if (publication.Authors.Count > 0)
            {
                json.Name("author").BeginArray();
                foreach (var author in publication.Authors)
                {
                    var name = PersonName.Parse(author.Name);
                    json.BeginObject().Name("@type").String("Person").Name("name").String(author.Name)
                        .OptionalString("givenName", name.Given).OptionalString("familyName", name.Family).EndObject();
                }

                json.EndArray();
            }

            json.OptionalString("datePublished", publication.Year?.ToString(CultureInfo.InvariantCulture));
            var venueType = publication.Venue.Kind switch
            {
                VenueKind.Journal => "Periodical",
                VenueKind.Conference => "PublicationEvent",
                VenueKind.Workshop => "PublicationEvent",
                _ => null,
            };
            if (venueType is not null)
            {
                json.Name(venueType == "Periodical" ? "isPartOf" : "publication").BeginObject()
                    .Name("@type").String(venueType).Name("name").String(publication.Venue.Name)
                    .OptionalString("alternateName", publication.Venue.Acronym == publication.Venue.Name ? null : publication.Venue.Acronym).EndObject();
            }

            json.OptionalStrings("sameAs", publication.AbsoluteUrls(options))
                .OptionalStrings("award", publication.Awards)
                .OptionalString("keywords", string.Join(", ", publication.Tags))
                .OptionalString("abstract", publication.Summary);
            return json.EndObject().ToString();
        }

        /// <summary>The JSON-LD wrapped in <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
        public static string ToJsonLdScript(this Publication publication, CitationOptions? options = null) =>
            "<script type=\"application/ld+json\">" + publication.ToJsonLd(options) + "</script>";
    }
}
