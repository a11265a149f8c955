using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// A generated file's text, kept in chunks of one byte per character wherever every character of the chunk is below
    /// U+0100 (all of the C# and almost all of the page data), and of two bytes elsewhere. The driver keeps every
    /// generated file for as long as the compilation lives (the IDE: for the session), and a page file is hundreds of
    /// kilobytes: Roslyn's own chunked text (<c>SourceText.From(TextReader, …)</c>) keeps two bytes per character. Half
    /// the size is half the memory kept, half the memory a run fills (its collections promote it), and half the
    /// memory the compiler reads it from. No chunk reaches the large-object heap.
    /// </summary>
    /// <remarks>
    /// Roslyn reads a text through <see cref="CopyTo"/> and the indexer (the lexer, the line table, the checksum, the
    /// PDB's embedded copy); the other members of <see cref="SourceText"/> are built on those. The encoding is what the
    /// driver is given for any generated file (UTF-8), so the checksum and the embedded copy are those of the same text
    /// made with <c>SourceText.From</c>.
    /// </remarks>
    internal sealed class CompactSourceText : SourceText
    {
        /// <summary>Characters per chunk: 32 K, so that a chunk of characters (64 KB) stays under the large-object threshold (85,000 bytes).</summary>
        private const int ChunkBits = 15;

        private const int ChunkSize = 1 << ChunkBits;

        private const int ChunkMask = ChunkSize - 1;

        // Each chunk a byte[] (every character below U+0100) or a char[]; all but the last ChunkSize characters long.
        private readonly object[] _chunks;
        private readonly int _length;

        private CompactSourceText(object[] chunks, int length)
        {
            _chunks = chunks;
            _length = length;
        }

        public override Encoding Encoding => Encoding.UTF8;

        /// <summary>How many chunks hold one byte per character (for the tests).</summary>
        internal int NarrowChunkCount
        {
            get
            {
                var count = 0;
                foreach (var chunk in _chunks)
                {
                    count += chunk is byte[] ? 1 : 0;
                }

                return count;
            }
        }

        /// <summary>Characters per chunk (for the tests).</summary>
        internal const int CharactersPerChunk = ChunkSize;

        public override int Length => _length;

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)_length)
                {
                    throw new ArgumentOutOfRangeException(nameof(position));
                }

                var chunk = _chunks[position >> ChunkBits];
                var offset = position & ChunkMask;
                return chunk is byte[] bytes ? (char)bytes[offset] : ((char[])chunk)[offset];
            }
        }

        /// <summary>The text of the first <paramref name="length"/> characters of <paramref name="chars"/>, copied.</summary>
        public static CompactSourceText From(char[] chars, int length)
        {
            var chunks = new object[(length + ChunkSize - 1) >> ChunkBits];
            for (var i = 0; i < chunks.Length; i++)
            {
                var start = i << ChunkBits;
                chunks[i] = Chunk(new ReadOnlySpan<char>(chars, start, Math.Min(ChunkSize, length - start)));
            }

            return new CompactSourceText(chunks, length);
        }

        /// <summary>
        /// The text of chunks made by <see cref="Chunk"/>, <paramref name="length"/> characters in all: every chunk but the
        /// last <see cref="CharactersPerChunk"/> characters long.
        /// </summary>
        public static CompactSourceText Of(object[] chunks, int length)
        {
            System.Diagnostics.Debug.Assert(
                chunks.Length == (length + ChunkSize - 1) >> ChunkBits
                && System.Linq.Enumerable.All(chunks, chunk => chunk is byte[] { Length: <= ChunkSize } or char[] { Length: <= ChunkSize })
                && (chunks.Length == 0 || ((chunks.Length - 1) * ChunkSize) + ChunkLength(chunks[chunks.Length - 1]) == length)
                && System.Linq.Enumerable.All(System.Linq.Enumerable.Take(chunks, chunks.Length - 1), chunk => ChunkLength(chunk) == ChunkSize),
                "every chunk but the last is full, and the chunks hold the length");
            return new(chunks, length);
        }

        private static int ChunkLength(object chunk) => chunk is byte[] bytes ? bytes.Length : ((char[])chunk).Length;

        /// <summary>A chunk of the characters, copied: one byte each when all are below U+0100.</summary>
        public static object Chunk(ReadOnlySpan<char> chars) => Narrow(chars) ?? (object)chars.ToArray();

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            if (destinationIndex < 0 || destinationIndex > destination.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(destinationIndex));
            }

            while (count > 0)
            {
                var chunk = _chunks[sourceIndex >> ChunkBits];
                var offset = sourceIndex & ChunkMask;
                var piece = Math.Min(count, ChunkSize - offset);
                var target = new Span<char>(destination, destinationIndex, piece);
                if (chunk is byte[] bytes)
                {
                    Widen(new ReadOnlySpan<byte>(bytes, offset, piece), target);
                }
                else
                {
                    new ReadOnlySpan<char>((char[])chunk, offset, piece).CopyTo(target);
                }

                sourceIndex += piece;
                destinationIndex += piece;
                count -= piece;
            }
        }

        public override string ToString(TextSpan span)
        {
            if (span.End > _length)
            {
                throw new ArgumentOutOfRangeException(nameof(span));
            }

            if (span.Length == 0)
            {
                return string.Empty;
            }

            var chars = new char[span.Length];
            CopyTo(span.Start, chars, 0, span.Length);
            return new string(chars);
        }

        /// <summary>
        /// The characters one byte each, or null when one of them is U+0100 or above (the bytes made so far are then
        /// dropped: checking first would read the chunk twice, for a case that is rare).
        /// </summary>
        private static byte[]? Narrow(ReadOnlySpan<char> source)
        {
            var bytes = new byte[source.Length];
            var i = 0;
            if (Vector.IsHardwareAccelerated && source.Length >= 2 * Vector<ushort>.Count)
            {
                var wide = MemoryMarshal.Cast<char, Vector<ushort>>(source);
                var narrow = MemoryMarshal.Cast<byte, Vector<byte>>(new Span<byte>(bytes));
                var highest = new Vector<ushort>(0xFF);
                for (var v = 0; v + 1 < wide.Length; v += 2)
                {
                    var low = wide[v];
                    var high = wide[v + 1];
                    if (Vector.GreaterThanAny(Vector.BitwiseOr(low, high), highest))
                    {
                        return null;
                    }

                    narrow[v / 2] = Vector.Narrow(low, high);
                }

                i = (wide.Length & ~1) * Vector<ushort>.Count;
            }

            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (c > 0xFF)
                {
                    return null;
                }

                bytes[i] = (byte)c;
            }

            return bytes;
        }

        private static void Widen(ReadOnlySpan<byte> source, Span<char> destination)
        {
            var i = 0;
            if (Vector.IsHardwareAccelerated && source.Length >= Vector<byte>.Count)
            {
                var narrow = MemoryMarshal.Cast<byte, Vector<byte>>(source);
                var wide = MemoryMarshal.Cast<char, Vector<ushort>>(destination);
                for (var v = 0; v < narrow.Length; v++)
                {
                    Vector.Widen(narrow[v], out var low, out var high);
                    wide[2 * v] = low;
                    wide[(2 * v) + 1] = high;
                }

                i = narrow.Length * Vector<byte>.Count;
            }

            for (; i < source.Length; i++)
            {
                destination[i] = (char)source[i];
            }
        }
    }
}
