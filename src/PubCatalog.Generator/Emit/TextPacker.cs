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


        /// <summary>Packs the first <paramref name="length"/> characters of <paramref name="text"/> (a buffer reused across blocks).</summary>
        public static string Pack(char[] text, int length)
        {
            var output = new CompactWriter(length / 2 + 16);
            output.Number(length);
            var head = s_head ??= new int[1 << HashBits];
            for (var i = 0; i < head.Length; i++)
            {
                head[i] = -1;
            }

            var previous = s_previous is { } reused && reused.Length >= length ? reused : s_previous = new int[System.Math.Max(length, 1 << 15)];
            var hash = new RollingHash(text);
            var literalStart = 0;
            var at = 0;
            while (at + MinimumMatch <= length)
            {
                var slot = hash.SlotAt(at);
                var (matchLength, distance) = LongestMatch(text, length, at, head[slot], previous);
                Insert(at, slot, head, previous);
                if (matchLength < MinimumMatch)
                {
                    at++;
                    continue;
                }

                output.Number(at - literalStart);
                output.Append(text, literalStart, at - literalStart);
                output.Number(matchLength - MinimumMatch);
                output.Number(distance - 1);
                // The positions inside a short match are remembered for later matches; inside a long one (a repeated
                // address or title) they would cost time and gain almost nothing (0.5% on the synthetic pages).
                var end = at + matchLength;
                if (matchLength <= LongMatch)
                {
                    for (at++; at < end && at + MinimumMatch <= length; at++)
                    {
                        Insert(at, hash.SlotAt(at), head, previous);
                    }
                }

                at = end;
                literalStart = end;
            }

            output.Number(length - literalStart);
            output.Append(text, literalStart, length - literalStart);
            return output.ToString();
        }

        /// <summary>The longest earlier repeat of the text at <paramref name="at"/>, trying the chain from <paramref name="candidate"/>.</summary>
        private static (int Length, int Distance) LongestMatch(char[] text, int length, int at, int candidate, int[] previous)
        {
            // A match never starts or ends inside a surrogate pair, so the literals around it never hold half a pair
            // (which would force the escaped form of the literal).
            if (char.IsLowSurrogate(text[at]))
            {
                return (0, 0);
            }

            var bestLength = 0;
            var bestDistance = 0;
            var limit = length - at;
            for (var tries = 0; candidate >= 0 && tries < ChainLimit; tries++, candidate = previous[candidate])
            {
                if (text[candidate + bestLength] != text[at + bestLength])
                {
                    continue;
                }

                var matched = 0;
                while (matched < limit && text[candidate + matched] == text[at + matched])
                {
                    matched++;
                }

                if (matched > bestLength)
                {
                    bestLength = matched;
                    bestDistance = at - candidate;
                    if (matched == limit)
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

        private static void Insert(int at, int slot, int[] head, int[] previous)
        {
            previous[at] = head[slot];
            head[slot] = at;
        }

        /// <summary>
        /// The hash-table slot of the <see cref="MinimumMatch"/> characters at a position: a polynomial hash that moves
        /// forward one character in constant time (the packer asks for consecutive positions), recomputed after a jump.
        /// </summary>
        private struct RollingHash
        {
            private const uint Base = 31;
            private static readonly uint DroppedWeight = Weight(MinimumMatch - 1);
            private readonly char[] _text;
            private uint _hash;
            private int _at;

            public RollingHash(char[] text)
            {
                _text = text;
                _hash = 0;
                _at = -2;
            }

            public int SlotAt(int at)
            {
                unchecked
                {
                    if (at != _at)
                    {
                        if (at == _at + 1)
                        {
                            _hash = ((_hash - (_text[at - 1] * DroppedWeight)) * Base) + _text[at + MinimumMatch - 1];
                        }
                        else
                        {
                            _hash = _text[at];
                            for (var i = 1; i < MinimumMatch; i++)
                            {
                                _hash = (_hash * Base) + _text[at + i];
                            }
                        }

                        _at = at;
                    }

                    return (int)((_hash * 2654435761u) >> (32 - HashBits));
                }
            }

            /// <summary>Base to the power <paramref name="exponent"/>, wrapping as the hash does.</summary>
            private static uint Weight(int exponent)
            {
                var weight = 1u;
                for (var i = 0; i < exponent; i++)
                {
                    weight = unchecked(weight * Base);
                }

                return weight;
            }
        }
    }
}
