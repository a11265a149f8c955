using System;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// A growable character buffer for the runtime's compact formats: numbers as digits (<see cref="Number"/>), strings as
    /// their characters. It does what a <see cref="System.Text.StringBuilder"/> would, minus two costs that matter at a
    /// block's size: clearing a builder of several chunks allocates a new array of its whole capacity (a large object,
    /// once per block), and reading a builder back walks its chunks.
    /// </summary>
    internal sealed class CompactWriter
    {
        /// <summary>
        /// Digit values 0–31 end a number, 32–63 continue it (five bits each, least significant first). Must match
        /// <c>PubCatalog.CompilerServices.CompactReader</c>.
        /// </summary>
        private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ_-";

        private char[] _chars;

        public CompactWriter(int capacity = 256)
        {
            _chars = new char[Math.Max(capacity, 16)];
        }

        /// <summary>The characters written so far: the first <see cref="Length"/> of <see cref="Chars"/>.</summary>
        public int Length { get; private set; }

        /// <summary>The buffer itself, valid until the next write.</summary>
        public char[] Chars => _chars;

        public void Clear() => Length = 0;

        /// <summary>The most digits a number takes (32 bits, five a digit).</summary>
        public const int MaxNumberDigits = 7;

        /// <summary>A non-negative number in compact digits.</summary>
        public void Number(int value)
        {
            Reserve(MaxNumberDigits);
            Length = WriteNumber(_chars, Length, value);
        }

        /// <summary>
        /// Writes a non-negative number in compact digits at <paramref name="at"/> of a buffer with room for
        /// <see cref="MaxNumberDigits"/> more, and returns where the digits end: for a writer of its own buffer (the
        /// packer), which writes tens of thousands of short numbers per page and would pay a call and a capacity check
        /// for each.
        /// </summary>
        public static int WriteNumber(char[] buffer, int at, int value)
        {
            var remaining = (uint)value;
            while (remaining >= 32)
            {
                buffer[at++] = Alphabet[32 + (int)(remaining & 31)];
                remaining >>= 5;
            }

            buffer[at++] = Alphabet[(int)remaining];
            return at;
        }

        /// <summary>
        /// <c>count, deltas*</c> of <paramref name="values"/>' items <paramref name="start"/> to <paramref name="end"/>
        /// (ascending): how many, then each one's distance from the one before (the first's from 0). One capacity check for
        /// them all: an index writes tens of thousands of positions a run.
        /// </summary>
        public void CountAndDeltas(int[] values, int start, int end)
        {
            Reserve((end - start + 1) * MaxNumberDigits);
            var chars = _chars;
            var at = WriteNumber(chars, Length, end - start);
            var previous = 0;
            for (var i = start; i < end; i++)
            {
                at = WriteNumber(chars, at, values[i] - previous);
                previous = values[i];
            }

            Length = at;
        }

        public void Append(string value)
        {
            Reserve(value.Length);
            value.CopyTo(0, _chars, Length, value.Length);
            Length += value.Length;
        }

        /// <summary>The first <paramref name="count"/> characters of <paramref name="chars"/> (another writer's buffer).</summary>
        public void Append(char[] chars, int count)
        {
            Reserve(count);
            Array.Copy(chars, 0, _chars, Length, count);
            Length += count;
        }

        public override string ToString() => new(_chars, 0, Length);

        private void Reserve(int count)
        {
            if (Length + count > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
            }
        }
    }
}
