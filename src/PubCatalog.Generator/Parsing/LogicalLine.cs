using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>One line of an entry as the author meant it: the text between two hard line breaks.</summary>
    internal sealed class LogicalLine
    {
        /// <summary>A line of segments in an array of its own.</summary>
        public LogicalLine(InlineSegment[] segments, int line, int column)
            : this(new SegmentList(segments), line, column)
        {
        }

        /// <summary>A line of the segments in a list (a reader's rearrangement of a line), copied.</summary>
        public LogicalLine(List<InlineSegment> segments, int line, int column)
            : this(segments.ToArray(), line, column)
        {
        }

        public LogicalLine(SegmentList segments, int line, int column) => Reset(segments, line, column);

        /// <summary>
        /// Makes this the line of <paramref name="segments"/>, everything read of it before forgotten: the page reader's
        /// lines go from page to page in its <see cref="LineStore"/>, as their segments do.
        /// </summary>
        internal void Reset(SegmentList segments, int line, int column)
        {
            Clear();
            Segments = segments;
            Line = line;
            Column = column;
            if (segments.Count == 1)
            {
                PlainText = TextUtil.CollapseWhitespace(segments[0].Text);
                _joinedText = segments[0].Text;
            }
            else if (segments.Count <= 4 && JoinsCollapsed(segments))
            {
                // Most lines: the pieces already join into collapsed text, so one concatenation makes both texts.
                PlainText = _joinedText = Join(segments);
            }
            else
            {
                PlainText = Collapse(segments, skipLinks: false);
            }
        }

        /// <summary>
        /// Empties the line and its segments where they are kept (the store's arrays), once its block is read: the store
        /// holds a page's lines and arrays until the page is read, and without this the text of every block read would
        /// stay alive as long, which on a page of thousands of entries made the collections of a run slower.
        /// </summary>
        internal void Forget()
        {
            Segments.Clear();
            Clear();
        }

        /// <summary>
        /// Lets go of the line's segments and texts and forgets every answer kept of it (a kept line holds no strings of the
        /// page it was read from, and a line made over starts from nothing).
        /// </summary>
        internal void Clear()
        {
            Segments = default;
            PlainText = "";
            _joinedText = null;
            _textOutsideLinks = null;
            _links = null;
            _onlyPunctuationOutsideLinks = null;
            _sharedStyles = null;
            LooksLikeAuthorLine = null;
        }

        public SegmentList Segments { get; private set; }

        /// <summary>0-based line of the first character.</summary>
        public int Line { get; private set; }

        /// <summary>0-based column of the first character.</summary>
        public int Column { get; private set; }

        /// <summary>The text with markup removed and whitespace collapsed.</summary>
        public string PlainText { get; private set; } = "";

        public bool IsBlank => PlainText.Length == 0;

        /// <summary>The segments' text joined as it is, whitespace not collapsed (what a <see cref="CharRun"/> indexes).</summary>
        public string JoinedText => _joinedText ??= Join(Segments);

        private string? _joinedText;

        /// <summary>The answer of <see cref="AuthorListReader.LooksLikeAuthorLine"/>, kept: readers ask it of the same line several times.</summary>
        internal bool? LooksLikeAuthorLine { get; set; }

        /// <summary>The text outside links, with whitespace collapsed.</summary>
        public string TextOutsideLinks() => _textOutsideLinks ??= Collapse(Segments, skipLinks: true);

        private string? _textOutsideLinks;

        /// <summary>
        /// True when the text outside links is only whitespace, punctuation and symbols: what
        /// <c>TextUtil.IsOnlyPunctuation(TextOutsideLinks())</c> answers, read in place (collapsible characters become
        /// spaces there, so they pass) and kept, since readers ask it of the same line several times.
        /// </summary>
        public bool IsOnlyPunctuationOutsideLinks => _onlyPunctuationOutsideLinks ??= ComputeOnlyPunctuationOutsideLinks();

        private bool? _onlyPunctuationOutsideLinks;

        private bool ComputeOnlyPunctuationOutsideLinks()
        {
            for (var s = 0; s < Segments.Count; s++)
            {
                if (Segments[s].IsLink)
                {
                    continue;
                }

                foreach (var c in Segments[s].Text)
                {
                    if (!TextUtil.IsPunctuationLike(c))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>True when some segment is link text.</summary>
        public bool HasLinks
        {
            get
            {
                for (var i = 0; i < Segments.Count; i++)
                {
                    if (Segments[i].IsLink)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>The segments' text, concatenated and whitespace-collapsed in one pass.</summary>
        private static string Collapse(SegmentList segments, bool skipLinks)
        {
            var builder = StringBuilderCache.Acquire();
            var pendingSpace = false;
            for (var i = 0; i < segments.Count; i++)
            {
                if (!skipLinks || !segments[i].IsLink)
                {
                    TextUtil.AppendCollapsed(builder, segments[i].Text, ref pendingSpace);
                }
            }

            return StringBuilderCache.ToStringAndRelease(builder);
        }

        private static string Join(SegmentList segments)
        {
            switch (segments.Count)
            {
                case 0: return "";
                case 1: return segments[0].Text;
                case 2: return string.Concat(segments[0].Text, segments[1].Text);
                case 3: return string.Concat(segments[0].Text, segments[1].Text, segments[2].Text);
                case 4: return string.Concat(segments[0].Text, segments[1].Text, segments[2].Text, segments[3].Text);
            }

            var length = 0;
            for (var i = 0; i < segments.Count; i++)
            {
                length += segments[i].Text.Length;
            }

            var builder = StringBuilderCache.Acquire(length);
            for (var i = 0; i < segments.Count; i++)
            {
                builder.Append(segments[i].Text);
            }

            return StringBuilderCache.ToStringAndRelease(builder);
        }

        /// <summary>
        /// True when the segments' text, joined, is already collapsed (what <c>TextUtil.CollapseWhitespace</c> would leave
        /// unchanged): no collapsible character but single spaces between other characters.
        /// </summary>
        private static bool JoinsCollapsed(SegmentList segments)
        {
            // Printable ASCII (most lines), where a space is the only character collapsing touches: each piece is tested a
            // vector at a time, then for two spaces in a row, within it or where it meets the piece before.
            var endsWithSpace = true;
            var anyText = false;
            for (var i = 0; i < segments.Count; i++)
            {
                var text = segments[i].Text;
                if (text.Length == 0)
                {
                    continue;
                }

                if (!TextUtil.IsPrintableAscii(text))
                {
                    return JoinsCollapsedAnyText(segments);
                }

                if ((text[0] == ' ' && endsWithSpace) || TextUtil.HasDoubleSpace(text))
                {
                    return false;
                }

                endsWithSpace = text[text.Length - 1] == ' ';
                anyText = true;
            }

            return !anyText || !endsWithSpace;
        }

        /// <summary><see cref="JoinsCollapsed"/> character by character, for text that is not all printable ASCII.</summary>
        private static bool JoinsCollapsedAnyText(SegmentList segments)
        {
            var afterSpace = true;
            var any = false;
            for (var i = 0; i < segments.Count; i++)
            {
                foreach (var c in segments[i].Text)
                {
                    any = true;
                    if (TextUtil.IsCollapsible(c))
                    {
                        if (c != ' ' || afterSpace)
                        {
                            return false;
                        }

                        afterSpace = true;
                    }
                    else
                    {
                        afterSpace = false;
                    }
                }
            }

            return !any || !afterSpace;
        }

        /// <summary>True when every visible character has the style (ignores whitespace and surrounding punctuation).</summary>
        public bool IsAll(InlineStyle style)
        {
            // Readers ask this of a line for several styles, a few times each: the styles every visible segment shares are
            // found in one walk of the segments and kept. A style of several flags asks for any of them per segment, which
            // the shared flags do not answer.
            if ((style & (style - 1)) != 0)
            {
                return AllHave(Segments, style);
            }

            var shared = _sharedStyles ??= SharedStyles(Segments);
            return (shared & (int)style) != 0;
        }

        /// <summary>The flags every visible segment has (ignoring whitespace and punctuation), or 0 when none is visible.</summary>
        private int? _sharedStyles;

        private static int SharedStyles(SegmentList segments)
        {
            var shared = -1;
            var any = false;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (IsInvisible(segment.Text))
                {
                    continue;
                }

                shared &= (int)segment.Style;
                any = true;
            }

            return any ? shared : 0;
        }

        /// <summary>Whitespace or punctuation alone, which a line's style is judged without (the commas between bold names).</summary>
        private static bool IsInvisible(string text) => string.IsNullOrWhiteSpace(text) || TextUtil.IsOnlyPunctuation(text);

        /// <summary>True when every visible segment has the style: the whole text is bold, italic, in a span …</summary>
        public static bool AllHave(SegmentList segments, InlineStyle style)
        {
            var any = false;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (IsInvisible(segment.Text))
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

        /// <summary>
        /// The links on the line, in order of their first segment (<c>First</c>, an index into <see cref="Segments"/>); a
        /// link's segments need not be adjacent.
        /// </summary>
        public (string Label, string Url, int First)[] Links() => _links ??= ReadLinks(Segments);

        private (string Label, string Url, int First)[]? _links;

        private static (string Label, string Url, int First)[] ReadLinks(SegmentList segments)
        {
            var linkSegments = 0;
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].IsLink)
                {
                    linkSegments++;
                }
            }

            // Most lines have no links: they share the empty array.
            if (linkSegments == 0)
            {
                return System.Array.Empty<(string Label, string Url, int First)>();
            }

            if (segments.Count > MaxSegmentsForScan)
            {
                // A huge line: group in one pass rather than rescan the line per link.
                var grouped = new List<(string Label, string Url, int First)>();
                foreach (var group in segments.Select((s, index) => (Segment: s, Index: index)).Where(s => s.Segment.IsLink).GroupBy(s => s.Segment.LinkId))
                {
                    var label = TextUtil.CollapseWhitespace(string.Concat(group.Select(s => s.Segment.Text)));
                    var first = group.First();
                    grouped.Add((label, first.Segment.LinkUrl ?? "", first.Index));
                }

                return grouped.ToArray();
            }

            // Sized once: there are at most as many links as link segments, and mostly as many (a link is cut into
            // several segments only by emphasis inside it).
            var links = new (string Label, string Url, int First)[linkSegments];
            var count = 0;

            for (var i = 0; i < segments.Count; i++)
            {
                var first = segments[i];
                if (!first.IsLink || IsSeen(segments, i))
                {
                    continue;
                }

                var builder = StringBuilderCache.Acquire();
                var pendingSpace = false;
                for (var j = i; j < segments.Count; j++)
                {
                    if (segments[j].LinkId == first.LinkId)
                    {
                        TextUtil.AppendCollapsed(builder, segments[j].Text, ref pendingSpace);
                    }
                }

                // A link of one segment of collapsed text (most) has that text as its label: shared, not copied.
                links[count++] = (StringBuilderCache.ToStringAndRelease(builder, first.Text), first.LinkUrl ?? "", i);
            }

            if (count < links.Length)
            {
                System.Array.Resize(ref links, count);
            }

            return links;
        }

        private const int MaxSegmentsForScan = 64;

        /// <summary>True when a segment before <paramref name="index"/> belongs to the same link.</summary>
        private static bool IsSeen(SegmentList segments, int index)
        {
            for (var k = 0; k < index; k++)
            {
                if (segments[k].LinkId == segments[index].LinkId)
                {
                    return true;
                }
            }

            return false;
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
