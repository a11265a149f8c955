using System;
using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>Turns the links of an entry into <see cref="LinkModel"/>s: kind from the label, URL checked against the allowed schemes.</summary>
    internal static class LinkReader
    {
        // Checked in order: the first label word that matches wins ("Vicuna Blog" is a blog, "Code and data" is code).
        private static readonly (string Word, string Kind)[] Kinds =
        {
            ("paper", "Paper"), ("pdf", "Paper"), ("preprint", "Paper"), ("arxiv", "Paper"), ("publication", "Paper"),
            ("article", "Paper"), ("doi", "Paper"), ("manuscript", "Paper"), ("html", "Paper"), ("acm", "Paper"),
            ("ieee", "Paper"), ("springer", "Paper"), ("report", "Paper"), ("full text", "Paper"), ("camera-ready", "Paper"),
            ("code", "Code"), ("github", "Code"), ("source", "Code"), ("software", "Code"), ("repo", "Code"),
            ("implementation", "Code"), ("artifact", "Code"), ("gitlab", "Code"),
            ("slides", "Slides"), ("slide", "Slides"), ("deck", "Slides"),
            ("talk", "Talk"), ("presentation", "Talk"), ("recording", "Talk"),
            ("video", "Video"), ("youtube", "Video"),
            ("dataset", "Dataset"), ("data", "Dataset"), ("benchmark", "Dataset"),
            ("blog", "Blog"), ("post", "Blog"), ("news", "Blog"),
            ("tutorial", "Tutorial"),
            ("poster", "Poster"),
            ("project", "Project"), ("website", "Project"), ("webpage", "Project"), ("homepage", "Project"),
            ("page", "Project"), ("site", "Project"), ("demo", "Project"),
        };

        // The letters of each kind word: a word is searched for only in a label that holds them all.
        private static readonly int[] KindLetters = Kinds.Select(k => AsciiLetters.Of(k.Word)).ToArray();

        /// <summary>Labels that are known and meant as <c>Other</c>: no warning for them.</summary>
        private static readonly HashSet<string> KnownOther = new(StringComparer.OrdinalIgnoreCase)
        {
            "bibtex", "bib", "cite", "citation", "abstract", "supplementary", "supplement", "appendix", "models", "model",
            "award", "media", "press", "errata", "erratum", "reviews", "openreview",
        };

        /// <summary>
        /// Labels classified lately, by their hash: a page writes the same few labels ("PDF", "Code", "Slides") on entry
        /// after entry, and a label found here is not searched for every kind word again. Safe without locks (a slot holds
        /// one reference, read and written whole, and a reader checks the label it finds); fixed in size, and only labels of
        /// up to 32 characters are kept, so it never holds more than about 30 KB.
        /// </summary>
        private static readonly LabelKind?[] s_recentKinds = new LabelKind?[256];

        private const int MaxRememberedLabelLength = 32;

        public static string Classify(string label)
        {
            if (label.Length > MaxRememberedLabelLength)
            {
                return ClassifyAfresh(label);
            }

            var slot = System.StringComparer.Ordinal.GetHashCode(label) & (s_recentKinds.Length - 1);
            var recent = s_recentKinds[slot];
            if (recent is not null && string.Equals(recent.Label, label))
            {
                return recent.Kind;
            }

            var kind = ClassifyAfresh(label);
            s_recentKinds[slot] = new LabelKind(label, kind);
            return kind;
        }

        /// <summary>The kind of the label, searched for word by word (what <see cref="Classify"/> remembers).</summary>
        internal static string ClassifyAfresh(string label)
        {
            // ASCII labels (nearly all) are searched ignoring case in place; others are lower-cased first, as the words are.
            var ascii = TextUtil.IsAscii(label);
            var text = ascii ? label : label.ToLowerInvariant();
            var comparison = ascii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            // One pass over the label finds its letters; then a word longer than the label, or with a letter it lacks,
            // is skipped without a search (labels are short, and most words are ruled out).
            var letters = AsciiLetters.Of(text);
            for (var k = 0; k < Kinds.Length; k++)
            {
                var (word, kind) = Kinds[k];
                if (word.Length <= text.Length && AsciiLetters.MayContain(letters, KindLetters[k]) && ContainsWord(text, word, comparison))
                {
                    return kind;
                }
            }

            return "Other";
        }

        public static bool IsKnownLabel(string label) => IsKnownLabel(label, Classify(label));

        /// <summary><see cref="IsKnownLabel(string)"/> when the label's <see cref="Classify"/> is already known.</summary>
        public static bool IsKnownLabel(string label, string kind) =>
            kind != "Other" || KnownOther.Contains(label.Trim()) || label.Trim().Length == 0;

        /// <summary>Reads the links of a line; rejected URLs are reported and left out.</summary>
        public static void Read(LogicalLine line, string title, ParseContext context, List<LinkModel> links)
        {
            foreach (var (label, url, firstIndex) in line.Links())
            {
                var first = line.Segments[firstIndex];
                ReadLink(label, url, first.LinkStart, (first.Line, first.Column), title, context, links);
            }
        }

        /// <summary>
        /// Reads one link: its address checked (a rejected one is reported at <paramref name="start"/>, where the link
        /// starts, and left out), its kind found, an unknown label reported at <paramref name="labelAt"/>.
        /// </summary>
        public static void ReadLink(string label, string url, (int Line, int Column) start, (int Line, int Column) labelAt, string title, ParseContext context, List<LinkModel> links)
        {
            var display = label.Length > 0 ? label : url;
            var problem = UrlPolicy.Check(url);
            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidLinkUrl, context.At(start.Line, start.Column, Math.Max(1, label.Length)), display, title, problem);
                return;
            }

            var kind = Classify(label.Length > 0 ? label : url);
            if (!(label.Length > 0 ? IsKnownLabel(label, kind) : IsKnownLabel(label)))
            {
                context.Report(DiagnosticDescriptors.UnknownLinkLabel, context.At(labelAt.Line, labelAt.Column, label.Length), label);
            }

            links.Add(new LinkModel(display, kind, url.Trim()));
        }

        /// <summary>The word (lower-case) stands alone in the text, or with a plural "s"; matched as <paramref name="comparison"/> says.</summary>
        private static bool ContainsWord(string text, string word, StringComparison comparison)
        {
            var at = text.IndexOf(word, comparison);
            while (at >= 0)
            {
                var end = at + word.Length;
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var after = end >= text.Length || !char.IsLetter(text[end]) || (IsS(text[end]) && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])));
                if (before && after)
                {
                    return true;
                }

                at = text.IndexOf(word, at + 1, comparison);
            }

            return false;
        }

        // Lower-cased text holds no 'S', so accepting both cases answers for either kind of text.
        private static bool IsS(char c) => c == 's' || c == 'S';

        /// <summary>A label and its kind, one slot of the table (a reference, so a slot is read and written whole).</summary>
        private sealed record LabelKind(string Label, string Kind);
    }

    /// <summary>Which URLs a catalog may carry: http, https, mailto, or a relative path.</summary>
    internal static class UrlPolicy
    {
        /// <summary>Null when the URL is allowed, else a short description of the problem for the diagnostic.</summary>
        public static string? Check(string url)
        {
            // Browsers drop tabs, newlines and other controls inside a URL ("java\tscript:") and decode entities
            // ("javascript&colon;"): so must we, before looking at the scheme.
            var text = UrlSchemeText.Reveal(url);
            if (text.Length == 0)
            {
                return "an empty URL";
            }

            var length = SchemeLength(text);
            if (length <= 0)
            {
                return null;
            }

            // The common schemes are recognised in place; any other is named in the message.
            if (IsAsciiScheme(text, length, "http") || IsAsciiScheme(text, length, "https") || IsAsciiScheme(text, length, "mailto"))
            {
                return null;
            }

            var scheme = text.Substring(0, length).ToLowerInvariant();
            return scheme is "http" or "https" or "mailto" ? null : $"the scheme '{scheme}:'";
        }

        /// <summary>The scheme is <paramref name="expected"/> in ASCII letters of either case.</summary>
        private static bool IsAsciiScheme(string url, int length, string expected)
        {
            if (length != expected.Length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                var c = url[i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + 32);
                }

                if (c != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The length of the URL's scheme (the text before its first ':'), or 0 when it has none.</summary>
        private static int SchemeLength(string url)
        {
            for (var i = 0; i < url.Length; i++)
            {
                var c = url[i];
                if (c == ':')
                {
                    return i;
                }

                if (c == '/' || c == '?' || c == '#')
                {
                    return 0;
                }

                // Entities and percent escapes cannot hide a scheme from us: treat their lead characters as part of it.
                if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '&' || c == ';' || c == '%'))
                {
                    return 0;
                }
            }

            return 0;
        }
    }
}
