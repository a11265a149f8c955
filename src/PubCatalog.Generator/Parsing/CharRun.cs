using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A logical line as a run of characters, each with its segment's style, link and position, so that a citation
    /// can be cut at character positions (a quote, a period) and each piece turned back into a <see cref="LogicalLine"/>.
    /// </summary>
    internal sealed class CharRun
    {
        // Where each segment's first character is; a character's segment is found from these (no per-character
        // array: the run is built for every block a citation might be, and most are not).
        private readonly SegmentList _segments;
        private readonly int[] _starts;
        private int _lastSegment;

        public CharRun(LogicalLine line)
        {
            var segments = line.Segments;
            _segments = segments;
            _starts = new int[segments.Count];
            var length = 0;
            for (var s = 0; s < segments.Count; s++)
            {
                _starts[s] = length;
                length += segments[s].Text.Length;
            }

            // Often the line's plain text already (when collapsing changed nothing): shared rather than joined again.
            Text = line.JoinedText;
        }

        /// <summary>The characters, markup removed; whitespace not collapsed, so indices match.</summary>
        public string Text { get; }

        public int Length => Text.Length;

        public InlineSegment Owner(int index) => _segments[SegmentOf(index)];

        public InlineStyle Style(int index) => Owner(index).Style;

        public bool IsLink(int index) => Owner(index).IsLink;

        /// <summary>
        /// Just after the last character of the segment that holds <paramref name="index"/>: every character before it shares
        /// the style and link of the one at the index, so a scan looking for a change can jump there.
        /// </summary>
        public int SegmentEnd(int index)
        {
            var segment = SegmentOf(index);
            return segment + 1 < _starts.Length ? _starts[segment + 1] : Length;
        }

        /// <summary>The characters <paramref name="start"/> to <paramref name="end"/> as a logical line (segments cut to fit).</summary>
        public LogicalLine Slice(int start, int end)
        {
            var segments = new List<InlineSegment>();
            var i = start;
            while (i < end)
            {
                // The rest of the segment that holds i, up to the end.
                var segment = SegmentOf(i);
                var owner = _segments[segment];
                var j = System.Math.Min(end, SegmentEnd(i));
                var offset = i - _starts[segment];
                var text = Text.Substring(i, j - i);
                segments.Add(new InlineSegment(text, owner.Style, owner.Line, owner.Column + offset)
                {
                    Link = owner.Link,
                    IsSoftBreak = owner.IsSoftBreak,
                });
                i = j;
            }

            // The line starts at its first segment with text (at its first segment when none has any).
            var first = segments.Count > 0 ? 0 : -1;
            for (var k = 0; k < segments.Count; k++)
            {
                if (!segments[k].IsSoftBreak && !string.IsNullOrWhiteSpace(segments[k].Text))
                {
                    first = k;
                    break;
                }
            }

            return first < 0 ? new LogicalLine(segments, 0, 0) : new LogicalLine(segments, segments[first].Line, segments[first].Column);
        }

        /// <summary>The segment of the character at <paramref name="index"/> (0 ≤ index &lt; Length).</summary>
        private int SegmentOf(int index)
        {
            // Callers mostly walk the run in order: try the segment of the last answer and the next one first.
            var last = _lastSegment;
            if (index >= _starts[last] && IsBefore(index, last + 1))
            {
                return last;
            }

            if (last + 1 < _starts.Length && index >= _starts[last + 1] && IsBefore(index, last + 2))
            {
                return _lastSegment = last + 1;
            }

            // The last segment holding characters that start at or before the index (empty segments are skipped over).
            int low = 0, high = _starts.Length - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (_starts[mid] <= index)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return _lastSegment = low;
        }

        /// <summary>The index comes before the start of segment <paramref name="segment"/> (true past the last one).</summary>
        private bool IsBefore(int index, int segment) => segment >= _starts.Length || index < _starts[segment];

        /// <summary>The index range of the link at <paramref name="index"/>.</summary>
        public (int Start, int End) LinkRange(int index)
        {
            var id = Owner(index).LinkId;
            var start = index;
            // A soft break inside a link's text ("[Title that\nwraps](url)") belongs to the link.
            while (start > 0 && (Owner(start - 1).LinkId == id || (Owner(start - 1).IsSoftBreak && start > 1 && Owner(start - 2).LinkId == id)))
            {
                start--;
            }

            var end = index;
            while (end < Length && (Owner(end).LinkId == id || (Owner(end).IsSoftBreak && end + 1 < Length && Owner(end + 1).LinkId == id)))
            {
                end++;
            }

            return (start, end);
        }
    }
}
