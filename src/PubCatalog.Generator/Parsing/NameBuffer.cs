namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The characters of the name being read, in an array that grows as needed. Unlike a <see cref="System.Text.StringBuilder"/>,
    /// reading a character is an array access at any length (a builder's indexer walks its chunks), so a name can be
    /// trimmed, hashed and compared in place.
    /// </summary>
    internal sealed class NameBuffer
    {
        // Larger buffers are not kept: one pathological line must not pin a big array for the compiler's lifetime.
        private const int MaxCachedLength = 4096;

        [System.ThreadStatic]
        private static NameBuffer? _cached;

        private char[] _chars = new char[64];

        public int Length { get; private set; }

        public char this[int index] => _chars[index];

        /// <summary>The thread's buffer, emptied (or a new one while it is in use).</summary>
        public static NameBuffer Acquire()
        {
            var buffer = _cached ?? new NameBuffer();
            _cached = null;
            buffer.Length = 0;
            return buffer;
        }

        public static void Release(NameBuffer buffer)
        {
            if (buffer._chars.Length <= MaxCachedLength)
            {
                _cached = buffer;
            }
        }

        public void Clear() => Length = 0;

        public void Append(char c)
        {
            if (Length == _chars.Length)
            {
                Grow(Length + 1);
            }

            _chars[Length++] = c;
        }

        public void Append(string text, int start, int count)
        {
            if (Length + count > _chars.Length)
            {
                Grow(Length + count);
            }

            text.CopyTo(start, _chars, Length, count);
            Length += count;
        }

        public string ToString(int start, int count) => new(_chars, start, count);

        /// <summary>The characters <paramref name="start"/> to <paramref name="end"/>, in place (valid until the next write).</summary>
        public System.ReadOnlySpan<char> Span(int start, int end) => new(_chars, start, end - start);

        private void Grow(int needed)
        {
            var grown = new char[System.Math.Max(needed, _chars.Length * 2)];
            System.Array.Copy(_chars, grown, Length);
            _chars = grown;
        }
    }
}
