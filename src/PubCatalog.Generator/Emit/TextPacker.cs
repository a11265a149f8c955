namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Packs a block of catalog text by LZ77 over characters: a repeat of at least <see cref="MinimumMatch"/> characters
    /// becomes a reference back to its earlier copy. Titles, author names, venues and link addresses repeat a lot within
    /// a page, so a block shrinks to a fraction of its text: less source for the compiler to parse and keep, and less for
    /// the JIT to materialize when the block is first read. The numbers are compact digits and the literals stay as they
    /// are (no base64, nothing new to escape), so the output is still readable text. Greedy, trying the latest earlier
    /// position of each hash, and stepping over text that does not repeat as LZ4 does: the output depends only on the
    /// input. Must match <c>PubCatalog.CompilerServices.CompactCatalog.Unpack</c>.
    /// </summary>
    internal static class TextPacker
    {
        /// <summary>A match costs three or four digits; shorter repeats are cheaper written out.</summary>
        public const int MinimumMatch = 5;

        private const int HashBits = 14;

        /// <summary>
        /// After 2^<see cref="SkipShift"/> positions without a match the packer steps two at a time, then three …
        /// (as LZ4 does): text that does not repeat (a new title) is crossed quickly, and the step goes back to one at
        /// the next match. A match found after a step is grown backwards, so little is lost.
        /// </summary>
        private const int SkipShift = 5;

        // The latest position of each hash plus one (zero: none), the one position tried for a match there. Only one: with
        // a block's fields grouped by kind (CompactData), also trying the one before it (a chain kept per position)
        // packs the synthetic pages 1.9% smaller and takes a third longer (docs/performance-history.md, round 11). Reused across
        // blocks, one per thread (a generator may run on several threads at once).
        [System.ThreadStatic]
        private static int[]? s_latest;

        // The packed text is written here, and read from here by the page emitter.
        [System.ThreadStatic]
        private static char[]? s_output;

        /// <summary>
        /// <c>length</c>, then runs of <c>literal count, literals, match length − minimum, distance − 1</c>; the last run
        /// has literals only (possibly none).
        /// </summary>
        public static string Pack(string text) => Pack(text.ToCharArray(), text.Length);

        /// <summary>Packs the first <paramref name="length"/> characters of <paramref name="text"/> (a buffer reused across blocks).</summary>
        public static string Pack(char[] text, int length)
        {
            var written = Pack(text, length, out var output);
            return new string(output, 0, written);
        }

        /// <summary>
        /// Packs the first <paramref name="length"/> characters of <paramref name="text"/> into the packer's own buffer,
        /// <paramref name="output"/>, and returns how many characters it wrote: valid until the next block is packed on
        /// this thread. The page emitter writes a block from there into its file, so no string is made of it.
        /// </summary>
        public static int Pack(char[] text, int length, out char[] output)
        {
            // The output is never longer than the input plus a run's three numbers per match (a match is at least
            // MinimumMatch characters) plus the first and last runs' numbers: room for all of it is made once, and the
            // numbers and literals are written without a capacity check each (a page has tens of thousands of runs).
            var capacity = length + ((length / MinimumMatch) + 2) * 3 * CompactWriter.MaxNumberDigits;
            // A local, not the out parameter, in the loop: the JIT keeps a local in a register.
            var packed = OutputBuffer(capacity);
            output = packed;
            var written = CompactWriter.WriteNumber(packed, 0, length);
            var latest = s_latest ??= new int[1 << HashBits];
            System.Array.Clear(latest, 0, latest.Length);
            var literalStart = 0;
            var at = 0;
            var misses = 0;
            var lastStart = length - MinimumMatch;
            while (at <= lastStart)
            {
                var (matchLength, candidate) = Match(text, length, at, latest);
                if (matchLength < MinimumMatch)
                {
                    at += 1 + (misses++ >> SkipShift);
                    continue;
                }

                // Grow the match backwards over the literals it shares with the earlier copy (positions stepped over).
                while (at > literalStart && candidate > 0 && text[at - 1] == text[candidate - 1] && !char.IsLowSurrogate(text[at - 1]))
                {
                    at--;
                    candidate--;
                    matchLength++;
                }

                written = CompactWriter.WriteNumber(packed, written, at - literalStart);
                written = CopyLiterals(text, literalStart, at - literalStart, packed, written);
                written = CompactWriter.WriteNumber(packed, written, matchLength - MinimumMatch);
                written = CompactWriter.WriteNumber(packed, written, at - candidate - 1);

                // Two positions of the match are remembered for later matches (its second and its second-to-last): the
                // repeats worth finding again start near a match's edges, and remembering every position costs time.
                var end = at + matchLength;
                if (at + 1 <= lastStart)
                {
                    Remember(text, at + 1, latest);
                }

                if (end - 2 > at + 1 && end - 2 <= lastStart)
                {
                    Remember(text, end - 2, latest);
                }

                at = end;
                literalStart = end;
                misses = 0;
            }

            written = CompactWriter.WriteNumber(packed, written, length - literalStart);
            return CopyLiterals(text, literalStart, length - literalStart, packed, written);
        }

        /// <summary>
        /// Writes the first <paramref name="length"/> characters of <paramref name="text"/> in the packed format with no
        /// match (the length, then one run of literals), into the packer's buffer as <see cref="Pack(char[], int, out char[])"/>
        /// does: the data of a catalog too small to be worth packing (<c>Catalog.PageDataPacking</c>), which the runtime
        /// reads with the same code.
        /// </summary>
        public static int Store(char[] text, int length, out char[] output)
        {
            output = OutputBuffer(length + StoredHeaderMaxLength);
            var written = WriteStoredHeader(length, output, 0);
            System.Array.Copy(text, 0, output, written, length);
            return written + length;
        }

        /// <summary>The most characters <see cref="WriteStoredHeader"/> writes.</summary>
        public const int StoredHeaderMaxLength = 2 * CompactWriter.MaxNumberDigits;

        /// <summary>
        /// What <see cref="Store"/> writes before the text of <paramref name="length"/> characters (the unpacked length, then
        /// the length of the one run of literals), at <paramref name="at"/> of <paramref name="output"/>; returns where it
        /// ends. For a writer that copies the text itself (<c>CompactData.WriteStoredBlock</c>).
        /// </summary>
        public static int WriteStoredHeader(int length, char[] output, int at)
        {
            var written = CompactWriter.WriteNumber(output, at, length);
            return CompactWriter.WriteNumber(output, written, length);
        }

        /// <summary>This thread's output buffer, made larger first when it has less room than <paramref name="capacity"/>.</summary>
        private static char[] OutputBuffer(int capacity) =>
            s_output is { } buffer && buffer.Length >= capacity ? buffer : s_output = new char[System.Math.Max(capacity, 1 << 16)];

        /// <summary>Copies a run of literals and returns where it ends; most runs are a few characters, too short to be worth a call to <see cref="System.Array.Copy(System.Array, int, System.Array, int, int)"/>.</summary>
        private static int CopyLiterals(char[] text, int start, int count, char[] output, int at)
        {
            if (count > 16)
            {
                System.Array.Copy(text, start, output, at, count);
                return at + count;
            }

            for (var i = 0; i < count; i++)
            {
                output[at + i] = text[start + i];
            }

            return at + count;
        }

        /// <summary>
        /// How far the text at <paramref name="at"/> repeats the latest earlier position with the same hash, and that
        /// position; then <paramref name="at"/> is remembered in its place.
        /// </summary>
        private static (int Length, int Start) Match(char[] text, int length, int at, int[] latest)
        {
            var slot = Slot(text, at);
            var candidate = latest[slot] - 1;
            latest[slot] = at + 1;
            return candidate < 0 ? (0, 0) : (MatchLength(text, length, candidate, at), candidate);
        }

        private static void Remember(char[] text, int at, int[] latest) => latest[Slot(text, at)] = at + 1;

        /// <summary>
        /// How far the text at <paramref name="at"/> repeats the text at <paramref name="candidate"/>. A match never
        /// starts or ends inside a surrogate pair, so the literals around it never hold half a pair (which would force
        /// the escaped form of the literal).
        /// </summary>
        private static int MatchLength(char[] text, int length, int candidate, int at)
        {
            if (char.IsLowSurrogate(text[at]))
            {
                return 0;
            }

            var limit = length - at;
            var matched = 0;
            while (matched < limit && text[candidate + matched] == text[at + matched])
            {
                matched++;
            }

            if (matched > 0 && char.IsHighSurrogate(text[at + matched - 1]))
            {
                matched--;
            }

            return matched;
        }

        /// <summary>The hash-table slot of the <see cref="MinimumMatch"/> characters at a position.</summary>
        private static int Slot(char[] text, int at)
        {
            unchecked
            {
                var head = text[at] | ((ulong)text[at + 1] << 16) | ((ulong)text[at + 2] << 32) | ((ulong)text[at + 3] << 48);
                var hash = (head * 0x9E3779B97F4A7C15UL) ^ (text[at + 4] * 0xC2B2AE3D27D4EB4FUL);
                return (int)((hash * 0x165667B19E3779F9UL) >> (64 - HashBits));
            }
        }
    }
}
