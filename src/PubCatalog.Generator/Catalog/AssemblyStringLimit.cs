using System.Collections.Generic;
using System.Globalization;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Warns (PUB0019) when a catalog's data may not fit in one assembly. The compiler keeps an assembly's string literals
    /// in one heap of 16 MB, about 8.3 M characters, and fails past it with CS8103, which points at a generated line and
    /// does not say what to do. Packed, the data is a fraction of the strings counted here: 0.54 on the synthetic pages
    /// (35,000 of their entries build, 40,000 fail; docs/performance.md, "Other limits"), 0.75 on the five seed pages,
    /// whose few entries repeat less. Not warned when the compiler keeps long literals in the data section instead
    /// (<see cref="DataSectionFeature"/>): the 40,000 entries build and run then.
    /// </summary>
    internal static class AssemblyStringLimit
    {
        /// <summary>
        /// Warned above this many characters of strings (<see cref="PageDataPacking.EstimatedCharacters(EquatableArray{CatalogEntry})"/>), about 27,500
        /// synthetic entries: packed as the seed pages pack (0.75), the data would then be 7.5 M characters, within a
        /// tenth of the heap, which the members, the index and the project's own literals share.
        /// </summary>
        public const long WarnAboveCharacters = 10_000_000;

        /// <summary>The compiler feature (<c>&lt;Features&gt;</c>) that stores long string literals as UTF-8 in the data section.</summary>
        public const string DataSectionFeature = "experimental-data-section-string-literals";

        /// <summary>The warning for a catalog whose strings are <paramref name="characters"/> (<see cref="PageDataPacking.EstimatedCharacters(EquatableArray{CatalogEntry})"/>); or null.</summary>
        public static DiagnosticInfo? Check(EquatableArray<CatalogEntry> entries, long characters, bool literalsInDataSection) =>
            Check(entries, characters, literalsInDataSection, WarnAboveCharacters);

        /// <summary>The same, against another threshold: for the tests, which cannot afford a catalog of millions of characters.</summary>
        internal static DiagnosticInfo? Check(EquatableArray<CatalogEntry> entries, long characters, bool literalsInDataSection, long warnAbove)
        {
            if (literalsInDataSection || characters <= warnAbove || entries.Count == 0)
            {
                return null;
            }

            // Located at the page with the most entries, the one to move first.
            var (file, count) = LargestFile(entries);
            return DiagnosticInfo.Create(DiagnosticDescriptors.CatalogTooLarge, new LocationInfo(file.FilePath, 0, 0, 0),
                entries.Count.ToString("N0", CultureInfo.InvariantCulture), characters.ToString("N0", CultureInfo.InvariantCulture),
                file.SourceFile, count.ToString("N0", CultureInfo.InvariantCulture));
        }

        /// <summary>The file most entries come from (the first in path order of those with as many), and their count.</summary>
        private static ((string FilePath, string SourceFile) File, int Count) LargestFile(EquatableArray<CatalogEntry> entries)
        {
            var files = new Dictionary<string, (int Count, string FilePath)>(System.StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                files[entry.SourceFile] = files.TryGetValue(entry.SourceFile, out var file)
                    ? (file.Count + 1, file.FilePath)
                    : (1, entry.Publication.FilePath);
            }

            var best = (SourceFile: "", Count: 0, FilePath: "");
            foreach (var pair in files)
            {
                if (pair.Value.Count > best.Count || (pair.Value.Count == best.Count && string.CompareOrdinal(pair.Key, best.SourceFile) < 0))
                {
                    best = (pair.Key, pair.Value.Count, pair.Value.FilePath);
                }
            }

            return ((best.FilePath, best.SourceFile), best.Count);
        }
    }
}
