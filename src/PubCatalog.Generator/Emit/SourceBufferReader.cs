using System;
using System.IO;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// A reader over the characters a <see cref="SourceWriter"/> wrote, for <c>SourceText.From(TextReader, length, …)</c>:
    /// Roslyn copies a long file's text from it into chunks below the large-object threshold, where a string of the whole
    /// file (a page file is hundreds of kilobytes) would go to the large-object heap, whose growth starts gen-2 collections.
    /// </summary>
    internal sealed class SourceBufferReader : TextReader
    {
        private readonly char[] _chars;
        private readonly int _length;
        private int _position;

        /// <summary>A reader of the first <paramref name="length"/> characters of <paramref name="chars"/>, which must not change while it is read.</summary>
        public SourceBufferReader(char[] chars, int length)
        {
            _chars = chars;
            _length = length;
        }

        public override int Peek() => _position < _length ? _chars[_position] : -1;

        public override int Read() => _position < _length ? _chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = Math.Min(count, _length - _position);
            Array.Copy(_chars, _position, buffer, index, read);
            _position += read;
            return read;
        }

        /// <summary>A short file's text (Roslyn reads a file under its chunk size whole), in one copy.</summary>
        public override string ReadToEnd()
        {
            var text = new string(_chars, _position, _length - _position);
            _position = _length;
            return text;
        }
    }
}
