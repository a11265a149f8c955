using System.Collections.Generic;
using System.Text;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// Encodes the catalog for <c>PubCatalog.CompilerServices.CompactCatalog</c>: entries as compact numbers in chunks of
    /// 64, every distinct string once, in chunks of 128. The generated source stays small (no constructor call per entry
    /// to compile) and the app decodes an entry only when it reads it. Must match the decoder's layout exactly.
    /// </summary>
    internal sealed class CompactData
    {
        public const int EntriesPerChunk = 64;
        public const int StringsPerChunk = 128;
        private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ_-";

        private readonly Dictionary<string, int> _stringIds = new(System.StringComparer.Ordinal);
        private readonly List<string> _strings = new();
        private readonly Dictionary<string, int> _venueKinds = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _linkKinds = new(System.StringComparer.Ordinal);

        public List<string> EntryChunks { get; } = new();

        public IReadOnlyList<string> Strings => _strings;

        /// <summary>The <c>VenueKind</c> member names in the order the entries refer to them.</summary>
        public List<string> VenueKinds { get; } = new();

        public List<string> LinkKinds { get; } = new();

        public static CompactData Encode(IReadOnlyList<CatalogEntry> entries)
        {
            var data = new CompactData();
            var chunk = new StringBuilder();
            var entry = new StringBuilder();
            for (var i = 0; i < entries.Count; i++)
            {
                entry.Clear();
                data.WriteEntry(entry, entries[i]);
                Number(chunk, entry.Length);
                chunk.Append(entry);
                if ((i + 1) % EntriesPerChunk == 0 || i + 1 == entries.Count)
                {
                    data.EntryChunks.Add(chunk.ToString());
                    chunk.Clear();
                }
            }

            return data;
        }

        /// <summary>The text of string chunk <paramref name="chunk"/>: <c>count, length*</c>, then the characters.</summary>
        public string StringChunk(int chunk)
        {
            var builder = new StringBuilder();
            var end = System.Math.Min(_strings.Count, (chunk + 1) * StringsPerChunk);
            Number(builder, end - chunk * StringsPerChunk);
            for (var i = chunk * StringsPerChunk; i < end; i++)
            {
                Number(builder, _strings[i].Length);
            }

            for (var i = chunk * StringsPerChunk; i < end; i++)
            {
                builder.Append(_strings[i]);
            }

            return builder.ToString();
        }

        public int StringChunkCount => (_strings.Count + StringsPerChunk - 1) / StringsPerChunk;

        /// <summary>A string's id, adding it on first use.</summary>
        public int StringId(string value)
        {
            if (!_stringIds.TryGetValue(value, out var id))
            {
                id = _strings.Count;
                _stringIds.Add(value, id);
                _strings.Add(value);
            }

            return id;
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
            // Most titles have no markup and nothing to encode: 0 then means "the same string as the title".
            Number(b, p.TitleHtml == p.Title ? 0 : StringId(p.TitleHtml) + 1);
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
            Str(b, entry.SourceFile);
            Number(b, p.Location.Line + 1);
            Optional(b, p.Doi);
            Optional(b, p.Abstract);
            Number(b, p.Selected ? 1 : 0);
        }

        private void Str(StringBuilder b, string value) => Number(b, StringId(value));

        private void Optional(StringBuilder b, string? value) => Number(b, value is null ? 0 : StringId(value) + 1);

        private void List(StringBuilder b, IReadOnlyList<string> values)
        {
            Number(b, values.Count);
            foreach (var value in values)
            {
                Str(b, value);
            }
        }

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
