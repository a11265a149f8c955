using System.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Packs a block of catalog text by LZ77 over characters: a repeat of at least <see cref="MinimumMatch"/> characters
    /// becomes a reference back to its earlier copy. Titles, author names, venues and link addresses repeat a lot within
    /// a page, so a block shrinks to a fraction of its text: less source for the compiler to parse and keep, and less for
    /// the JIT to materialize when the block is first read. The numbers are compact digits and the literals stay as they
    /// are (no base64, nothing new to escape), so the output is still readable text. Greedy, with bounded hash chains: the
    /// output depends only on the input. Must match <c>PubCatalog.CompilerServices.CompactCatalog.Unpack</c>.
    /// </summary>
    internal static class TextPacker
    {
        /// <summary>A match costs three or four digits; shorter repeats are cheaper written out.</summary>
        public const int MinimumMatch = 5;

        private const int HashBits = 14;

        /// <summary>
        /// How many earlier positions with the same hash are tried. Measured on the synthetic pages: 4 packs within 2% of
        /// 12 (and of 64), and each try is a string comparison.
        /// </summary>
        private const int ChainLimit = 4;

        /// <summary>Inside a match longer than this, positions are not added to the chains (see <see cref="Pack"/>).</summary>
        private const int LongMatch = 32;

        // The hash heads and chains, reused across blocks (a generator may run on several threads at once).
        [System.ThreadStatic]
        private static int[]? s_head;

        [System.ThreadStatic]
        private static int[]? s_previous;

        /// <summary>
        /// <c>length</c>, then runs of <c>literal count, literals, match length − minimum, distance − 1</c>; the last run
        /// has literals only (possibly none).
        /// </summary>
        public static string Pack(string text) => Pack(text.ToCharArray(), text.Length);

        /// <summary>Packs the first <paramref name="textLength"/> characters of <paramref name="buffer"/> (a buffer reused across blocks).</summary>
        public static string Pack(char[] buffer, int textLength)
        {
            var text = new Chars(buffer, textLength);
            var output = new StringBuilder(textLength / 2 + 16);
            CompactData.Number(output, text.Length);
            var head = s_head ??= new int[1 << HashBits];
            for (var i = 0; i < head.Length; i++)
            {
                head[i] = -1;
            }

            var previous = s_previous is { } reused && reused.Length >= text.Length ? reused : s_previous = new int[System.Math.Max(text.Length, 1 << 15)];
            var literalStart = 0;
            var at = 0;
            while (at + MinimumMatch <= text.Length)
            {
                var (length, distance) = LongestMatch(text, at, head, previous);
                Insert(text, at, head, previous);
                if (length < MinimumMatch)
                {
                    at++;
                    continue;
                }

                CompactData.Number(output, at - literalStart);
                output.Append(buffer, literalStart, at - literalStart);
                CompactData.Number(output, length - MinimumMatch);
                CompactData.Number(output, distance - 1);
                // The positions inside a short match are remembered for later matches; inside a long one (a repeated
                // address or title) they would cost time and gain almost nothing (0.5% on the synthetic pages).
                var end = at + length;
                if (length <= LongMatch)
                {
                    for (at++; at < end && at + MinimumMatch <= text.Length; at++)
                    {
                        Insert(text, at, head, previous);
                    }
                }

                at = end;
                literalStart = end;
            }

            CompactData.Number(output, text.Length - literalStart);
            output.Append(buffer, literalStart, text.Length - literalStart);
            return output.ToString();
        }

        private static (int Length, int Distance) LongestMatch(Chars text, int at, int[] head, int[] previous)
        {
            // A match never starts or ends inside a surrogate pair, so the literals around it never hold half a pair
            // (which would force the escaped form of the literal).
            if (char.IsLowSurrogate(text[at]))
            {
                return (0, 0);
            }

            var bestLength = 0;
            var bestDistance = 0;
            var limit = text.Length - at;
            var candidate = head[Hash(text, at)];
            for (var tries = 0; candidate >= 0 && tries < ChainLimit; tries++, candidate = previous[candidate])
            {
                if (text[candidate + bestLength] != text[at + bestLength])
                {
                    continue;
                }

                var length = 0;
                while (length < limit && text[candidate + length] == text[at + length])
                {
                    length++;
                }

                if (length > bestLength)
                {
                    bestLength = length;
                    bestDistance = at - candidate;
                    if (length == limit)
                    {
                        break;
                    }
                }
            }

            if (bestLength > 0 && char.IsHighSurrogate(text[at + bestLength - 1]))
            {
                bestLength--;
            }

            return (bestLength, bestDistance);
        }

        private static void Insert(Chars text, int at, int[] head, int[] previous)
        {
            var hash = Hash(text, at);
            previous[at] = head[hash];
            head[hash] = at;
        }

        private static int Hash(Chars text, int at)
        {
            unchecked
            {
                var hash = (uint)text[at];
                for (var i = 1; i < MinimumMatch; i++)
                {
                    hash = (hash * 31) + text[at + i];
                }

                return (int)((hash * 2654435761u) >> (32 - HashBits));
            }
        }

        /// <summary>The text being packed: the used part of the buffer, indexed like a string.</summary>
        private readonly struct Chars
        {
            private readonly char[] _buffer;

            public Chars(char[] buffer, int length)
            {
                _buffer = buffer;
                Length = length;
            }

            public int Length { get; }

            public char this[int index] => index < Length ? _buffer[index] : throw new System.IndexOutOfRangeException();
        }
    }
}
