using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Where a flattener keeps its lines and their segments: the segments in arrays filled one line after another, a new
    /// one begun when a line does not fit, and the line objects in a list. Nothing moves, so what a reader holds stays
    /// valid until the store is released. The page reader's store is handed from page to page (<see cref="Acquire"/>,
    /// <see cref="Release"/>), emptied, so a run makes its segment arrays and its lines once rather than once per page.
    /// </summary>
    internal sealed class LineStore
    {
        /// <summary>The first array's size: a snippet's store (a front matter value) needs no more.</summary>
        private const int FirstChunkSize = 64;

        /// <summary>The largest array: 32 KB, under the large-object threshold (a 200-entry page fills about three).</summary>
        private const int MaxChunkSize = 1024;

        /// <summary>
        /// The most arrays kept for the next page (256 KB): a page of thousands of entries makes more, and the thread does
        /// not keep them for the life of the compiler.
        /// </summary>
        private const int MaxKeptChunks = 8;

        /// <summary>The most lines kept for the next page (a 200-entry page reads about 700).</summary>
        private const int MaxKeptLines = 4096;

        // The lines handed out (the first _linesUsed), then those kept from an earlier page, emptied.
        private readonly List<LogicalLine> _lines = new();
        private int _linesUsed;

        // Paragraphs handed back, empty: at most two are read at a time (a block, and the one found after it).
        private const int MaxKeptParagraphs = 4;
        private readonly Stack<DirectParagraph> _paragraphs = new();

        // The arrays, in the order they are filled; those after _current are kept from an earlier page, empty.
        private readonly List<InlineSegment[]> _chunks = new();
        private int _current = -1;
        private int _used;

        /// <summary>The thread's spare store, or a new one; <see cref="Release"/> it when the page's lines are no longer read.</summary>
        public static LineStore Acquire() => ThreadSpare<LineStore>.Take() ?? new LineStore();

        /// <summary>Copies the first <paramref name="count"/> of <paramref name="segments"/> in and returns where they are.</summary>
        public SegmentList Add(InlineSegment[] segments, int count)
        {
            if (_current < 0 || _chunks[_current].Length - _used < count)
            {
                NextChunk(count);
            }

            var chunk = _chunks[_current];
            System.Array.Copy(segments, 0, chunk, _used, count);
            var list = new SegmentList(chunk, _used, count);
            _used += count;
            return list;
        }

        /// <summary>The line of <paramref name="segments"/> (from <see cref="Add"/>): a kept line made over, or a new one.</summary>
        public LogicalLine Line(SegmentList segments, int line, int column)
        {
            if (_linesUsed < _lines.Count)
            {
                var kept = _lines[_linesUsed++];
                kept.Reset(segments, line, column);
                return kept;
            }

            var made = new LogicalLine(segments, line, column);
            _lines.Add(made);
            _linesUsed++;
            return made;
        }

        /// <summary>
        /// An empty paragraph for <see cref="DirectStackedReader"/> to cut into: one handed back (<see cref="ReturnParagraph"/>)
        /// or a new one. A page's paragraphs are read one after another, so a few serve the whole page, where one each (with
        /// its lists of lines and links) was a sixth of what reading the stacked pages allocated.
        /// </summary>
        public DirectParagraph TakeParagraph() => _paragraphs.Count > 0 ? _paragraphs.Pop() : new DirectParagraph();

        /// <summary>Empties a paragraph no longer read (declined, skipped or read) and keeps it for the next.</summary>
        public void ReturnParagraph(DirectParagraph paragraph)
        {
            paragraph.Clear();
            if (_paragraphs.Count < MaxKeptParagraphs)
            {
                _paragraphs.Push(paragraph);
            }
        }

        /// <summary>Takes back the line <see cref="Line"/> handed out last, which its reader dropped (a blank line).</summary>
        public void TakeBackLastLine()
        {
            _linesUsed--;
            _lines[_linesUsed].Clear();
        }

        /// <summary>
        /// Empties the store (so it keeps no strings of the page alive) and keeps it for the next page on the thread. Every
        /// line made from it reads other segments after this: not called while any is still read.
        /// </summary>
        public void Release()
        {
            for (var i = 0; i <= _current && i < _chunks.Count; i++)
            {
                System.Array.Clear(_chunks[i], 0, i == _current ? _used : _chunks[i].Length);
            }

            for (var i = 0; i < _linesUsed; i++)
            {
                _lines[i].Clear();
            }

            _linesUsed = 0;
            if (_lines.Count > MaxKeptLines)
            {
                _lines.RemoveRange(MaxKeptLines, _lines.Count - MaxKeptLines);
            }

            // A line's array of its own (longer than the largest) and the arrays past the kept number are let go.
            _chunks.RemoveAll(chunk => chunk.Length > MaxChunkSize);
            if (_chunks.Count > MaxKeptChunks)
            {
                _chunks.RemoveRange(MaxKeptChunks, _chunks.Count - MaxKeptChunks);
            }

            _current = -1;
            _used = 0;
            ThreadSpare<LineStore>.Keep(this);
        }

        private void NextChunk(int count)
        {
            _current++;
            _used = 0;
            if (_current < _chunks.Count && _chunks[_current].Length >= count)
            {
                return;
            }

            // Each array twice the one before, up to the largest; a line longer than that gets one of its own size.
            var size = _current == 0 ? FirstChunkSize : System.Math.Min(MaxChunkSize, _chunks[_current - 1].Length * 2);
            var chunk = new InlineSegment[System.Math.Max(size, count)];
            if (_current < _chunks.Count)
            {
                _chunks[_current] = chunk;
            }
            else
            {
                _chunks.Add(chunk);
            }
        }
    }
}
