namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// One line of a paragraph <see cref="DirectStackedReader"/> reads: its characters <paramref name="Start"/> to
    /// <paramref name="End"/> of <paramref name="Text"/> (its break left out; a line read there has no indent, so
    /// <paramref name="Start"/> is column 0), on line <paramref name="LineIndex"/>.
    /// </summary>
    internal readonly record struct LineText(string Text, int Start, int End, int LineIndex);

    /// <summary>
    /// Makes the logical lines of <see cref="DirectStackedReader"/>'s title and author lines as the inline flattener makes
    /// them, segment by segment, in the page's <see cref="LineStore"/> (its segments and lines are reused page after page).
    /// </summary>
    internal sealed class DirectLineBuilder
    {
        /// <summary>The most segments a line read here has (an author line of many bold names declines past it).</summary>
        private const int MaxSegments = 32;

        private readonly InlineSegment[] _segments = new InlineSegment[MaxSegments];
        private int _count;

        [System.ThreadStatic]
        private static DirectLineBuilder? s_builder;

        /// <summary>The thread's builder, empty.</summary>
        public static DirectLineBuilder Start()
        {
            var builder = s_builder ??= new DirectLineBuilder();
            // A line given up half-made leaves its segments: let go of their strings.
            System.Array.Clear(builder._segments, 0, builder._count);
            builder._count = 0;
            return builder;
        }

        /// <summary>
        /// The literal from <paramref name="literalStart"/> (its escape, if it starts with one) whose text is
        /// <paramref name="textStart"/>–<paramref name="end"/> of the line; false when the line has too many.
        /// </summary>
        public bool AddLiteral(LineText line, int literalStart, int textStart, int end, InlineStyle style)
        {
            if (end <= textStart)
            {
                return true;
            }

            if (_count == MaxSegments)
            {
                return false;
            }

            _segments[_count++] = new InlineSegment(line.Text.Substring(textStart, end - textStart), style, line.LineIndex, literalStart - line.Start);
            return true;
        }

        /// <summary>The logical line of the segments added, starting where the flattener starts it (before emphasis markers); null when none was.</summary>
        public LogicalLine? Finish(LineText line, LineStore store)
        {
            if (_count == 0)
            {
                return null;
            }

            // The first segment starts with no whitespace here: its column, moved back over markers, as the flattener does.
            var column = InlineFlattener.BeforeMarkers(line.Text, line.Start, line.End - line.Start, _segments[0].Column);
            var made = store.Line(store.Add(_segments, _count), line.LineIndex, column);
            // Cleared, so the builder keeps no strings of the page alive.
            System.Array.Clear(_segments, 0, _count);
            _count = 0;
            return made;
        }
    }
}
