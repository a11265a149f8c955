using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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
            var typeOfFile = PartTypes(model);
            var entriesByType = new SortedDictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
            foreach (var entry in model.Entries)
            {
                var type = typeOfFile[entry.SourceFile];
                if (!entriesByType.TryGetValue(type, out var list))
                {
                    entriesByType.Add(type, list = new List<CatalogEntry>());
                }

                list.Add(entry);
            }

            return entriesByType.Select(pair => new PagePart(model.ClassName, model.Namespace, pair.Key, pair.Value.ToEquatableArray())).ToEquatableArray();
        }

        public static CatalogIndex Index(CatalogModel model)
        {
            var typeOfFile = PartTypes(model);
            var types = typeOfFile.Values.Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            var partNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                partNumbers.Add(type, partNumbers.Count);
            }

            var entries = model.Entries;
            return new CatalogIndex(
                model.ClassName,
                model.Namespace,
                model.FileCount,
                types.ToEquatableArray(),
                entries.Select(e => partNumbers[typeOfFile[e.SourceFile]]).ToEquatableArray(),
                Groups(entries, e => e.Publication.Year is int y ? new[] { y } : Array.Empty<int>()).OrderByDescending(g => g.Key).ToEquatableArray(),
                Groups(entries, e => e.Publication.Authors.Select(a => a.Name)).OrderBy(g => g.Key, StringComparer.Ordinal).ToEquatableArray(),
                Groups(entries, e => e.Publication.Tags).OrderBy(g => g.Key, StringComparer.Ordinal).ToEquatableArray(),
                Groups(entries, VenueKeys).OrderBy(g => g.Key, StringComparer.Ordinal).ToEquatableArray(),
                entries.Select(e => e.Publication.Venue.Acronym ?? e.Publication.Venue.Name).Where(v => v.Length > 0)
                    .Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray());
        }

        /// <summary>
        /// The nested class that holds each source file's entries: <c>__Page_</c> and the path's letters and digits, or,
        /// past <see cref="MaxParts"/> files, <c>__Pages_07</c> by a stable hash of the path (so an edit still touches
        /// one part). Member names never start with an underscore, so they cannot collide.
        /// </summary>
        private static Dictionary<string, string> PartTypes(CatalogModel model)
        {
            var files = model.Entries.Select(e => e.SourceFile).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (files.Count > MaxParts)
            {
                foreach (var file in files)
                {
                    result.Add(file, "__Pages_" + (StableHash(file) % MaxParts).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                }

                return result;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = new StringBuilder("__Page_");
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

        private static IEnumerable<string> VenueKeys(CatalogEntry entry)
        {
            var venue = entry.Publication.Venue;
            if (venue.Name.Length > 0)
            {
                yield return venue.Name;
            }

            if (venue.Acronym is { Length: > 0 } acronym && acronym != venue.Name)
            {
                yield return acronym;
            }
        }

        /// <summary>Keys in order of first appearance, each with the ascending positions of the entries that have it.</summary>
        private static List<Group<TKey>> Groups<TKey>(EquatableArray<CatalogEntry> entries, Func<CatalogEntry, IEnumerable<TKey>> keys)
            where TKey : IEquatable<TKey>
        {
            var groups = new Dictionary<TKey, List<int>>();
            var order = new List<TKey>();
            for (var i = 0; i < entries.Count; i++)
            {
                foreach (var key in keys(entries[i]))
                {
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = new List<int>();
                        order.Add(key);
                    }

                    // An entry that names the same author twice is listed once.
                    if (list.Count == 0 || list[list.Count - 1] != i)
                    {
                        list.Add(i);
                    }
                }
            }

            return order.Select(k => new Group<TKey>(k, groups[k].ToEquatableArray())).ToList();
        }
    }
}
