using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PubCatalog.Text;

namespace PubCatalog
{
    /// <summary>
    /// BibTeX export: <c>@inproceedings</c> for conferences and workshops, <c>@article</c> for journals, <c>@misc</c>
    /// for preprints and the rest; Google-Scholar-style citation keys (<c>xia2026skylb</c>); LaTeX specials escaped.
    /// </summary>
    public static class BibTeX
    {
        private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "at", "by", "from", "towards", "toward",
        };

        /// <summary>The entry type: <c>inproceedings</c>, <c>article</c> or <c>misc</c>.</summary>
        public static string EntryType(this Publication publication) => CitationType.BibTeX(publication.Venue.Kind);

        /// <summary>
        /// The citation key: first author's family name, year and first significant title word, lowercase ASCII
        /// (<c>xia2026skylb</c>). It depends only on the entry's content, so it is stable from build to build.
        /// </summary>
        public static string CitationKey(this Publication publication)
        {
            // The last word of the family name: "van Beethoven" gives "beethoven".
            var family = publication.Authors.Count > 0 ? PersonName.Parse(publication.Authors[0].Name).Family : string.Empty;
            family = family.Substring(family.LastIndexOf(' ') + 1);
            var word = string.Empty;
            foreach (var candidate in publication.Title.Split(new[] { ' ', ':', '-', '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var ascii = Ascii(candidate);
                if (ascii.Length > 0 && !StopWords.Contains(ascii))
                {
                    word = ascii;
                    break;
                }
            }

            var key = (Ascii(family).Length > 0 ? Ascii(family) : "anon")
                + (publication.Year?.ToString(CultureInfo.InvariantCulture) ?? "nd")
                + word;
            return key;
        }

        /// <summary>The fields of the entry, in order, values unescaped. Extend here to add a field to the export.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Fields(this Publication publication, CitationOptions? options = null)
        {
            var fields = new List<KeyValuePair<string, string>>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    fields.Add(new KeyValuePair<string, string>(name, value!));
                }
            }

            Add("title", publication.Title);
            var authors = new List<string>();
            foreach (var author in publication.Authors)
            {
                authors.Add(PersonName.Parse(author.Name).ToString());
            }

            Add("author", string.Join(" and ", authors));
            var kind = publication.Venue.Kind;
            if (CitationType.BibTeXContainerField(kind) is string container)
            {
                Add(container, publication.Venue.Name);
            }
            else if (kind == VenueKind.Preprint)
            {
                Add("howpublished", publication.Venue.Name);
            }

            Add("year", publication.Year?.ToString(CultureInfo.InvariantCulture));
            if (publication.ArxivId() is string arxiv)
            {
                Add("eprint", arxiv);
                Add("archiveprefix", "arXiv");
            }

            Add("doi", publication.Doi);
            Add("url", publication.PaperUrl(options));
            var notes = new List<string>();
            if (!CitationType.IsPublished(kind) && kind != VenueKind.Preprint)
            {
                notes.Add(publication.Venue.Name);
            }

            notes.AddRange(publication.Awards);
            Add("note", string.Join(". ", notes));
            if (publication.Tags.Count > 0)
            {
                Add("keywords", string.Join(", ", publication.Tags));
            }

            Add("abstract", publication.Abstract);

            return fields;
        }

        /// <summary>The publication as one BibTeX entry, ending in a newline.</summary>
        public static string ToBibTeX(this Publication publication, CitationOptions? options = null) =>
            Write(new StringBuilder(), publication, publication.CitationKey(), options).ToString();

        /// <summary>
        /// The publications as a BibTeX file, one entry each, separated by blank lines. Keys are made unique in the
        /// file: a key already used gets <c>b</c>, <c>c</c> … appended, in order.
        /// </summary>
        public static string ToBibTeX(this IEnumerable<Publication> publications, CitationOptions? options = null)
        {
            var text = new StringBuilder();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var publication in publications)
            {
                var key = publication.CitationKey();
                var unique = key;
                for (var suffix = 'b'; !used.Add(unique); suffix++)
                {
                    unique = key + suffix;
                }

                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                Write(text, publication, unique, options);
            }

            return text.ToString();
        }

        private static StringBuilder Write(StringBuilder text, Publication publication, string key, CitationOptions? options)
        {
            text.Append('@').Append(publication.EntryType()).Append('{').Append(key).Append(",\n");
            var fields = publication.Fields(options);
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Key;
                var value = name == "url" ? EscapeUrl(fields[i].Value) : LaTeX.Escape(fields[i].Value);
                // Double braces keep the title's capitalization (SkyLB, LLM) through bibliography styles.
                value = name == "title" ? "{" + value + "}" : value;
                text.Append("  ").Append(name).Append(" = {").Append(value).Append('}').Append(i + 1 < fields.Count ? ",\n" : "\n");
            }

            return text.Append("}\n");
        }

        // url fields are verbatim (biblatex, \url): escaping would corrupt them; only braces and spaces must go.
        private static string EscapeUrl(string url) => url.Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20");

        private static string Ascii(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
