namespace PubCatalog.Generator.Parsing
{
    /// <summary>The text of one file with LF line endings and no BOM, and the offset of every line start.</summary>
    internal sealed class SourceLines
    {
        private readonly int[] _lineStarts;

        public SourceLines(string text)
        {
            Text = Normalize(text);
            // Line breaks are found with IndexOf (vectorized) rather than a loop per character, in one pass into the
            // thread's scratch array, then copied out at the exact size.
            var starts = s_scratch ?? new int[1024];
            s_scratch = null;
            var count = 1;
            for (var newline = NextLineBreak(-1); newline >= 0; newline = NextLineBreak(newline))
            {
                if (count == starts.Length)
                {
                    System.Array.Resize(ref starts, starts.Length * 2);
                }

                starts[count++] = newline + 1;
            }

            _lineStarts = new int[count];
            System.Array.Copy(starts, 1, _lineStarts, 1, count - 1);
            if (starts.Length <= MaxScratchLength)
            {
                s_scratch = starts;
            }
        }

        // A page of up to 65,536 lines (far more than a publication page has) hands its scratch array (256 KB at most)
        // to the next; a longer one does not keep its own for the life of the compiler.
        private const int MaxScratchLength = 1 << 16;

        [System.ThreadStatic]
        private static int[]? s_scratch;

        /// <summary>The next '\n' after <paramref name="previous"/>, or -1.</summary>
        private int NextLineBreak(int previous) => previous + 1 < Text.Length ? Text.IndexOf('\n', previous + 1) : -1;

        /// <summary>The normalized text: CRLF and CR become LF, a leading BOM is dropped, so offsets and output do not depend on either.</summary>
        public string Text { get; }

        public int LineCount => _lineStarts.Length;

        public string GetLine(int line)
        {
            var start = _lineStarts[line];
            return Text.Substring(start, LineEnd(line) - start);
        }

        public int LineStart(int line) => _lineStarts[line];

        /// <summary>The offset just after the line's last character (its line break or the end of the text).</summary>
        public int LineEnd(int line) => line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;

        /// <summary>The length of a line without its line break.</summary>
        public int LineLength(int line) => LineEnd(line) - _lineStarts[line];

        /// <summary>The 0-based line and column of a character offset.</summary>
        public (int Line, int Column) Position(int offset)
        {
            if (offset < 0)
            {
                return (0, 0);
            }

            // Readers ask in text order, mostly on the line they asked last or the next: check those before searching.
            var line = _lastLine;
            if (!IsOnLine(offset, line) && !IsOnLine(offset, ++line))
            {
                var index = System.Array.BinarySearch(_lineStarts, offset);
                line = index >= 0 ? index : ~index - 1;
            }

            _lastLine = line;
            return (line, offset - _lineStarts[line]);
        }

        private int _lastLine;

        /// <summary>True when the offset is at or after the line's start and before the next line's start.</summary>
        private bool IsOnLine(int offset, int line) =>
            line < _lineStarts.Length && _lineStarts[line] <= offset && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1]);

        private static string Normalize(string text)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            return text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
        }
    }
}
