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

        public static HtmlTag Parse(string tag)
        {
            var i = 0;
            if (i < tag.Length && tag[i] == '<')
            {
                i++;
            }

            var closing = i < tag.Length && tag[i] == '/';
            if (closing)
            {
                i++;
            }

            var nameStart = i;
            while (i < tag.Length && (char.IsLetterOrDigit(tag[i]) || tag[i] == '-'))
            {
                i++;
            }

            var name = tag.Substring(nameStart, i - nameStart).ToLowerInvariant();
            var selfClosing = tag.EndsWith("/>", StringComparison.Ordinal);
            return new HtmlTag(name, closing, selfClosing, name == "a" ? ReadAttribute(tag, i, "href") : null);
        }

        private static string? ReadAttribute(string tag, int start, string attribute)
        {
            var i = start;
            while (i < tag.Length)
            {
                while (i < tag.Length && (char.IsWhiteSpace(tag[i]) || tag[i] == '/'))
                {
                    i++;
                }

                var nameStart = i;
                while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] != '=' && tag[i] != '>' && tag[i] != '/')
                {
                    i++;
                }

                if (i == nameStart)
                {
                    return null;
                }

                var name = tag.Substring(nameStart, i - nameStart);
                while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                {
                    i++;
                }

                string? value = null;
                if (i < tag.Length && tag[i] == '=')
                {
                    i++;
                    while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                    {
                        i++;
                    }

                    if (i < tag.Length && (tag[i] == '"' || tag[i] == '\''))
                    {
                        var quote = tag[i++];
                        var end = tag.IndexOf(quote, i);
                        end = end < 0 ? tag.Length : end;
                        value = tag.Substring(i, end - i);
                        i = Math.Min(tag.Length, end + 1);
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] != '>')
                        {
                            i++;
                        }

                        value = tag.Substring(valueStart, i - valueStart);
                    }
                }

                if (string.Equals(name, attribute, StringComparison.OrdinalIgnoreCase))
                {
                    return System.Net.WebUtility.HtmlDecode(value ?? "");
                }
            }

            return null;
        }
    }
}
