using System;
using System.Collections.Generic;
using System.Net;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The anchors of a raw HTML block (<c>&lt;div class="publication-buttons"&gt;&lt;a href="…"&gt;📄 Paper&lt;/a&gt;</c>) as one
    /// logical line of links, so the field readers see them like Markdown links.
    /// </summary>
    internal static class HtmlAnchors
    {
        /// <summary>Link ids of HTML-block anchors start here, far from the ids the inline flattener hands out.</summary>
        private const int FirstLinkId = 1_000_000;

        public static LogicalLine? Read(SourceLines source, int start, int end)
        {
            var text = source.Text;
            end = Math.Min(end, text.Length);
            var segments = new List<InlineSegment>();
            var at = start;
            while (at < end)
            {
                var open = text.IndexOf("<a", at, end - at, StringComparison.OrdinalIgnoreCase);
                if (open < 0 || open + 2 >= end)
                {
                    break;
                }

                var tagEnd = text.IndexOf('>', open);
                if (tagEnd < 0 || tagEnd >= end || !(char.IsWhiteSpace(text[open + 2]) || text[open + 2] == '>'))
                {
                    at = open + 2;
                    continue;
                }

                var href = HtmlTag.Parse(text, open, tagEnd + 1).Href;
                var close = text.IndexOf("</a", tagEnd, end - tagEnd, StringComparison.OrdinalIgnoreCase);
                var labelEnd = close < 0 ? end : close;
                var label = TrimIcon(TextUtil.CollapseWhitespace(WebUtility.HtmlDecode(StripTags(text.Substring(tagEnd + 1, labelEnd - tagEnd - 1)))));
                if (href is not null)
                {
                    var (line, column) = source.Position(open);
                    if (segments.Count > 0)
                    {
                        segments.Add(new InlineSegment(" ", InlineStyle.None, line, column));
                    }

                    // The link keeps no start of its own: a rejected button URL is reported at the file's start, as ever.
                    var link = new InlineLink(FirstLinkId + segments.Count, WebUtility.HtmlDecode(href), start: default);
                    segments.Add(new InlineSegment(label.Length > 0 ? label : href, InlineStyle.None, line, column) { Link = link });
                }

                at = labelEnd;
            }

            return segments.Count == 0 ? null : new LogicalLine(segments, segments[0].Line, segments[0].Column);
        }

        /// <summary>"📄 Paper" → "Paper": the icon before a button's label is decoration.</summary>
        private static string TrimIcon(string label)
        {
            var i = 0;
            while (i < label.Length && (char.IsSurrogate(label[i]) || char.IsSymbol(label[i]) || label[i] == '\uFE0F' || char.IsWhiteSpace(label[i])))
            {
                i++;
            }

            return i < label.Length ? label.Substring(i) : label;
        }

        private static string StripTags(string html)
        {
            var builder = new System.Text.StringBuilder(html.Length);
            var inTag = false;
            foreach (var c in html)
            {
                if (c == '<')
                {
                    inTag = true;
                }
                else if (c == '>')
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
