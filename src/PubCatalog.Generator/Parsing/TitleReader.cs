using System;
using System.Collections.Generic;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads a title from its segments: plain text (markup removed, whitespace collapsed, no trailing period), safe
    /// HTML that keeps only <c>em</c>, <c>strong</c>, <c>sup</c>, <c>sub</c>, <c>code</c>, the short name before a colon,
    /// and an explicit id written as <c>{#my-id}</c> at its end.
    /// </summary>
    internal static class TitleReader
    {
        private static readonly char[] Space = { ' ' };

        private const int MaxShortNameWords = 5;
        private const int MaxShortNameLength = 40;

        public static (string Plain, string Html, string? ExplicitId) Read(IReadOnlyList<InlineSegment> segments)
        {
            // Emphasis that wraps the whole title (**Title**) is the page's formatting, not part of the title.
            var wrapping = InlineStyle.None;
            foreach (var style in new[] { InlineStyle.Bold, InlineStyle.Italic, InlineStyle.Span })
            {
                if (LogicalLine.AllHave(segments, style))
                {
                    wrapping |= style;
                }
            }

            var plain = new StringBuilder();
            var html = new StringBuilder();
            var open = new List<string>();
            foreach (var segment in segments)
            {
                var style = segment.Style & ~wrapping;
                var text = segment.Text;
                plain.Append(text);
                if (string.IsNullOrWhiteSpace(text) && open.Count > 0)
                {
                    html.Append(' ');
                    continue;
                }

                var wanted = Tags(style);
                var keep = 0;
                while (keep < open.Count && keep < wanted.Count && open[keep] == wanted[keep])
                {
                    keep++;
                }

                for (var i = open.Count - 1; i >= keep; i--)
                {
                    html.Append("</").Append(open[i]).Append('>');
                }

                open.RemoveRange(keep, open.Count - keep);
                for (var i = keep; i < wanted.Count; i++)
                {
                    html.Append('<').Append(wanted[i]).Append('>');
                    open.Add(wanted[i]);
                }

                html.Append(TextUtil.HtmlEncode(text));
            }

            for (var i = open.Count - 1; i >= 0; i--)
            {
                html.Append("</").Append(open[i]).Append('>');
            }

            var plainText = TextUtil.CollapseWhitespace(plain.ToString());
            var htmlText = TextUtil.CollapseWhitespace(html.ToString());
            var explicitId = ExtractExplicitId(ref plainText, ref htmlText);
            plainText = TextUtil.TrimTrailingPeriod(plainText);
            htmlText = TrimTrailingPeriodHtml(htmlText);
            return (plainText, htmlText, explicitId);
        }

        /// <summary>The name before the colon in "Name: subtitle", when it is short enough to be a name.</summary>
        public static string? ShortName(string title)
        {
            var colon = title.IndexOf(':');
            if (colon <= 0)
            {
                return null;
            }

            var name = title.Substring(0, colon).Trim();
            var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries).Length;
            return words >= 1 && words <= MaxShortNameWords && name.Length <= MaxShortNameLength ? name : null;
        }

        private static List<string> Tags(InlineStyle style)
        {
            var tags = new List<string>(2);
            if ((style & InlineStyle.Bold) != 0) tags.Add("strong");
            if ((style & InlineStyle.Italic) != 0) tags.Add("em");
            if ((style & InlineStyle.Superscript) != 0) tags.Add("sup");
            if ((style & InlineStyle.Subscript) != 0) tags.Add("sub");
            if ((style & InlineStyle.Code) != 0) tags.Add("code");
            return tags;
        }

        private static string? ExtractExplicitId(ref string plain, ref string html)
        {
            var open = plain.LastIndexOf("{#", StringComparison.Ordinal);
            if (open < 0 || !plain.EndsWith("}", StringComparison.Ordinal))
            {
                return null;
            }

            var id = plain.Substring(open + 2, plain.Length - open - 3).Trim();
            if (id.Length == 0 || !Catalog.Slug.IsSlug(id))
            {
                return null;
            }

            plain = plain.Substring(0, open).TrimEnd();
            var htmlOpen = html.LastIndexOf("{#", StringComparison.Ordinal);
            if (htmlOpen >= 0)
            {
                var close = html.IndexOf('}', htmlOpen);
                var cutEnd = close >= 0 ? close + 1 : html.Length;
                // Tags inside the cut ("<em>{#</em>id}") stay, so every element that was opened is still closed.
                html = (html.Substring(0, htmlOpen) + TagsIn(html, htmlOpen, cutEnd) + html.Substring(cutEnd)).TrimEnd();
            }

            return id;
        }

        private static string TrimTrailingPeriodHtml(string html)
        {
            // "Title.</strong>" and "Title." both lose the period. Text is encoded, so every '<' starts a tag.
            var end = html.Length;
            while (end > 0 && html[end - 1] == '>')
            {
                var open = html.LastIndexOf('<', end - 1);
                if (open < 0)
                {
                    break;
                }

                end = open;
            }

            return TextUtil.TrimTrailingPeriod(html.Substring(0, end)) + html.Substring(end);
        }

        private static string TagsIn(string html, int start, int end)
        {
            var tags = new StringBuilder();
            var open = html.IndexOf('<', start, end - start);
            while (open >= 0)
            {
                var close = html.IndexOf('>', open, end - open);
                if (close < 0)
                {
                    break;
                }

                tags.Append(html, open, close - open + 1);
                open = close + 1 < end ? html.IndexOf('<', close + 1, end - close - 1) : -1;
            }

            return tags.ToString();
        }
    }
}
