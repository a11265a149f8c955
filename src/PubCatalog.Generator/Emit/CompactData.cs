using System.Collections.Generic;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Model;
using PubCatalog.Shared;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Encodes a page part for <c>PubCatalog.CompilerServices.CompactCatalog</c>: entries in blocks of 32, each block its
    /// entries' numbers and strings written out in full (all but the ids the runtime can make again, see
    /// <see cref="PubCatalog.Shared.MadeIds"/>), then packed (<see cref="TextPacker"/>). A block stands alone, so
    /// the app unpacks only the block it reads; the packing finds what repeats within it. Within a block the fields are
    /// grouped by kind (<see cref="Column"/>): all ids, then all titles, all author lists … so that what repeats (names,
    /// link addresses, venues) sits close to its earlier copies and text that does not repeat (titles) comes in one
    /// stretch the packer crosses quickly. Must match the decoder's layout exactly.
    /// </summary>
    internal sealed class CompactData
    {
        /// <summary>
        /// Entries per block. The app decodes a whole block the first time one of its entries is read (its publications
        /// are then one static field, so every reader gets the same objects without a lock), so a smaller block is a
        /// cheaper first read of a page, and a larger one packs better. A fresh process at 2,000 entries (medians of 25,
        /// docs/performance-history.md, fifth round) reading the 20 newest entries, which touch several pages: 5.8 ms with blocks
        /// of 64, 3.9 ms with 32 (4.4 ms before blocks were decoded whole); generated source at 20,000 entries: 5.82 M
        /// characters with 64, 6.18 M with 32, 6.73 M with 16. A block unpacks to about 13 K characters, well under the
        /// large-object threshold.
        /// </summary>
        public const int EntriesPerBlock = 32;

        /// <summary>
        /// The groups of a block's fields, in the order they are written. Must match <c>CompactCatalog</c>'s column numbers.
        /// </summary>
        internal static class Column
        {
            public const int Ids = 0;
            public const int Titles = 1;
            public const int Authors = 2;
            public const int Venues = 3;
            public const int LinkLabels = 4;
            public const int Addresses = 5;
            public const int Details = 6;
            public const int Prose = 7;
            public const int Count = 8;
        }

        // The columns and the block they are joined into, reused across pages (a generator may run on several threads at
        // once): a block is about 13 K characters on the synthetic pages, worth one set per thread rather than one per page.
        [System.ThreadStatic]
        private static CompactWriter[]? s_columns;

        [System.ThreadStatic]
        private static CompactWriter? s_block;

        // The digits before a block's columns: their lengths, and the stored block's header (WriteStoredBlock).
        [System.ThreadStatic]
        private static char[]? s_lengths;

        [System.ThreadStatic]
        private static char[]? s_header;

        private readonly ShortList _venueKinds = new();
        private readonly ShortList _linkKinds = new();
        private readonly ShortList _files = new();
        private readonly IReadOnlyList<CatalogEntry> _entries;

        private CompactData(IReadOnlyList<CatalogEntry> entries) => _entries = entries;

        /// <summary>
        /// The source files the entries name, in the order the entries refer to them: numbered as the blocks are written
        /// (<see cref="PackBlock"/>), complete once all of them are.
        /// </summary>
        public List<string> Files => _files.Names;

        /// <summary>The <c>VenueKind</c> member names in the order the entries refer to them (complete as <see cref="Files"/> is).</summary>
        public List<string> VenueKinds => _venueKinds.Names;

        /// <summary>The <c>LinkKind</c> member names in the order the entries refer to them (complete as <see cref="Files"/> is).</summary>
        public List<string> LinkKinds => _linkKinds.Names;

        public int BlockCount => (_entries.Count + EntriesPerBlock - 1) / EntriesPerBlock;

        /// <summary>The page's data, its blocks not written yet (<see cref="PackBlock"/>).</summary>
        public static CompactData For(IReadOnlyList<CatalogEntry> entries) => new(entries);

        /// <summary>Every block packed, as strings: what the tests and the benchmarks' tools read.</summary>
        public static List<string> Encode(IReadOnlyList<CatalogEntry> entries)
        {
            var data = For(entries);
            var blocks = new List<string>(data.BlockCount);
            for (var block = 0; block < data.BlockCount; block++)
            {
                var length = data.PackBlock(block, pack: true, out var packed);
                blocks.Add(new string(packed, 0, length));
            }

            return blocks;
        }

        /// <summary>
        /// Encodes one block, packed when <paramref name="pack"/> is set (else in the same format with no match,
        /// <see cref="TextPacker.Store"/>): the result is the first characters (the count returned) of
        /// <paramref name="packed"/>, the packer's own buffer, valid until the next block is packed on this thread. The page
        /// emitter writes it straight into the page's file: 70 strings of 6 K characters a run at 2,000 entries are not
        /// made only to be copied.
        /// </summary>
        public int PackBlock(int block, bool pack, out char[] packed)
        {
            var joined = Join(EncodeColumns(block));
            return pack ? TextPacker.Pack(joined.Chars, joined.Length, out packed) : TextPacker.Store(joined.Chars, joined.Length, out packed);
        }

        /// <summary>
        /// Writes one block unpacked (<see cref="PackBlock"/> with no packing) into the page's source as its data literal
        /// (<see cref="SourceWriter.AppendData(System.ReadOnlySpan{char})"/>), each column copied once, straight into the
        /// source: joining the columns and then storing the block copied the page data twice more (about 2 MB a run at
        /// 2,000 entries). A block with a character a verbatim literal cannot hold goes the long way, to be escaped.
        /// </summary>
        public void WriteStoredBlock(int block, SourceWriter writer)
        {
            var columns = EncodeColumns(block);
            foreach (var column in columns)
            {
                if (!CSharpLiteral.CanBeVerbatim(new System.ReadOnlySpan<char>(column.Chars, 0, column.Length)))
                {
                    var joined = Join(columns);
                    var length = TextPacker.Store(joined.Chars, joined.Length, out var stored);
                    writer.AppendData(new System.ReadOnlySpan<char>(stored, 0, length));
                    return;
                }
            }

            // The stored header (the joined block's length, twice), then the join's (the columns' lengths): digits only.
            var lengths = s_lengths ??= new char[(Column.Count - 1) * CompactWriter.MaxNumberDigits];
            var lengthsEnd = WriteLengths(columns, lengths);
            var joinedLength = lengthsEnd;
            foreach (var column in columns)
            {
                joinedLength += column.Length;
            }

            var header = s_header ??= new char[TextPacker.StoredHeaderMaxLength];
            var headerEnd = TextPacker.WriteStoredHeader(joinedLength, header, 0);
            writer.OpenVerbatim()
                .AppendVerbatim(new System.ReadOnlySpan<char>(header, 0, headerEnd))
                .AppendVerbatim(new System.ReadOnlySpan<char>(lengths, 0, lengthsEnd));
            foreach (var column in columns)
            {
                writer.AppendVerbatim(new System.ReadOnlySpan<char>(column.Chars, 0, column.Length));
            }

            writer.CloseVerbatim();
        }

        /// <summary>The block's entries written into this thread's columns, emptied first.</summary>
        private CompactWriter[] EncodeColumns(int block)
        {
            var columns = s_columns ??= NewColumns();
            // Emptied first too: a block given up half-written (an exception the generator reported) must not leak into this one.
            foreach (var column in columns)
            {
                column.Clear();
            }

            var end = System.Math.Min(_entries.Count, (block + 1) * EntriesPerBlock);
            for (var i = block * EntriesPerBlock; i < end; i++)
            {
                WriteEntry(columns, _entries[i]);
            }

            return columns;
        }

        private static CompactWriter[] NewColumns()
        {
            var columns = new CompactWriter[Column.Count];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = new CompactWriter(1 << 13);
            }

            return columns;
        }

        /// <summary>
        /// The block's text, in this thread's block writer: the lengths of every column but the last
        /// (<see cref="WriteLengths"/>), then the columns one after another (the decoder finds each column's start from the
        /// lengths). The columns are emptied by the next <see cref="EncodeColumns"/>.
        /// </summary>
        private static CompactWriter Join(CompactWriter[] columns)
        {
            var block = s_block ??= new CompactWriter(1 << 17);
            block.Clear();
            var lengths = s_lengths ??= new char[(Column.Count - 1) * CompactWriter.MaxNumberDigits];
            block.Append(lengths, WriteLengths(columns, lengths));
            foreach (var column in columns)
            {
                block.Append(column.Chars, column.Length);
            }

            return block;
        }

        /// <summary>The lengths of every column but the last, in compact digits, at the start of <paramref name="into"/>; returns where they end.</summary>
        private static int WriteLengths(CompactWriter[] columns, char[] into)
        {
            var at = 0;
            for (var i = 0; i < columns.Length - 1; i++)
            {
                at = CompactWriter.WriteNumber(into, at, columns[i].Length);
            }

            return at;
        }

        /// <remarks>A string field added here is counted in <see cref="Catalog.PageDataPacking.EstimatedCharacters(PublicationModel)"/> too.</remarks>
        private void WriteEntry(CompactWriter[] columns, CatalogEntry entry)
        {
            var p = entry.Publication;
            // An id made from the short name (else the title) and the year is left out (0): the runtime makes it again
            // (MadeIds, the same source in both). Others follow as their length plus one.
            var ids = columns[Column.Ids];
            if (entry.IdIsMade || (p.Year is int year && MadeIds.IsMadeFrom(entry.Id, p.ShortName ?? p.Title, year)))
            {
                ids.Number(0);
            }
            else
            {
                Optional(ids, entry.Id);
            }

            var titles = columns[Column.Titles];
            Str(titles, p.Title);
            // Most titles have no markup and nothing to encode: null then means "the same string as the title".
            Optional(titles, p.TitleHtml == p.Title ? null : p.TitleHtml);
            Optional(titles, p.ShortName);

            var authors = columns[Column.Authors];
            authors.Number(p.Authors.Count);
            foreach (var author in p.Authors)
            {
                Str(authors, author.Name);
                authors.Number((author.IsSelf ? 1 : 0) | (author.IsEqualContribution ? 2 : 0));
            }

            var venues = columns[Column.Venues];
            Str(venues, p.Venue.Name);
            Optional(venues, p.Venue.Acronym);
            venues.Number(_venueKinds.Number(p.Venue.Kind));
            Str(venues, p.Venue.Raw);
            venues.Number(p.Year is int dated ? dated + 1 : 0);
            List(venues, p.Awards);

            var labels = columns[Column.LinkLabels];
            var addresses = columns[Column.Addresses];
            labels.Number(p.Links.Count);
            foreach (var link in p.Links)
            {
                Str(labels, link.Label);
                labels.Number(_linkKinds.Number(link.Kind));
                Str(addresses, link.Url);
            }

            Optional(addresses, p.Doi);

            var details = columns[Column.Details];
            List(details, p.Tags);
            details.Number(_files.Number(entry.SourceFile));
            details.Number(p.Line + 1);
            details.Number(p.Selected ? 1 : 0);

            var prose = columns[Column.Prose];
            Optional(prose, p.Summary);
            List(prose, p.Highlights);
            Optional(prose, p.Abstract);
        }

        private static void Str(CompactWriter b, string value)
        {
            b.Number(value.Length);
            b.Append(value);
        }

        private static void Optional(CompactWriter b, string? value)
        {
            if (value is null)
            {
                b.Number(0);
                return;
            }

            b.Number(value.Length + 1);
            b.Append(value);
        }

        /// <summary>Takes the array itself: as an <see cref="IReadOnlyList{T}"/> it would be boxed, and its enumerator too, three lists per entry.</summary>
        private static void List(CompactWriter b, EquatableArray<string> values)
        {
            b.Number(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Str(b, values[i]);
            }
        }

        /// <summary>The values of a short list (the kinds, the files), each numbered on first use.</summary>
        private sealed class ShortList
        {
            private readonly Dictionary<string, int> _ids = new(System.StringComparer.Ordinal);
            private string? _last;
            private int _lastId;

            public List<string> Names { get; } = new();

            /// <summary>The value's number. The value met last (the same string, as a page's entries mostly share) is not looked up again.</summary>
            public int Number(string value)
            {
                if (ReferenceEquals(value, _last))
                {
                    return _lastId;
                }

                if (!_ids.TryGetValue(value, out var id))
                {
                    id = Names.Count;
                    _ids.Add(value, id);
                    Names.Add(value);
                }

                _last = value;
                _lastId = id;
                return id;
            }
        }
    }
}
