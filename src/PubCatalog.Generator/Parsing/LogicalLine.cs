using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>One line of an entry as the author meant it: the text between two hard line breaks.</summary>
    internal sealed class LogicalLine
    {
        public LogicalLine(IReadOnlyList<InlineSegment> segments, int line, int column)
        {
            Segments = segments;
            Line = line;
            Column = column;
            PlainText = TextUtil.CollapseWhitespace(string.Concat(segments.Select(s => s.Text)));
        }

        public IReadOnlyList<InlineSegment> Segments { get; }

        /// <summary>0-based line of the first character.</summary>
        public int Line { get; }

        /// <summary>0-based column of the first character.</summary>
        public int Column { get; }

        /// <summary>The text with markup removed and whitespace collapsed.</summary>
        public string PlainText { get; }

        public bool IsBlank => PlainText.Length == 0;

        /// <summary>The answer of <see cref="AuthorListReader.LooksLikeAuthorLine"/>, kept: readers ask it of the same line several times.</summary>
        internal bool? LooksLikeAuthorLine { get; set; }

        /// <summary>The text outside links, with whitespace collapsed.</summary>
        public string TextOutsideLinks() =>
            TextUtil.CollapseWhitespace(string.Concat(Segments.Where(s => !s.IsLink).Select(s => s.Text)));

        /// <summary>True when every visible character has the style (ignores whitespace and surrounding punctuation).</summary>
        public bool IsAll(InlineStyle style) => AllHave(Segments, style);

        /// <summary>True when every visible segment has the style: the whole text is bold, italic, in a span …</summary>
        public static bool AllHave(IReadOnlyList<InlineSegment> segments, InlineStyle style)
        {
            var any = false;
            foreach (var segment in segments)
            {
                if (string.IsNullOrWhiteSpace(segment.Text) || TextUtil.IsOnlyPunctuation(segment.Text))
                {
                    continue;
                }

                if ((segment.Style & style) == 0)
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        /// <summary>The links on the line, in order.</summary>
        public IEnumerable<(string Label, string Url, InlineSegment First)> Links()
        {
            foreach (var group in Segments.Where(s => s.IsLink).GroupBy(s => s.LinkId))
            {
                var label = TextUtil.CollapseWhitespace(string.Concat(group.Select(s => s.Text)));
                yield return (label, group.First().LinkUrl ?? "", group.First());
            }
        }

        public override string ToString()
        {
            var builder = new StringBuilder();
            foreach (var s in Segments)
            {
                builder.Append(s.Text);
            }

            return builder.ToString();
        }
    }
}
