using System;
using System.IO;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Reads the first characters of a buffer, for <c>SourceText.From(TextReader, length, …)</c>: a source text made
    /// that way is kept in chunks below the large-object threshold, where one string of a page's file (hundreds of
    /// kilobytes) would go to the large object heap, whose allocations bring on full (generation 2) collections.
    /// </summary>
    internal sealed class CharBufferReader : TextReader
    {
        private readonly char[] _chars;
        private readonly int _length;
        private int _position;

        public CharBufferReader(char[] chars, int length)
        {
            _chars = chars;
            _length = length;
        }

        public override int Peek() => _position < _length ? _chars[_position] : -1;

        public override int Read() => _position < _length ? _chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _length - _position);
            Array.Copy(_chars, _position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
