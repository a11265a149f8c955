using System.Collections.Generic;
using PubCatalog.Text;

namespace PubCatalog
{
    /// <summary>
    /// CSL-JSON export, the format Zotero, Pandoc and citeproc read: <c>id</c> (the publication's
    /// <see cref="Publication.Id"/>), <c>type</c>, <c>title</c>, <c>author</c> (<c>given</c>/<c>family</c>),
    /// <c>issued.date-parts</c>, <c>container-title</c>, <c>URL</c>.
    /// </summary>
    public static class CslJson
    {
        /// <summary>The CSL item type: <c>paper-conference</c>, <c>article-journal</c>, <c>article</c> (preprint) …</summary>
        public static string CslType(this Publication publication) => CitationType.Csl(publication.Venue.Kind);

        /// <summary>One CSL-JSON item (an object).</summary>
        public static string ToCslJson(this Publication publication, CitationOptions? options = null, bool indented = true)
        {
            var json = new JsonWriter(indented);
            WriteItem(json, publication, options);
            return json.ToString();
        }

        /// <summary>A CSL-JSON file: an array of items.</summary>
        public static string ToCslJson(this IEnumerable<Publication> publications, CitationOptions? options = null, bool indented = true)
        {
            var json = new JsonWriter(indented).BeginArray();
            foreach (var publication in publications)
            {
                WriteItem(json, publication, options);
            }

            return json.EndArray().ToString();
        }

        private static void WriteItem(JsonWriter json, Publication publication, CitationOptions? options)
        {
            var kind = publication.Venue.Kind;
            json.BeginObject()
                .Name("id").String(publication.Id)
                .Name("type").String(publication.CslType())
                .Name("citation-key").String(publication.CitationKey())
                .Name("title").String(publication.Title)
                .OptionalString("title-short", publication.ShortName);
            if (publication.Authors.Count > 0)
            {
                json.Name("author").BeginArray();
                foreach (var author in publication.Authors)
                {
                    var name = PersonName.Parse(author.Name);
                    json.BeginObject();
                    if (name.Given.Length == 0)
                    {
                        json.Name("literal").String(name.Family);
                    }
                    else
                    {
                        json.Name("family").String(name.Family).Name("given").String(name.Given).OptionalString("suffix", name.Suffix);
                    }

                    json.EndObject();
                }

                json.EndArray();
            }

            if (publication.Year is int year)
            {
                json.Name("issued").BeginObject().Name("date-parts").BeginArray().BeginArray().Number(year).EndArray().EndArray().EndObject();
            }

            if (CitationType.IsPublished(kind) || kind == VenueKind.Preprint)
            {
                json.Name("container-title").String(publication.Venue.Name);
                if (publication.Venue.Acronym is string acronym && acronym != publication.Venue.Name)
                {
                    json.Name("container-title-short").String(acronym);
                }
            }
            else
            {
                json.OptionalString("status", publication.Venue.Name);
            }

            if (kind == VenueKind.Preprint)
            {
                json.Name("genre").String("preprint");
            }

            json.OptionalString("DOI", publication.Doi);
            json.OptionalString("abstract", publication.Abstract);
            json.OptionalString("URL", publication.PaperUrl(options));
            if (publication.Awards.Count > 0)
            {
                json.Name("note").String(string.Join(". ", publication.Awards));
            }

            if (publication.Tags.Count > 0)
            {
                json.Name("keyword").String(string.Join(", ", publication.Tags));
            }

            json.EndObject();
        }
    }
}
