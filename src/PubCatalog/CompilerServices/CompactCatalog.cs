using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace PubCatalog.CompilerServices
{
    /// <summary>
    /// The data of one page part of a generated catalog, decoded on first use (the whole catalog, its order and its
    /// lookups are <see cref="PartitionedCatalog"/>). Generated code only: the generator writes each page as a class
    /// derived from this one, with its entries in packed blocks of <see cref="EntriesPerBlock"/>, and a block's
    /// publications are decoded the first time one of them is read, so start-up costs nothing and a query decodes only
    /// the blocks it reads.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A block is packed text (see <see cref="Unpack"/>). Unpacked, it is the lengths of its first seven columns, then
    /// eight columns, each holding its part of every entry of the block in order: ids <c>id?</c> (zero: the id made from
    /// the short name, else the title, and the year, as <see cref="PubCatalog.Shared.MadeIds"/> makes it); titles
    /// <c>title, titleHtml?, shortName?</c>; authors <c>(name, flags)*</c>; venues <c>name, acronym?, kind, raw, year?,
    /// awards*</c>; link labels <c>(label, kind)*</c>; addresses <c>url per link, doi?</c>; details <c>tags*, file,
    /// line, selected</c>; prose <c>summary?, highlights*, abstract?</c>. Like fields sit together, so the packing finds
    /// their repeats close by. Numbers are compact digits (<see cref="CompactReader"/>); a string is its length then its
    /// characters; <c>*</c> marks a list, its count first; <c>?</c> marks a value stored plus one, zero meaning null
    /// (for <c>titleHtml</c>: the title itself).
    /// </para>
    /// <para>
    /// Every reader gets the same <see cref="Publication"/> objects without a lock or <c>Interlocked</c>: the generated
    /// class keeps each decoded block in a static field of a class of its own, which the runtime initializes exactly
    /// once, and <see cref="Block"/> returns that field. (<c>Interlocked</c> is declared in the <c>System.Threading</c>
    /// facade, whose load was a fifth of a small app's first read of its catalog; docs/performance-history.md, round 5.)
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class CompactCatalog : IReadOnlyList<Publication>
    {
        /// <summary>Entries per packed block (the generator's <c>CompactData.EntriesPerBlock</c> says why 32).</summary>
        public const int EntriesPerBlock = 32;

        /// <summary>The shortest repeat a packed block refers back to; shorter ones are written out.</summary>
        public const int MinimumMatch = 5;

        /// <summary>The columns of a block, in order (the generator's <c>CompactData.Column</c>).</summary>
        internal const int Columns = 8;

        private const int Ids = 0;
        private const int Titles = 1;
        private const int Authors = 2;
        private const int Venues = 3;
        private const int LinkLabels = 4;
        private const int Addresses = 5;
        private const int Details = 6;
        private const int Prose = 7;

        // Shared empty lists. Not Array.Empty<T>: its generic holder type, one per T, is one more type for the runtime to
        // load on a small app's first read.
        private static readonly string[] NoStrings = new string[0];
        private static readonly Link[] NoLinks = new Link[0];

        private readonly string[] _files;
        private readonly VenueKind[] _venueKinds;
        private readonly LinkKind[] _linkKinds;
        private readonly int _count;

        // What Block returned, kept here so a read after the first is an array look-up. Always the same array per block,
        // so a racing store changes nothing.
        private readonly Publication[]?[] _blocks;
        private Dictionary<string, int>? _idIndex;

        /// <summary>Creates the catalog; nothing is decoded yet.</summary>
        /// <param name="count">How many publications the blocks hold.</param>
        /// <param name="files">The source files the entries name.</param>
        /// <param name="venueKinds">The venue kinds the entries refer to by number.</param>
        /// <param name="linkKinds">The link kinds the entries refer to by number.</param>
        protected CompactCatalog(int count, string[] files, VenueKind[] venueKinds, LinkKind[] linkKinds)
        {
            _files = files;
            _venueKinds = venueKinds;
            _linkKinds = linkKinds;
            _count = count;
            _blocks = new Publication[]?[(count + EntriesPerBlock - 1) / EntriesPerBlock];
        }

        /// <inheritdoc />
        public int Count => _count;

        /// <inheritdoc />
        public Publication this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                var block = index / EntriesPerBlock;
                return (_blocks[block] ?? (_blocks[block] = Block(block)))[index % EntriesPerBlock];
            }
        }

        /// <summary>
        /// Block <paramref name="block"/>'s publications: the same array on every call, from <see cref="Decode(int, string)"/> the
        /// first time (the generated class returns a static field that the runtime initializes once). Only called with
        /// the number of a block that exists, as is <see cref="PackedBlock"/>.
        /// </summary>
        protected abstract Publication[] Block(int block);

        /// <summary>Block <paramref name="block"/>'s packed text (the generated class returns a string literal).</summary>
        protected abstract string PackedBlock(int block);

        /// <summary>Every publication by id (decodes them all).</summary>
        public IReadOnlyDictionary<string, Publication> CreateById()
        {
            var byId = new Dictionary<string, Publication>(Count, StringComparer.Ordinal);
            for (var i = 0; i < Count; i++)
            {
                var item = this[i];
                byId[item.Id] = item;
            }

            return byId;
        }

        /// <inheritdoc />
        public IEnumerator<Publication> GetEnumerator()
        {
            for (var i = 0; i < _count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Each id's index in this part: from the blocks decoded already, and ids only from the others.</summary>
        internal Dictionary<string, int> IdIndex()
        {
            var index = _idIndex;
            if (index is null)
            {
                index = new Dictionary<string, int>(Count, StringComparer.Ordinal);
                for (var b = 0; b < _blocks.Length; b++)
                {
                    var first = b * EntriesPerBlock;
                    if (_blocks[b] is { } items)
                    {
                        for (var i = 0; i < items.Length; i++)
                        {
                            index[items[i].Id] = first + i;
                        }

                        continue;
                    }

                    // Only the ids are read: an id left out is made from the titles and the year (the venues' column).
                    var text = Unpack(PackedBlock(b));
                    var at = ColumnStarts(text);
                    for (var i = first; i < Math.Min(Count, first + EntriesPerBlock); i++)
                    {
                        index[ReadId(text, at)] = i;
                    }
                }

                // A racing reader may store its own, equal index; either one is right.
                _idIndex = index;
            }

            return index;
        }

        /// <summary>
        /// Unpacks block <paramref name="block"/> and decodes its entries: for the generated class's field of that block,
        /// so called once per block. This is the whole first-access path after the indexer, so it is kept to few, small
        /// methods.
        /// </summary>
        protected Publication[] Decode(int block, string packed)
        {
            var text = Unpack(packed);
            var items = new Publication[Math.Min(EntriesPerBlock, _count - block * EntriesPerBlock)];
            var at = ColumnStarts(text);
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = DecodeEntry(text, at);
            }

            return items;
        }

        /// <summary>Where each column of an unpacked block starts: after the lengths of the first seven, each one after the one before.</summary>
        private static int[] ColumnStarts(char[] text)
        {
            var at = new int[Columns];
            var lengthsEnd = 0;
            for (var c = 0; c < Columns - 1; c++)
            {
                at[c + 1] = Next(text, ref lengthsEnd);
            }

            at[0] = lengthsEnd;
            for (var c = 1; c < Columns; c++)
            {
                at[c] += at[c - 1];
            }

            return at;
        }

        /// <summary>Decodes the next entry, each field from its column (<paramref name="at"/>: each column's position).</summary>
        private Publication DecodeEntry(char[] text, int[] at)
        {
            var writtenId = Optional(text, ref at[Ids]);
            var title = String(text, ref at[Titles]);
            var titleHtml = Optional(text, ref at[Titles]) ?? title;
            var shortName = Optional(text, ref at[Titles]);
            var authors = new Author[Next(text, ref at[Authors])];
            for (var i = 0; i < authors.Length; i++)
            {
                var name = String(text, ref at[Authors]);
                var flags = Next(text, ref at[Authors]);
                authors[i] = new Author(name, (flags & 1) != 0, (flags & 2) != 0);
            }

            var venue = new Venue(String(text, ref at[Venues]), Optional(text, ref at[Venues]), _venueKinds[Next(text, ref at[Venues])], String(text, ref at[Venues]));
            var yearPlusOne = Next(text, ref at[Venues]);
            var awards = List(text, ref at[Venues]);
            var links = Next(text, ref at[LinkLabels]) is var linkCount && linkCount == 0 ? NoLinks : new Link[linkCount];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = new Link(String(text, ref at[LinkLabels]), _linkKinds[Next(text, ref at[LinkLabels])], String(text, ref at[Addresses]));
            }

            var doi = Optional(text, ref at[Addresses]);
            var tags = List(text, ref at[Details]);
            var source = new SourceLocation(_files[Next(text, ref at[Details])], Next(text, ref at[Details]));
            var selected = Next(text, ref at[Details]) != 0;
            var summary = Optional(text, ref at[Prose]);
            var highlights = List(text, ref at[Prose]);
            var @abstract = Optional(text, ref at[Prose]);
            var id = writtenId ?? MadeId(shortName ?? title, yearPlusOne);
            return new Publication(id, title, titleHtml, shortName, authors, venue, yearPlusOne == 0 ? null : yearPlusOne - 1,
                awards, links, tags, summary, highlights, source, doi, @abstract, selected);
        }

        /// <summary>
        /// The next entry's id alone: written, or made from its short name (else title) and year. The other fields the id
        /// needs are stepped over in their columns, as <see cref="DecodeEntry"/> reads them.
        /// </summary>
        private static string ReadId(char[] text, int[] at)
        {
            var writtenId = Optional(text, ref at[Ids]);
            var title = String(text, ref at[Titles]);
            Skip(text, ref at[Titles], optional: true);
            var shortName = Optional(text, ref at[Titles]);
            Skip(text, ref at[Venues], optional: false);
            Skip(text, ref at[Venues], optional: true);
            Next(text, ref at[Venues]);
            Skip(text, ref at[Venues], optional: false);
            var yearPlusOne = Next(text, ref at[Venues]);
            for (var awards = Next(text, ref at[Venues]); awards > 0; awards--)
            {
                Skip(text, ref at[Venues], optional: false);
            }

            return writtenId ?? MadeId(shortName ?? title, yearPlusOne);
        }

        /// <summary>The id the generator left out: it writes zero only for an id <see cref="PubCatalog.Shared.MadeIds"/> makes from this text and year.</summary>
        private static string MadeId(string text, int yearPlusOne) =>
            (yearPlusOne > 0 ? PubCatalog.Shared.MadeIds.Make(text, yearPlusOne - 1) : null)
            ?? throw new InvalidOperationException("A catalog block leaves out an id it cannot make: the generated code and the PubCatalog library disagree.");

        /// <summary>Steps over a string (an optional one is stored plus one, zero meaning null).</summary>
        private static void Skip(char[] text, ref int at, bool optional)
        {
            var length = Next(text, ref at);
            at += optional && length > 0 ? length - 1 : length;
        }

        /// <summary>
        /// Unpacks a block: <c>length</c>, then runs of <c>literal count, literal characters, match length − minimum,
        /// distance − 1</c> until the text is whole (a run ends early when the literals complete it). A match copies
        /// characters already unpacked, <c>distance</c> back; it may overlap what it writes.
        /// </summary>
        internal static char[] Unpack(string packed)
        {
            var at = 0;
            var text = new char[Next(packed, ref at)];
            var written = 0;
            while (true)
            {
                var literals = Next(packed, ref at);
                packed.CopyTo(at, text, written, literals);
                at += literals;
                written += literals;
                if (written == text.Length)
                {
                    return text;
                }

                var length = Next(packed, ref at) + MinimumMatch;
                var from = written - Next(packed, ref at) - 1;
                if (from + length <= written)
                {
                    Array.Copy(text, from, text, written, length);
                    written += length;
                }
                else
                {
                    for (var end = written + length; written < end; written++)
                    {
                        text[written] = text[from++];
                    }
                }
            }
        }

        /// <summary>Reads one number as <see cref="CompactReader.ReadInt"/> does, by arithmetic rather than a table.</summary>
        private static int Next(char[] text, ref int at)
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                int c = text[at++];
                var digit = c == '-' ? 63 : c <= '9' ? c - '0' : c <= 'V' ? c - 'A' + 10 : c >= 'a' ? c - 'a' + 32 : c <= 'Z' ? c - 'W' + 58 : 62;
                value |= (digit & 31) << shift;
                if (digit < 32)
                {
                    return value;
                }

                shift += 5;
            }
        }

        /// <summary>
        /// <see cref="Next(char[], ref int)"/> over a string (packed blocks and string lists). The digit arithmetic is
        /// written out in both rather than shared: at start-up every method is one more for the JIT, and no call is inlined.
        /// </summary>
        private static int Next(string text, ref int at)
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                int c = text[at++];
                var digit = c == '-' ? 63 : c <= '9' ? c - '0' : c <= 'V' ? c - 'A' + 10 : c >= 'a' ? c - 'a' + 32 : c <= 'Z' ? c - 'W' + 58 : 62;
                value |= (digit & 31) << shift;
                if (digit < 32)
                {
                    return value;
                }

                shift += 5;
            }
        }

        private static string String(char[] text, ref int at)
        {
            var length = Next(text, ref at);
            var value = new string(text, at, length);
            at += length;
            return value;
        }

        private static string? Optional(char[] text, ref int at)
        {
            var lengthPlusOne = Next(text, ref at);
            if (lengthPlusOne == 0)
            {
                return null;
            }

            var value = new string(text, at, lengthPlusOne - 1);
            at += lengthPlusOne - 1;
            return value;
        }

        private static string[] List(char[] text, ref int at)
        {
            var count = Next(text, ref at);
            if (count == 0)
            {
                return NoStrings;
            }

            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = String(text, ref at);
            }

            return values;
        }

        /// <summary>A string list as the generator writes it: <c>count, length*</c>, then the strings' characters.</summary>
        internal static string[] DecodeStrings(string text)
        {
            var at = 0;
            var strings = new string[Next(text, ref at)];
            var start = at;
            for (var i = 0; i < strings.Length; i++)
            {
                Next(text, ref start);
            }

            for (var i = 0; i < strings.Length; i++)
            {
                var length = Next(text, ref at);
                strings[i] = text.Substring(start, length);
                start += length;
            }

            return strings;
        }
    }

    /// <summary>
    /// Reads the generator's compact numbers: base-32 digits, low digit first, each one character of
    /// <see cref="Alphabet"/> (<c>0-9A-V</c> ends a number, <c>a-zW-Z_-</c> continues it). Generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct CompactReader
    {
        /// <summary>Digits 0–31 that end a number, then 0–31 that continue it: 64 characters that need no escaping in C#.</summary>
        public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ_-";

        private static readonly sbyte[] Values = CreateValues();
        private readonly string _text;

        /// <summary>Starts reading <paramref name="text"/> at <paramref name="position"/>.</summary>
        public CompactReader(string text, int position)
        {
            _text = text;
            Position = position;
        }

        /// <summary>The offset of the next character.</summary>
        public int Position { get; set; }

        /// <summary>Reads one non-negative number.</summary>
        public int ReadInt()
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                var digit = Values[_text[Position++]];
                value |= (digit & 31) << shift;
                if (digit < 32)
                {
                    return value;
                }

                shift += 5;
            }
        }

        private static sbyte[] CreateValues()
        {
            var values = new sbyte[128];
            for (var i = 0; i < Alphabet.Length; i++)
            {
                values[Alphabet[i]] = (sbyte)i;
            }

            return values;
        }
    }
}
