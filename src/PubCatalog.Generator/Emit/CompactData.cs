using System.Collections.Generic;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Encodes a page part for <c>PubCatalog.CompilerServices.CompactCatalog</c>: entries in blocks of 32, each block its
    /// entries' numbers and strings written out in full, then packed (<see cref="TextPacker"/>). A block stands alone, so
    /// the app unpacks only the block it reads; the packing finds what repeats within it. Must match the decoder's layout
    /// exactly.
    /// </summary>
    internal sealed class CompactData
    {
        /// <summary>
        /// Entries per block. The app decodes a whole block the first time one of its entries is read (its publications
        /// are then one static field, so every reader gets the same objects without a lock), so a smaller block is a
        /// cheaper first read of a page, and a larger one packs better. A fresh process at 2,000 entries (medians of 25,
        /// docs/performance.md, fifth round) reading the 20 newest entries, which touch several pages: 5.8 ms with blocks
        /// of 64, 3.9 ms with 32 (4.4 ms before blocks were decoded whole); generated source at 20,000 entries: 5.82 M
        /// characters with 64, 6.18 M with 32, 6.73 M with 16. A block unpacks to about 13 K characters, well under the
        /// large-object threshold.
        /// </summary>
        public const int EntriesPerBlock = 32;

        // The block buffer, reused across pages (a generator may run on several threads at once): a block is
        // about 13 K characters on the synthetic pages, worth one array per thread rather than one per page.
        [System.ThreadStatic]
        private static CompactWriter? s_block;

        private readonly ShortList _venueKinds = new();
        private readonly ShortList _linkKinds = new();
        private readonly ShortList _files = new();

        /// <summary>The packed blocks.</summary>
        public List<string> Blocks { get; } = new();

        /// <summary>The source files the entries name, in the order the entries refer to them.</summary>
        public List<string> Files => _files.Names;

        /// <summary>The <c>VenueKind</c> member names in the order the entries refer to them.</summary>
        public List<string> VenueKinds => _venueKinds.Names;

        public List<string> LinkKinds => _linkKinds.Names;

        public static CompactData Encode(IReadOnlyList<CatalogEntry> entries)
        {
            var data = new CompactData();
            var block = s_block ??= new CompactWriter(1 << 17);
            block.Clear();
            for (var i = 0; i < entries.Count; i++)
            {
                // Each entry is preceded by its length: written straight into the block, the length put before it after.
                var start = block.BeginLengthPrefixed();
                data.WriteEntry(block, entries[i]);
                block.EndLengthPrefixed(start);
                if ((i + 1) % EntriesPerBlock == 0 || i + 1 == entries.Count)
                {
                    data.Blocks.Add(TextPacker.Pack(block.Chars, block.Length));
                    block.Clear();
                }
            }

            return data;
        }

        private void WriteEntry(CompactWriter b, CatalogEntry entry)
        {
            var p = entry.Publication;
            Str(b, entry.Id);
            Str(b, p.Title);
            // Most titles have no markup and nothing to encode: null then means "the same string as the title".
            Optional(b, p.TitleHtml == p.Title ? null : p.TitleHtml);
            Optional(b, p.ShortName);
            b.Number(p.Authors.Count);
            foreach (var author in p.Authors)
            {
                Str(b, author.Name);
                b.Number((author.IsSelf ? 1 : 0) | (author.IsEqualContribution ? 2 : 0));
            }

            Str(b, p.Venue.Name);
            Optional(b, p.Venue.Acronym);
            b.Number(_venueKinds.Number(p.Venue.Kind));
            Str(b, p.Venue.Raw);
            b.Number(p.Year is int year ? year + 1 : 0);
            List(b, p.Awards);
            b.Number(p.Links.Count);
            foreach (var link in p.Links)
            {
                Str(b, link.Label);
                b.Number(_linkKinds.Number(link.Kind));
                Str(b, link.Url);
            }

            List(b, p.Tags);
            Optional(b, p.Summary);
            List(b, p.Highlights);
            b.Number(_files.Number(entry.SourceFile));
            b.Number(p.Line + 1);
            Optional(b, p.Doi);
            Optional(b, p.Abstract);
            b.Number(p.Selected ? 1 : 0);
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
