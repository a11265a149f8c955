using System;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>An inline HTML tag as Markdig hands it over (<c>&lt;a href="…"&gt;</c>, <c>&lt;/span&gt;</c>), read by a small linear scanner.</summary>
    internal readonly struct HtmlTag
    {
        private HtmlTag(string name, bool isClosing, bool isSelfClosing, string? href)
        {
            Name = name;
            IsClosing = isClosing;
            IsSelfClosing = isSelfClosing;
            Href = href;
        }

        /// <summary>Lower-case element name, or empty for comments and declarations.</summary>
        public string Name { get; }

        public bool IsClosing { get; }

        public bool IsSelfClosing { get; }

        /// <summary>The raw <c>href</c> attribute value of an anchor.</summary>
        public string? Href { get; }

        /// <summary>The tag that is the characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="tag"/>, read in place.</summary>
        public static HtmlTag Parse(string tag, int start, int end)
        {
            var i = start;
            if (i < end && tag[i] == '<')
            {
                i++;
            }

            var closing = i < end && tag[i] == '/';
            if (closing)
            {
                i++;
            }

            var nameStart = i;
            while (i < end && (char.IsLetterOrDigit(tag[i]) || tag[i] == '-'))
            {
                i++;
            }

            var name = KnownName(tag, nameStart, i) ?? tag.Substring(nameStart, i - nameStart).ToLowerInvariant();
            var selfClosing = end - start >= 2 && tag[end - 2] == '/' && tag[end - 1] == '>';
            return new HtmlTag(name, closing, selfClosing, name == "a" ? ReadAttribute(tag, i, end, "href") : null);
        }

        // The elements the flattener acts on: their names are shared strings, not a lower-cased copy per tag.
        private static readonly string[] KnownNames = { "a", "b", "i", "br", "em", "span", "strong", "sup", "sub", "div", "p" };

        /// <summary>The lower-case name when the tag's name is one of <see cref="KnownNames"/> in ASCII letters of either case.</summary>
        private static string? KnownName(string tag, int start, int end)
        {
            foreach (var known in KnownNames)
            {
                if (known.Length == end - start && EqualsIgnoringAsciiCase(tag, start, known))
                {
                    return known;
                }
            }

            return null;
        }

        private static bool EqualsIgnoringAsciiCase(string text, int start, string lower)
        {
            for (var i = 0; i < lower.Length; i++)
            {
                var c = text[start + i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + 32);
                }

                if (c != lower[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string? ReadAttribute(string tag, int start, int tagEnd, string attribute)
        {
            var i = start;
            while (i < tagEnd)
            {
                while (i < tagEnd && (char.IsWhiteSpace(tag[i]) || tag[i] == '/'))
                {
                    i++;
                }

                var nameStart = i;
                while (i < tagEnd && !char.IsWhiteSpace(tag[i]) && tag[i] != '=' && tag[i] != '>' && tag[i] != '/')
                {
                    i++;
                }

                if (i == nameStart)
                {
                    return null;
                }

                var nameEnd = i;
                while (i < tagEnd && char.IsWhiteSpace(tag[i]))
                {
                    i++;
                }

                // The value's range: copied out only for the attribute asked for (not for every style or target).
                var valueStart = -1;
                var valueEnd = -1;
                if (i < tagEnd && tag[i] == '=')
                {
                    i++;
                    while (i < tagEnd && char.IsWhiteSpace(tag[i]))
                    {
                        i++;
                    }

                    if (i < tagEnd && (tag[i] == '"' || tag[i] == '\''))
                    {
                        var quote = tag[i++];
                        var end = tag.IndexOf(quote, i, tagEnd - i);
                        end = end < 0 ? tagEnd : end;
                        (valueStart, valueEnd) = (i, end);
                        i = Math.Min(tagEnd, end + 1);
                    }
                    else
                    {
                        valueStart = i;
                        while (i < tagEnd && !char.IsWhiteSpace(tag[i]) && tag[i] != '>')
                        {
                            i++;
                        }

                        valueEnd = i;
                    }
                }

                if (nameEnd - nameStart == attribute.Length && string.Compare(tag, nameStart, attribute, 0, attribute.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return System.Net.WebUtility.HtmlDecode(valueStart < 0 ? "" : tag.Substring(valueStart, valueEnd - valueStart));
                }
            }

            return null;
        }
    }
}
