using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// One file per paper, the paper in the YAML front matter: academicpages' <c>_publications</c> (<c>title</c>,
    /// <c>date</c>, <c>venue</c>, <c>paperurl</c>, <c>citation</c>, <c>excerpt</c> …) and Hugo Blox's
    /// <c>content/publication/*/index.md</c> (<c>authors</c> with <c>admin</c>, <c>publication</c>,
    /// <c>publication_types</c>, <c>doi</c>, <c>featured</c>, <c>url_pdf</c> …). The body of such a file is notes, not entries.
    /// </summary>
    internal static class FrontMatterEntryReader
    {
        /// <summary>Keys only a paper's front matter has; a page's own front matter (<c>title: Publications</c>) has none.</summary>
        private static readonly string[] PaperKeys =
        {
            "authors", "author", "venue", "publication", "publication_types", "doi", "paperurl", "citation", "pub_date",
        };

        /// <summary>Keys whose value is a link, with the label to show.</summary>
        private static readonly (string Key, string Label)[] LinkKeys =
        {
            ("paperurl", "Paper"), ("url_pdf", "PDF"), ("pdf", "PDF"), ("url_preprint", "Preprint"),
            ("url_code", "Code"), ("code", "Code"), ("github", "Code"), ("url_dataset", "Dataset"),
            ("url_slides", "Slides"), ("slidesurl", "Slides"), ("slides", "Slides"), ("url_video", "Video"), ("video", "Video"),
            ("url_poster", "Poster"), ("poster", "Poster"), ("url_project", "Project"), ("url_source", "Source"),
            ("bibtexurl", "BibTeX"), ("acm", "ACM"), ("ieee", "IEEE"), ("arxiv", "arXiv"),
        };

        /// <summary>Keys that never hold an entry link, even when their value is a URL.</summary>
        private static readonly HashSet<string> NotLinks = new(StringComparer.OrdinalIgnoreCase)
        {
            "permalink", "url", "doi", "image", "header", "redirect_from", "canonical_url",
        };

        /// <summary>
        /// Reads the file's front matter as one paper. Returns false when the file has no front matter or the front
        /// matter is a page's, not a paper's; then the body is read as usual.
        /// </summary>
        public static bool TryRead(SourceLines source, ParseContext context, List<PublicationModel> entries)
        {
            if (!TryFindFrontMatter(source, out var end))
            {
                return false;
            }

            YamlMappingNode? root;
            try
            {
                var yaml = new YamlStream();
                yaml.Load(new StringReader(string.Join("\n", Enumerable.Range(1, end - 1).Select(source.GetLine))));
                root = yaml.Documents.Count > 0 ? yaml.Documents[0].RootNode as YamlMappingNode : null;
            }
            catch (YamlException)
            {
                // Not YAML we can read: the Markdown reader still sees the body (and Markdig skips the front matter).
                return false;
            }

            if (root is null || !IsPaper(root))
            {
                return false;
            }

            var fields = new Fields(root, context);
            var entry = context.StartEntry();
            var titleNode = fields.Node("title");
            var titleText = fields.Scalar("title") ?? "";
            var titleLine = InlineText.Parse(titleText, fields.Line(titleNode), fields.Column(titleNode));
            entry.TitleLine = titleLine;
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine);
            entry.ShortName = TitleReader.ShortName(entry.Title);
            var block = new EntryBlock(new[] { titleLine }, fields.Line(titleNode), null, null);
            if (entry.Title.Length == 0)
            {
                context.Report(DiagnosticDescriptors.EntryFieldNotFound, context.At(0, 0, 3), "title", "the front matter has no 'title'", "the file was left out");
                return true;
            }

            ReadAuthors(fields, context, entry);
            if (entry.Authors.Count == 0)
            {
                context.Report(DiagnosticDescriptors.EntryFieldNotFound, context.At(titleLine), "authors", entry.Title,
                    "add 'authors' (or 'citation') to the front matter; the entry is kept without authors");
            }

            ReadVenue(fields, entry);
            ReadLinks(fields, context, entry);
            entry.Abstract = NonEmpty(fields.Scalar("abstract"));
            entry.Summary = NonEmpty(fields.Scalar("summary")) ?? NonEmpty(fields.Scalar("excerpt"));
            entry.Selected = string.Equals(fields.Scalar("featured"), "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(fields.Scalar("selected"), "true", StringComparison.OrdinalIgnoreCase);
            entry.Tags.AddRange(fields.List("tags").Select(t => TextUtil.CollapseWhitespace(t)).Where(t => t.Length > 0));
            var flag = NonEmpty(fields.Scalar("flag"));
            if (flag is not null && VenueReader.IsHonour(flag))
            {
                entry.Awards.Add(flag.Trim('(', ')', ' '));
            }

            entries.Add(entry.Build(block));
            return true;
        }

        /// <summary>A file that starts with a <c>---</c> line and has a closing <c>---</c> (or <c>...</c>) line.</summary>
        private static bool TryFindFrontMatter(SourceLines source, out int end)
        {
            end = -1;
            if (source.LineCount < 2 || source.GetLine(0).TrimEnd() != "---")
            {
                return false;
            }

            for (var i = 1; i < source.LineCount; i++)
            {
                var line = source.GetLine(i).TrimEnd();
                if (line == "---" || line == "...")
                {
                    end = i;
                    return true;
                }
            }

            return false;
        }

        private static bool IsPaper(YamlMappingNode root)
        {
            var keys = root.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
            var collection = root.Children.TryGetValue(new YamlScalarNode("collection"), out var node) ? (node as YamlScalarNode)?.Value : null;
            return keys.Contains("title") && (PaperKeys.Any(keys.Contains) || string.Equals(collection, "publications", StringComparison.OrdinalIgnoreCase));
        }

        private static void ReadAuthors(Fields fields, ParseContext context, EntryAssembler entry)
        {
            var node = fields.Node("authors") ?? fields.Node("author");
            if (node is YamlSequenceNode list)
            {
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var text = item.Value ?? "";
                    if (text.Trim().Length == 0)
                    {
                        continue;
                    }

                    var line = InlineText.Parse(text, fields.Line(item), fields.Column(item));
                    var name = line.PlainText;
                    var isAdmin = string.Equals(name, "admin", StringComparison.OrdinalIgnoreCase);
                    if (isAdmin)
                    {
                        // Hugo Blox's site owner: the name lives in content/authors/admin, which we do not read.
                        name = context.Options.SelfNames.Count > 0 ? context.Options.SelfNames[0] : name;
                    }

                    var (clean, equal) = StripEqualMark(name);
                    var isSelf = isAdmin || line.IsAll(InlineStyle.Bold) || SelfNameMatcher.Matches(context.Options.SelfNames, clean);
                    entry.Authors.Add((new AuthorModel(clean, isSelf, equal), line.Segments[0].Line, line.Segments[0].Column));
                }

                return;
            }

            var text2 = (node as YamlScalarNode)?.Value;
            var at = node;
            if (string.IsNullOrWhiteSpace(text2))
            {
                at = fields.Node("citation");
                text2 = CitationAuthors(fields.Scalar("citation"));
            }

            if (string.IsNullOrWhiteSpace(text2) || at is null)
            {
                return;
            }

            var authorLine = InlineText.Parse(text2!, fields.Line(at), fields.Column(at));
            foreach (var (author, line, column) in AuthorListReader.Read(authorLine, context))
            {
                var (clean, equal) = StripEqualMark(author.Name);
                entry.Authors.Add((author with { Name = clean, IsEqualContribution = author.IsEqualContribution || equal }, line, column));
            }
        }

        /// <summary>"Taiyan Zhang#": a trailing <c>#</c> marks equal contribution on some sites.</summary>
        private static (string Name, bool Equal) StripEqualMark(string name)
        {
            var trimmed = name.TrimEnd('#', '*', '†', '‡', ' ');
            return (trimmed, trimmed.Length != name.Length);
        }

        /// <summary>
        /// The authors at the head of an academicpages citation: <c>Your Name, You. (2009). "Title." Venue.</c> or
        /// <c>A. Author and B. Author, "Title," …</c>: the text before the year in parentheses or the quoted title.
        /// </summary>
        private static string? CitationAuthors(string? citation)
        {
            if (string.IsNullOrWhiteSpace(citation))
            {
                return null;
            }

            var text = InlineText.Plain(citation!);
            var cut = text.Length;
            foreach (var marker in new[] { " (", "\"", "“" })
            {
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                if (at > 0 && at < cut)
                {
                    cut = at;
                }
            }

            var head = text.Substring(0, cut).Trim().TrimEnd('.', ',', ' ');
            var parts = head.Split(new[] { ", " }, StringSplitOptions.None);

            // "Last, First, Last, First": join the pairs back into names.
            if (parts.Length % 2 == 0 && parts.Where((p, i) => i % 2 == 1).All(p => p.Split(' ').Length <= 2 && p.IndexOf(" and ", StringComparison.Ordinal) < 0))
            {
                var names = new List<string>();
                for (var i = 0; i < parts.Length; i += 2)
                {
                    var family = parts[i].StartsWith("and ", StringComparison.Ordinal) ? parts[i].Substring(4) : parts[i];
                    names.Add(parts[i + 1].TrimEnd('.') + " " + family);
                }

                return string.Join(", ", names);
            }

            return head;
        }

        private static void ReadVenue(Fields fields, EntryAssembler entry)
        {
            var text = InlineText.Plain(fields.Scalar("venue") ?? fields.Scalar("publication") ?? "");
            var badge = NonEmpty(InlineText.Plain(fields.Scalar("publication_short") ?? fields.Scalar("venueabbr") ?? ""));
            if (text.Length == 0 && badge is not null)
            {
                text = badge;
            }

            if (text.Length > 0)
            {
                var (venue, year) = entry.Context.Venues.Read(text, badge, entry.Awards);
                entry.Venue = venue;
                entry.VenueYear = year;
            }

            // The declared type decides only when the venue's own words do not ("Preprint", "Transactions on …").
            var kind = KindOf(fields.List("publication_types").FirstOrDefault());
            if (kind is not null && entry.Venue.Kind == VenueKinds.Other)
            {
                entry.Venue = entry.Venue with { Kind = kind };
            }

            if (TryYear(fields.Scalar("date") ?? fields.Scalar("pub_date") ?? fields.Scalar("year"), out var date))
            {
                entry.VenueYear = date;
            }
        }

        /// <summary>Hugo Blox's publication types: the old numbers (1 conference … 3 preprint) and CSL names.</summary>
        private static string? KindOf(string? type)
        {
            switch ((type ?? "").Trim().ToLowerInvariant())
            {
                case "1":
                case "paper-conference":
                case "conference":
                    return VenueKinds.Conference;
                case "2":
                case "article-journal":
                case "journal_article":
                case "journal":
                    return VenueKinds.Journal;
                case "3":
                case "article":
                case "preprint":
                case "manuscript":
                    return VenueKinds.Preprint;
                case "4":
                case "5":
                case "6":
                case "7":
                case "8":
                case "report":
                case "book":
                case "chapter":
                case "thesis":
                case "patent":
                    return VenueKinds.Other;
                default:
                    return null;
            }
        }

        private static bool TryYear(string? date, out int year)
        {
            year = 0;
            date = date?.Trim() ?? "";
            return date.Length >= 4 && (date.Length == 4 || !char.IsDigit(date[4])) && YearText.TryParseStandaloneYear(date.Substring(0, 4), out year);
        }

        private static void ReadLinks(Fields fields, ParseContext context, EntryAssembler entry)
        {
            var doi = NonEmpty(fields.Scalar("doi"));
            if (doi is not null)
            {
                entry.Doi = Doi(doi);
                Add(fields, context, entry, "DOI", "https://doi.org/" + entry.Doi, fields.Node("doi"));
            }

            var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, label) in LinkKeys)
            {
                var url = NonEmpty(fields.Scalar(key));
                if (url is not null && LooksLikeUrl(url) && done.Add(key))
                {
                    Add(fields, context, entry, label, url, fields.Node(key));
                }
            }

            if (fields.Node("links") is YamlSequenceNode links)
            {
                foreach (var link in links.Children.OfType<YamlMappingNode>())
                {
                    var name = (Get(link, "name") as YamlScalarNode)?.Value ?? "Link";
                    var url = NonEmpty((Get(link, "url") as YamlScalarNode)?.Value);
                    if (url is not null)
                    {
                        Add(fields, context, entry, name, url, link);
                    }
                }
            }

            // Any other key whose value is a web address is a link too, labelled by its key ("github", "video").
            foreach (var pair in fields.Root.Children)
            {
                var key = (pair.Key as YamlScalarNode)?.Value ?? "";
                var url = (pair.Value as YamlScalarNode)?.Value ?? "";
                if (!done.Contains(key) && !NotLinks.Contains(key) && !LinkKeys.Any(k => k.Key == key)
                    && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                {
                    Add(fields, context, entry, key, url, pair.Value);
                }
            }
        }

        private static void Add(Fields fields, ParseContext context, EntryAssembler entry, string label, string url, YamlNode? node)
        {
            url = url.Trim();
            var problem = UrlPolicy.Check(url);
            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidLinkUrl, context.At(fields.Line(node), fields.Column(node), label.Length), label, entry.Title, problem);
                return;
            }

            if (entry.Links.Any(l => l.Url == url))
            {
                return;
            }

            // The label is the author's own key or name: when it names no kind, the address may ("arxiv.org", "github.com").
            var kind = LinkReader.Classify(label);
            if (kind == "Other" && !LinkReader.IsKnownLabel(label))
            {
                kind = LinkReader.Classify(url);
            }

            entry.Links.Add(new LinkModel(label, kind, url));
        }

        private static string Doi(string value)
        {
            value = value.Trim();
            foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
            {
                if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return value.Substring(prefix.Length).Trim();
                }
            }

            return value;
        }

        private static bool LooksLikeUrl(string value) =>
            value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("/", StringComparison.Ordinal) || value.IndexOf('.') > 0 && value.IndexOf(' ') < 0 && value.IndexOf('/') > 0;

        private static string? NonEmpty(string? value) =>
            string.IsNullOrWhiteSpace(value) ? null : TextUtil.CollapseWhitespace(value!);

        private static YamlNode? Get(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        /// <summary>The front matter's top-level fields, with file positions (the YAML starts on the file's second line).</summary>
        private sealed class Fields
        {
            public Fields(YamlMappingNode root, ParseContext context)
            {
                Root = root;
            }

            public YamlMappingNode Root { get; }

            public YamlNode? Node(string key) => Get(Root, key);

            public string? Scalar(string key) => (Node(key) as YamlScalarNode)?.Value;

            /// <summary>A list's items, or a single value as a one-item list.</summary>
            public IEnumerable<string> List(string key) => Node(key) switch
            {
                YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""),
                YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => new[] { scalar.Value! },
                _ => Enumerable.Empty<string>(),
            };

            /// <summary>0-based file line of a node: YAML lines are 1-based and start after the opening <c>---</c>.</summary>
            public int Line(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

            public int Column(YamlNode? node) => node is null ? 0 : Math.Max(0, (int)node.Start.Column - 1);
        }
    }
}
