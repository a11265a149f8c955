using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        public static EquatableArray<PagePart> Pages(CatalogModel model) => Pages(model, new Layout(model));

        public static CatalogIndex Index(CatalogModel model) => Index(model, new Layout(model));

        private static EquatableArray<PagePart> Pages(CatalogModel model, Layout layout)
        {
            // Each part's entries counted first, so that each is collected in an array of its exact size.
            var entries = model.Entries;
            var partOf = new int[entries.Count];
            var counts = new int[layout.Keys.Length];
            for (var i = 0; i < partOf.Length; i++)
            {
                partOf[i] = layout.PartOf(entries[i].SourceFile);
                counts[partOf[i]]++;
            }

            var builders = new ImmutableArray<CatalogEntry>.Builder[counts.Length];
            for (var part = 0; part < builders.Length; part++)
            {
                builders[part] = ImmutableArray.CreateBuilder<CatalogEntry>(counts[part]);
            }

            for (var i = 0; i < partOf.Length; i++)
            {
                builders[partOf[i]].Add(entries[i]);
            }

            var pages = ImmutableArray.CreateBuilder<PagePart>(builders.Length);
            for (var part = 0; part < builders.Length; part++)
            {
                pages.Add(new PagePart(model.ClassName, model.Namespace, layout.Keys[part], part,
                    DataClassName(part), ItemsName(part), new EquatableArray<CatalogEntry>(builders[part].MoveToImmutable()), model.PackPageData));
            }

            return new EquatableArray<PagePart>(pages.MoveToImmutable());
        }

        private static CatalogIndex Index(CatalogModel model, Layout layout)
        {
            var parts = ImmutableArray.CreateBuilder<string>(layout.Keys.Length);
            for (var part = 0; part < layout.Keys.Length; part++)
            {
                parts.Add(ItemsName(part));
            }

            var entries = model.Entries;
            var partOf = new CompactWriter(entries.Count);
            // The positions sized exactly (at most one per author, tag, venue name and acronym of each entry), the keys for
            // a typical catalog (up to about one distinct author per entry; tags and venues shared widely): growing them
            // copies them, and the garbage is collected while the pipeline's models are alive.
            var authorCount = 0;
            var tagCount = 0;
            foreach (var entry in entries)
            {
                var keys = entry.IndexKeys;
                authorCount += keys.AuthorStarts[entry.EntryNumber + 1] - keys.AuthorStarts[entry.EntryNumber];
                tagCount += entry.IsCombined ? entry.Publication.Tags.Count : keys.TagStarts[entry.EntryNumber + 1] - keys.TagStarts[entry.EntryNumber];
            }

            // Per file, its numbered strings' key numbers in the author and venue groups (FileKeyIds).
            var idsOfFiles = new Dictionary<FileIndexKeys, FileKeyIds>(InstanceComparer.Instance);
            FileIndexKeys? lastFile = null;
            FileKeyIds? lastFileIds = null;

            var years = new PositionGroups<int>(32, entries.Count, EqualityComparer<int>.Default);
            var authors = new PositionGroups<string>(entries.Count, authorCount, StringComparer.Ordinal);
            var tags = new PositionGroups<string>(16, tagCount, StringComparer.Ordinal);
            var venues = new PositionGroups<string>(16, entries.Count * 2, StringComparer.Ordinal);
            var venueNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                // Read from the file's keys (FileIndexKeys), not the publication, but for the year and tags of a combined
                // paper: the strings are looked up once per file, the entry's by their numbers.
                var entry = entries[i];
                var file = entry.IndexKeys;
                partOf.Number(layout.PartOf(entry.SourceFile));
                var year = entry.IsCombined ? entry.Publication.Year ?? FileIndexKeys.NoYear : file.Years[entry.EntryNumber];
                if (year != FileIndexKeys.NoYear)
                {
                    years.Add(year, i);
                }

                // Entries of one file mostly come together: the file met last is not looked up again.
                if (!ReferenceEquals(file, lastFile))
                {
                    if (!idsOfFiles.TryGetValue(file, out lastFileIds))
                    {
                        lastFileIds = new FileKeyIds(file.Names.Count);
                        idsOfFiles.Add(file, lastFileIds);
                    }

                    lastFile = file;
                }

                var fileIds = lastFileIds!;

                for (var k = file.AuthorStarts[entry.EntryNumber]; k < file.AuthorStarts[entry.EntryNumber + 1]; k++)
                {
                    authors.AddToId(Id(authors, file, fileIds.Authors, file.AuthorNumbers[k]), i);
                }

                if (entry.IsCombined)
                {
                    foreach (var tag in entry.Publication.Tags)
                    {
                        tags.Add(tag, i);
                    }
                }
                else
                {
                    for (var k = file.TagStarts[entry.EntryNumber]; k < file.TagStarts[entry.EntryNumber + 1]; k++)
                    {
                        tags.AddToId(Id(tags, file, fileIds.Tags, file.TagNumbers[k]), i);
                    }
                }

                var venueAt = entry.EntryNumber * FileIndexKeys.VenueStride;
                if (file.VenueNumbers[venueAt] is var name and >= 0)
                {
                    venues.AddToId(Id(venues, file, fileIds.Venues, name), i);
                }

                if (file.VenueNumbers[venueAt + 1] is var acronym and >= 0)
                {
                    venues.AddToId(Id(venues, file, fileIds.Venues, acronym), i);
                }

                if (file.VenueNumbers[venueAt + 2] is var shown and >= 0 && !fileIds.Shown[shown])
                {
                    fileIds.Shown[shown] = true;
                    venueNames.Add(file.Names[shown]);
                }
            }

            // Newest year first: the years are distinct, so sorting up and reversing is sorting down.
            var (yearKeys, yearIds) = years.Sorted(null);
            Array.Reverse(yearKeys);
            Array.Reverse(yearIds);
            var shownVenues = new string[venueNames.Count];
            venueNames.CopyTo(shownVenues);
            OrdinalSort.Sort(shownVenues);
            var index = new CatalogIndex(
                model.ClassName,
                model.Namespace,
                model.FileCount,
                entries.Count,
                new EquatableArray<string>(parts.MoveToImmutable()),
                partOf.ToString(),
                CompactStreams.YearGroups(years, yearKeys, yearIds),
                CompactStreams.Numbers(yearKeys),
                CompactStreams.Lookup(authors),
                CompactStreams.Lookup(tags),
                CompactStreams.Lookup(venues),
                CompactStreams.Strings(shownVenues));

            // Written out: the large groups' link arrays go to the next run (PositionGroups.KeepLinksAbove).
            years.Release();
            authors.Release();
            tags.Release();
            venues.Release();
            return index;
        }

        /// <summary>
        /// The group key number of a file's numbered string, looked up by the string the first time the file's number is
        /// met (only then: a key gets its number when it is about to get a position, so a name of a merged-away entry alone is
        /// never listed) and remembered in <paramref name="idsOfFile"/> (key number plus one, zero: not met yet).
        /// </summary>
        private static int Id(PositionGroups<string> groups, FileIndexKeys file, int[] idsOfFile, int number)
        {
            if (idsOfFile[number] == 0)
            {
                idsOfFile[number] = groups.IdOf(file.Names[number]) + 1;
            }

            return idsOfFile[number] - 1;
        }

        /// <summary>
        /// One file's numbered strings (<see cref="FileIndexKeys.Names"/>) as keys of the index: each one's key number in
        /// the author, the tag and the venue groups plus one (zero: not met yet), and whether it is among the venues shown yet.
        /// </summary>
        private sealed class FileKeyIds
        {
            public FileKeyIds(int names)
            {
                Authors = new int[names];
                Venues = new int[names];
                Tags = new int[names];
                Shown = new bool[names];
            }

            public int[] Authors { get; }

            public int[] Tags { get; }

            public int[] Venues { get; }

            public bool[] Shown { get; }
        }

        /// <summary>Files' keys by identity: two files' keys may be equal, and each is numbered on its own.</summary>
        private sealed class InstanceComparer : IEqualityComparer<FileIndexKeys>
        {
            public static readonly InstanceComparer Instance = new();

            public bool Equals(FileIndexKeys? x, FileIndexKeys? y) => ReferenceEquals(x, y);

            public int GetHashCode(FileIndexKeys obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        /// <summary>
        /// Which part each source file goes to: the parts' keys, numbered 0, 1… in their ordinal order (the numbering of
        /// <see cref="CatalogIndex.PartOf"/>, and what the part's generated names are made of: <see cref="DataClassName"/>,
        /// <see cref="ItemsName"/>).
        /// </summary>
        private sealed class Layout
        {
            private readonly Dictionary<string, int> _partOfFile;
            private string? _lastFile;
            private int _lastPart;

            public Layout(CatalogModel model)
            {
                var keyOfFile = PartKeys(model);
                var keys = new List<string>(new HashSet<string>(keyOfFile.Values, StringComparer.Ordinal));
                keys.Sort(StringComparer.Ordinal);
                Keys = keys.ToArray();
                var numbers = new Dictionary<string, int>(Keys.Length, StringComparer.Ordinal);
                for (var part = 0; part < Keys.Length; part++)
                {
                    numbers.Add(Keys[part], part);
                }

                _partOfFile = new Dictionary<string, int>(keyOfFile.Count, StringComparer.Ordinal);
                foreach (var pair in keyOfFile)
                {
                    _partOfFile.Add(pair.Key, numbers[pair.Value]);
                }
            }

            /// <summary>The parts' keys, by part number.</summary>
            public string[] Keys { get; }

            /// <summary>The part of an entry's file. Entries of one file usually hold the same string: that one is not looked up again.</summary>
            public int PartOf(string sourceFile)
            {
                if (!ReferenceEquals(sourceFile, _lastFile))
                {
                    _lastPart = _partOfFile[sourceFile];
                    _lastFile = sourceFile;
                }

                return _lastPart;
            }
        }

        /// <summary>
        /// Each source file's part: <c>Page_</c> and the path's letters and digits, or, past <see cref="MaxParts"/> files,
        /// <c>Pages07</c> by a stable hash of the path (so an edit still touches one part).
        /// </summary>
        private static Dictionary<string, string> PartKeys(CatalogModel model)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            string? previous = null;
            foreach (var entry in model.Entries)
            {
                // Entries of one file usually hold the same string: that one is not hashed again.
                if (!ReferenceEquals(entry.SourceFile, previous))
                {
                    previous = entry.SourceFile;
                    distinct.Add(previous);
                }
            }

            var files = new List<string>(distinct);
            files.Sort(StringComparer.Ordinal);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (files.Count > MaxParts)
            {
                foreach (var file in files)
                {
                    result.Add(file, "Pages" + (StableHash(file) % MaxParts).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                }

                return result;
            }

            var taken = new UniqueNames("_", files.Count);
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

                result.Add(file, taken.Take(name.ToString()));
            }

            return result;
        }

        /// <summary>The nested class that holds a part's data (<c>__Page3</c>). Member names never start with an underscore, so they cannot collide.</summary>
        private static string DataClassName(int part) => "__Page" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
