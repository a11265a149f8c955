using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>The text of one file with LF line endings and no BOM, and the offset of every line start.</summary>
    internal sealed class SourceLines
    {
        private readonly List<int> _lineStarts = new() { 0 };

        public SourceLines(string text)
        {
            Text = Normalize(text);
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The normalized text: CRLF and CR become LF, a leading BOM is dropped, so offsets and output do not depend on either.</summary>
        public string Text { get; }

        public int LineCount => _lineStarts.Count;

        public string GetLine(int line)
        {
            var start = _lineStarts[line];
            var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Text.Length;
            return Text.Substring(start, end - start);
        }

        public int LineStart(int line) => _lineStarts[line];

        /// <summary>The length of a line without its line break.</summary>
        public int LineLength(int line) => (line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Text.Length) - _lineStarts[line];

        /// <summary>The 0-based line and column of a character offset.</summary>
        public (int Line, int Column) Position(int offset)
        {
            if (offset < 0)
            {
                return (0, 0);
            }

            var index = _lineStarts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line, offset - _lineStarts[line]);
        }

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
