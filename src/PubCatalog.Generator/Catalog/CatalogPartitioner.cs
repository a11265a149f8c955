using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PubCatalog.Generator.Emit;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Cuts the finished catalog into one part per page plus the index that ties them together, so that the pipeline
    /// can emit (and the compiler re-parse) only the parts an edit changed.
    /// </summary>
    internal static class CatalogPartitioner
    {
        /// <summary>More files than this (one file per paper) share parts, bucketed by a hash of their path.</summary>
        public const int MaxParts = 32;

        /// <summary>The page parts, in the order of their type names; within a part, entries keep catalog order.</summary>
        public static EquatableArray<PagePart> Pages(CatalogModel model)
        {
            var keyOfFile = PartKeys(model);
            var numbers = PartNumbers(keyOfFile);
            var entriesByKey = new SortedDictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
            foreach (var entry in model.Entries)
            {
                var key = keyOfFile[entry.SourceFile];
                if (!entriesByKey.TryGetValue(key, out var list))
                {
                    entriesByKey.Add(key, list = new List<CatalogEntry>());
                }

                list.Add(entry);
            }

            return entriesByKey.Select(pair => new PagePart(model.ClassName, model.Namespace, pair.Key, numbers[pair.Key],
                FactoryName(numbers[pair.Key]), ItemsName(numbers[pair.Key]), pair.Value.ToEquatableArray())).ToEquatableArray();
        }

        public static CatalogIndex Index(CatalogModel model)
        {
            var keyOfFile = PartKeys(model);
            var partNumbers = PartNumbers(keyOfFile);
            var factories = partNumbers.Values.Select(FactoryName).ToList();

            var entries = model.Entries;
            var partOf = new CompactWriter(entries.Count);
            var years = new SortedDictionary<int, List<int>>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
            var authors = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var tags = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var venues = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var venueNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var publication = entry.Publication;
                partOf.Number(partNumbers[keyOfFile[entry.SourceFile]]);
                if (publication.Year is int year)
                {
                    Add(years, year, i);
                }

                foreach (var author in publication.Authors)
                {
                    Add(authors, author.Name, i);
                }

                foreach (var tag in publication.Tags)
                {
                    Add(tags, tag, i);
                }

                var venue = publication.Venue;
                if (venue.Name.Length > 0)
                {
                    Add(venues, venue.Name, i);
                }

                if (venue.Acronym is { Length: > 0 } acronym)
                {
                    Add(venues, acronym, i);
                }

                var shown = venue.Acronym ?? venue.Name;
                if (shown.Length > 0)
                {
                    venueNames.Add(shown);
                }
            }

            return new CatalogIndex(
                model.ClassName,
                model.Namespace,
                model.FileCount,
                entries.Count,
                factories.ToEquatableArray(),
                partOf.ToString(),
                CompactStreams.YearGroups(years),
                CompactStreams.Numbers(years.Keys),
                CompactStreams.Lookup(authors),
                CompactStreams.Lookup(tags),
                CompactStreams.Lookup(venues),
                CompactStreams.Strings(Sorted(venueNames)));
        }

        private static List<string> Sorted(IEnumerable<string> values)
        {
            var list = new List<string>(values);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        /// <summary>Adds a position under a key; an entry that names the same author (or venue) twice is listed once.</summary>
        private static void Add<TKey>(IDictionary<TKey, List<int>> groups, TKey key, int position)
        {
            if (!groups.TryGetValue(key, out var list))
            {
                groups.Add(key, list = new List<int>());
            }

            if (list.Count == 0 || list[list.Count - 1] != position)
            {
                list.Add(position);
            }
        }

        /// <summary>
        /// Each source file's part: <c>Page_</c> and the path's letters and digits, or, past <see cref="MaxParts"/> files,
        /// <c>Pages07</c> by a stable hash of the path (so an edit still touches one part).
        /// </summary>
        private static Dictionary<string, string> PartKeys(CatalogModel model)
        {
            var files = model.Entries.Select(e => e.SourceFile).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (files.Count > MaxParts)
            {
                foreach (var file in files)
                {
                    result.Add(file, "Pages" + (StableHash(file) % MaxParts).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                }

                return result;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = new StringBuilder("Page_");
                foreach (var c in file)
                {
                    name.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
                }

                if (name.Length > 64)
                {
                    name.Length = 64;
                }

                var candidate = name.ToString();
                for (var n = 2; !used.Add(candidate); n++)
                {
                    candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                result.Add(file, candidate);
            }

            return result;
        }

        /// <summary>
        /// Each part's number, 0, 1… in the order of the parts' keys: the numbering of <see cref="CatalogIndex.PartOf"/>, and
        /// what the part's generated names are made of (<see cref="FactoryName"/>, <see cref="ItemsName"/>).
        /// </summary>
        private static SortedDictionary<string, int> PartNumbers(Dictionary<string, string> keyOfFile)
        {
            var numbers = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keyOfFile.Values)
            {
                numbers[key] = 0;
            }

            var n = 0;
            foreach (var key in numbers.Keys.ToList())
            {
                numbers[key] = n++;
            }

            return numbers;
        }

        /// <summary>The method that creates a part's data (<c>__Page3</c>). Member names never start with an underscore, so they cannot collide.</summary>
        private static string FactoryName(int part) => "__Page" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The property every member of a part reads its publication from (<c>_3</c>): as short as a name can be.</summary>
        private static string ItemsName(int part) => "_" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and runtime (unlike string.GetHashCode).</summary>
        private static uint StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }
}
