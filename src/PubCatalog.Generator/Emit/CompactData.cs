using System.Collections.Generic;
using System.Text;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Encodes a page part for <c>PubCatalog.CompilerServices.CompactCatalog</c>: entries in blocks of 128, each block its
    /// entries' numbers and strings written out in full, then packed (<see cref="TextPacker"/>). A block stands alone, so
    /// the app unpacks only the block it reads; the packing finds what repeats within it. Must match the decoder's layout
    /// exactly.
    /// </summary>
    internal sealed class CompactData
    {
        public const int EntriesPerBlock = 128;
        private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ_-";

        private readonly Dictionary<string, int> _venueKinds = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _linkKinds = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _files = new(System.StringComparer.Ordinal);

        /// <summary>The packed blocks.</summary>
        public List<string> Blocks { get; } = new();

        /// <summary>The source files the entries name, in the order the entries refer to them.</summary>
        public List<string> Files { get; } = new();

        /// <summary>The <c>VenueKind</c> member names in the order the entries refer to them.</summary>
        public List<string> VenueKinds { get; } = new();

        public List<string> LinkKinds { get; } = new();

        public static CompactData Encode(IReadOnlyList<CatalogEntry> entries)
        {
            var data = new CompactData();
            var block = new StringBuilder();
            var entry = new StringBuilder();
            // The packer reads a block from one buffer, grown as needed, rather than from a string per block.
            var buffer = new char[0];
            for (var i = 0; i < entries.Count; i++)
            {
                entry.Clear();
                data.WriteEntry(entry, entries[i]);
                Number(block, entry.Length);
                block.Append(entry);
                if ((i + 1) % EntriesPerBlock == 0 || i + 1 == entries.Count)
                {
                    if (buffer.Length < block.Length)
                    {
                        buffer = new char[block.Length * 5 / 4];
                    }

                    block.CopyTo(0, buffer, 0, block.Length);
                    data.Blocks.Add(TextPacker.Pack(buffer, block.Length));
                    block.Clear();
                }
            }

            return data;
        }

        public static void Number(StringBuilder builder, int value)
        {
            var remaining = (uint)value;
            while (remaining >= 32)
            {
                builder.Append(Alphabet[32 + (int)(remaining & 31)]);
                remaining >>= 5;
            }

            builder.Append(Alphabet[(int)remaining]);
        }

        private void WriteEntry(StringBuilder b, CatalogEntry entry)
        {
            var p = entry.Publication;
            Str(b, entry.Id);
            Str(b, p.Title);
            // Most titles have no markup and nothing to encode: null then means "the same string as the title".
            Optional(b, p.TitleHtml == p.Title ? null : p.TitleHtml);
            Optional(b, p.ShortName);
            Number(b, p.Authors.Count);
            foreach (var author in p.Authors)
            {
                Str(b, author.Name);
                Number(b, (author.IsSelf ? 1 : 0) | (author.IsEqualContribution ? 2 : 0));
            }

            Str(b, p.Venue.Name);
            Optional(b, p.Venue.Acronym);
            Number(b, Kind(_venueKinds, VenueKinds, p.Venue.Kind));
            Str(b, p.Venue.Raw);
            Number(b, p.Year is int year ? year + 1 : 0);
            List(b, p.Awards);
            Number(b, p.Links.Count);
            foreach (var link in p.Links)
            {
                Str(b, link.Label);
                Number(b, Kind(_linkKinds, LinkKinds, link.Kind));
                Str(b, link.Url);
            }

            List(b, p.Tags);
            Optional(b, p.Summary);
            List(b, p.Highlights);
            Number(b, Kind(_files, Files, entry.SourceFile));
            Number(b, p.Location.Line + 1);
            Optional(b, p.Doi);
            Optional(b, p.Abstract);
            Number(b, p.Selected ? 1 : 0);
        }

        private static void Str(StringBuilder b, string value)
        {
            Number(b, value.Length);
            b.Append(value);
        }

        private static void Optional(StringBuilder b, string? value)
        {
            if (value is null)
            {
                Number(b, 0);
                return;
            }

            Number(b, value.Length + 1);
            b.Append(value);
        }

        private static void List(StringBuilder b, IReadOnlyList<string> values)
        {
            Number(b, values.Count);
            foreach (var value in values)
            {
                Str(b, value);
            }
        }

        /// <summary>A small number for a value of a short list (a kind, a file), adding it on first use.</summary>
        private static int Kind(Dictionary<string, int> ids, List<string> names, string kind)
        {
            if (!ids.TryGetValue(kind, out var id))
            {
                id = names.Count;
                ids.Add(kind, id);
                names.Add(kind);
            }

            return id;
        }
    }
}
