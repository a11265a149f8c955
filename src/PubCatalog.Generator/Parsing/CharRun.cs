using System.Collections.Generic;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A logical line as a run of characters, each with its segment's style, link and position, so that a citation
    /// can be cut at character positions (a quote, a period) and each piece turned back into a <see cref="LogicalLine"/>.
    /// </summary>
    internal sealed class CharRun
    {
        private readonly List<InlineSegment> _owners = new();
        private readonly List<int> _offsets = new();
        private readonly StringBuilder _text = new();

        public CharRun(IEnumerable<InlineSegment> segments)
        {
            foreach (var segment in segments)
            {
                for (var i = 0; i < segment.Text.Length; i++)
                {
                    _owners.Add(segment);
                    _offsets.Add(i);
                    _text.Append(segment.Text[i]);
                }
            }

            Text = _text.ToString();
        }

        /// <summary>The characters, markup removed; whitespace not collapsed, so indices match.</summary>
        public string Text { get; }

        public int Length => Text.Length;

        public InlineSegment Owner(int index) => _owners[index];

        public InlineStyle Style(int index) => _owners[index].Style;

        public bool IsLink(int index) => _owners[index].IsLink;

        /// <summary>The characters <paramref name="start"/> to <paramref name="end"/> as a logical line (segments cut to fit).</summary>
        public LogicalLine Slice(int start, int end)
        {
            var segments = new List<InlineSegment>();
            var i = start;
            while (i < end)
            {
                var owner = _owners[i];
                var j = i;
                while (j < end && ReferenceEquals(_owners[j], owner))
                {
                    j++;
                }

                var offset = _offsets[i];
                var text = Text.Substring(i, j - i);
                segments.Add(new InlineSegment(text, owner.Style, owner.Line, owner.Column + offset)
                {
                    LinkId = owner.LinkId,
                    LinkUrl = owner.LinkUrl,
                    IsSoftBreak = owner.IsSoftBreak,
                });
                i = j;
            }

            var first = segments.Find(s => !s.IsSoftBreak && !string.IsNullOrWhiteSpace(s.Text)) ?? (segments.Count > 0 ? segments[0] : null);
            return new LogicalLine(segments, first?.Line ?? 0, first?.Column ?? 0);
        }

        /// <summary>The index range of the link at <paramref name="index"/>.</summary>
        public (int Start, int End) LinkRange(int index)
        {
            var id = _owners[index].LinkId;
            var start = index;
            // A soft break inside a link's text ("[Title that\nwraps](url)") belongs to the link.
            while (start > 0 && (_owners[start - 1].LinkId == id || (_owners[start - 1].IsSoftBreak && start > 1 && _owners[start - 2].LinkId == id)))
            {
                start--;
            }

            var end = index;
            while (end < Length && (_owners[end].LinkId == id || (_owners[end].IsSoftBreak && end + 1 < Length && _owners[end + 1].LinkId == id)))
            {
                end++;
            }

            return (start, end);
        }
    }
}
