using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace PubCatalog.CompilerServices
{
    /// <summary>
    /// The data of one page part of a generated catalog, decoded on first use (the whole catalog, its order and its
    /// lookups are <see cref="PartitionedCatalog"/>). Generated code only: the generator writes the entries as
    /// compact text chunks (see <see cref="CompactReader"/>), and this class turns one entry into a
    /// <see cref="Publication"/> the first time it is read, so start-up costs nothing and a query builds only what it reads.
    /// </summary>
    /// <remarks>
    /// Entries come in chunks of <see cref="EntriesPerChunk"/>; each entry is <c>length, id, title, titleHtml? (0: the title itself),
    /// shortName?, authors (name, flags)*, venue name, acronym?, kind, raw, year?, awards*, links (label, kind, url)*,
    /// tags*, summary?, highlights*, file, line</c>. Strings are references into string chunks of
    /// <see cref="StringsPerChunk"/> strings; <c>?</c> marks a value stored plus one, zero meaning null.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CompactCatalog : IReadOnlyList<Publication>
    {
        /// <summary>Entries per entry chunk.</summary>
        public const int EntriesPerChunk = 64;

        /// <summary>Strings per string chunk.</summary>
        public const int StringsPerChunk = 128;

        private readonly Func<int, string> _entryChunk;
        private readonly Func<int, string> _stringChunk;
        private readonly VenueKind[] _venueKinds;
        private readonly LinkKind[] _linkKinds;
        private readonly Publication?[] _items;
        private readonly string?[]?[] _strings;
        private Dictionary<string, int>? _idIndex;

        /// <summary>Creates the catalog over generated chunks; nothing is decoded yet.</summary>
        public CompactCatalog(int count, int stringCount, Func<int, string> entryChunk, Func<int, string> stringChunk, VenueKind[] venueKinds, LinkKind[] linkKinds)
        {
            _entryChunk = entryChunk;
            _stringChunk = stringChunk;
            _venueKinds = venueKinds;
            _linkKinds = linkKinds;
            _items = new Publication?[count];
            _strings = new string?[]?[(stringCount + StringsPerChunk - 1) / StringsPerChunk];
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public Publication this[int index]
        {
            get
            {
                var item = _items[index];
                if (item is null)
                {
                    var created = Decode(index);
                    item = Interlocked.CompareExchange(ref _items[index], created, null) ?? created;
                }

                return item;
            }
        }

        /// <summary>The publication with this id, or null; decodes only ids until the entry is found.</summary>
        public Publication? FindById(string id)
        {
            var index = IdIndex();
            return id is not null && index.TryGetValue(id, out var at) ? this[at] : null;
        }

        /// <summary>Every publication by id (decodes them all).</summary>
        public IReadOnlyDictionary<string, Publication> CreateById()
        {
            var byId = new Dictionary<string, Publication>(Count, StringComparer.Ordinal);
            foreach (var pair in IdIndex())
            {
                byId.Add(pair.Key, this[pair.Value]);
            }

            return byId;
        }

        /// <inheritdoc />
        public IEnumerator<Publication> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal Dictionary<string, int> IdIndex()
        {
            var index = _idIndex;
            if (index is null)
            {
                index = new Dictionary<string, int>(Count, StringComparer.Ordinal);
                for (var chunk = 0; chunk * EntriesPerChunk < Count; chunk++)
                {
                    var text = _entryChunk(chunk);
                    var at = 0;
                    for (var i = chunk * EntriesPerChunk; i < Math.Min(Count, (chunk + 1) * EntriesPerChunk); i++)
                    {
                        var length = Next(text, ref at);
                        var next = at + length;
                        index[String(Next(text, ref at))] = i;
                        at = next;
                    }
                }

                _idIndex = index;
            }

            return index;
        }

        /// <summary>
        /// Decodes entry <paramref name="index"/>. This is the whole first-access path after the indexer, so it is kept
        /// to few, small methods (each is compiled by the JIT at start-up): numbers are read by <see cref="Next"/>, with
        /// no reader struct or table to initialize.
        /// </summary>
        private Publication Decode(int index)
        {
            var text = _entryChunk(index / EntriesPerChunk);
            var at = 0;
            for (var skip = index % EntriesPerChunk; skip > 0; skip--)
            {
                var length = Next(text, ref at);
                at += length;
            }

            Next(text, ref at);
            var id = String(Next(text, ref at));
            var title = String(Next(text, ref at));
            var titleHtml = Next(text, ref at) is var html && html == 0 ? title : String(html - 1);
            var shortName = Optional(text, ref at);
            var authors = new Author[Next(text, ref at)];
            for (var i = 0; i < authors.Length; i++)
            {
                var name = String(Next(text, ref at));
                var flags = Next(text, ref at);
                authors[i] = new Author(name, (flags & 1) != 0, (flags & 2) != 0);
            }

            var venue = new Venue(String(Next(text, ref at)), Optional(text, ref at), _venueKinds[Next(text, ref at)], String(Next(text, ref at)));
            var yearPlusOne = Next(text, ref at);
            var awards = List(text, ref at);
            var links = Next(text, ref at) is var linkCount && linkCount == 0 ? Array.Empty<Link>() : new Link[linkCount];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = new Link(String(Next(text, ref at)), _linkKinds[Next(text, ref at)], String(Next(text, ref at)));
            }

            var tags = List(text, ref at);
            var summary = Optional(text, ref at);
            var highlights = List(text, ref at);
            var source = new SourceLocation(String(Next(text, ref at)), Next(text, ref at));
            var doi = Optional(text, ref at);
            var @abstract = Optional(text, ref at);
            var selected = Next(text, ref at) != 0;
            return new Publication(id, title, titleHtml, shortName, authors, venue, yearPlusOne == 0 ? null : yearPlusOne - 1,
                awards, links, tags, summary, highlights, source, doi, @abstract, selected);
        }

        /// <summary>Reads one number as <see cref="CompactReader.ReadInt"/> does, by arithmetic rather than a table.</summary>
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

        private string[] List(string text, ref int at)
        {
            var count = Next(text, ref at);
            if (count == 0)
            {
                return Array.Empty<string>();
            }

            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = String(Next(text, ref at));
            }

            return values;
        }

        private string? Optional(string text, ref int at)
        {
            var value = Next(text, ref at);
            return value == 0 ? null : String(value - 1);
        }

        private string String(int id)
        {
            var chunk = _strings[id / StringsPerChunk];
            if (chunk is null)
            {
                chunk = DecodeStringChunk(id / StringsPerChunk);
                chunk = Interlocked.CompareExchange(ref _strings[id / StringsPerChunk], chunk, null) ?? chunk;
            }

            return chunk[id % StringsPerChunk]!;
        }

        /// <summary>A string chunk is <c>count, length*</c> followed by the strings' characters.</summary>
        private string?[] DecodeStringChunk(int chunk) => DecodeStrings(_stringChunk(chunk));

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
