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
        private static readonly InlineStyle[] WrappingStyles = { InlineStyle.Bold, InlineStyle.Italic, InlineStyle.Span };

        // The tags of every combination of the five styles, made once.
        private static readonly string[][] TagsByStyle = CreateTagsByStyle();

        private const int MaxShortNameWords = 5;
        private const int MaxShortNameLength = 40;

        public static (string Plain, string Html, string? ExplicitId) Read(LogicalLine line)
        {
            var segments = line.Segments;
            // Emphasis that wraps the whole title (**Title**) is the page's formatting, not part of the title.
            var wrapping = InlineStyle.None;
            foreach (var style in WrappingStyles)
            {
                if (LogicalLine.AllHave(segments, style))
                {
                    wrapping |= style;
                }
            }

            // The plain text is the line's (its segments joined and whitespace-collapsed). A title without tags to keep or
            // characters to encode (most) is its own HTML: one string serves both, and none is written.
            var plainText = line.PlainText;
            var htmlText = IsOwnHtml(segments, wrapping) ? plainText : WriteHtml(segments, wrapping, plainText);
            var explicitId = ExtractExplicitId(ref plainText, ref htmlText);
            plainText = TextUtil.TrimTrailingPeriod(plainText);
            htmlText = TrimTrailingPeriodHtml(htmlText);
            return (plainText, htmlText, explicitId);
        }

        /// <summary>
        /// True when no segment keeps a tag once the wrapping styles are left out and none has a character to encode:
        /// <see cref="WriteHtml"/> would then write the segments' text collapsed, which is the line's plain text.
        /// </summary>
        private static bool IsOwnHtml(SegmentList segments, InlineStyle wrapping)
        {
            for (var s = 0; s < segments.Count; s++)
            {
                if ((segments[s].Style & ~wrapping & AllTagStyles) != 0 || TextUtil.NeedsHtmlEncoding(segments[s].Text))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The title's HTML, collapsed as it is written (the same as collapsing the whole afterwards); <paramref name="plainText"/> when they are equal.</summary>
        private static string WriteHtml(SegmentList segments, InlineStyle wrapping, string plainText)
        {
            var html = StringBuilderCache.Acquire();
            var htmlSpace = false;
            // The tags open in the HTML: always the wanted tags of the last segment written (one of the shared arrays).
            var open = Array.Empty<string>();
            for (var s = 0; s < segments.Count; s++)
            {
                var segment = segments[s];
                var style = segment.Style & ~wrapping;
                var text = segment.Text;
                if (string.IsNullOrWhiteSpace(text) && open.Length > 0)
                {
                    TextUtil.AppendCollapsed(html, " ", ref htmlSpace);
                    continue;
                }

                var wanted = TagsByStyle[(int)(style & AllTagStyles)];
                var keep = 0;
                while (keep < open.Length && keep < wanted.Length && open[keep] == wanted[keep])
                {
                    keep++;
                }

                for (var i = open.Length - 1; i >= keep; i--)
                {
                    AppendTag(html, open[i], closing: true, ref htmlSpace);
                }

                for (var i = keep; i < wanted.Length; i++)
                {
                    AppendTag(html, wanted[i], closing: false, ref htmlSpace);
                }

                open = wanted;

                TextUtil.AppendCollapsed(html, TextUtil.HtmlEncode(text), ref htmlSpace);
            }

            for (var i = open.Length - 1; i >= 0; i--)
            {
                AppendTag(html, open[i], closing: true, ref htmlSpace);
            }

            // Markup that changes nothing (a space between two styled words) still gives the plain text: shared, not copied.
            return StringBuilderCache.ToStringAndRelease(html, plainText);
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
            var words = TextUtil.WordCount(name);
            return words >= 1 && words <= MaxShortNameWords && name.Length <= MaxShortNameLength ? name : null;
        }

        private const InlineStyle AllTagStyles = InlineStyle.Bold | InlineStyle.Italic | InlineStyle.Superscript | InlineStyle.Subscript | InlineStyle.Code;

        private static string[][] CreateTagsByStyle()
        {
            var table = new string[(int)AllTagStyles + 1][];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = Tags((InlineStyle)i).ToArray();
            }

            return table;
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

        private static void AppendTag(StringBuilder html, string name, bool closing, ref bool pendingSpace)
        {
            // A tag has no whitespace: only a pending space needs writing first.
            if (pendingSpace)
            {
                html.Append(' ');
                pendingSpace = false;
            }

            html.Append(closing ? "</" : "<").Append(name).Append('>');
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

            var cut = TextUtil.TrailingPeriodEnd(html, end);
            return cut == end ? html : html.Substring(0, cut) + html.Substring(end);
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
