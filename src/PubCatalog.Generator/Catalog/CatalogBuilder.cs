using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Combines the files: merges the same paper listed in several places, assigns ids and member names, and puts
    /// the catalog in order (newest year first, then file and line). Input order does not matter: files are sorted first.
    /// </summary>
    internal static class CatalogBuilder
    {
        public static CatalogResult Build(ImmutableArray<FileParseResult> files, CatalogOptions options) =>
            Build(files.Select(PreparedFile.Create).ToImmutableArray(), options);

        public static CatalogResult Build(ImmutableArray<PreparedFile> files, CatalogOptions options)
        {
            var sortedFiles = SortFiles(files);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var file in sortedFiles)
            {
                diagnostics.AddRange(file.File.Diagnostics);
            }

            // The arrays of one item per entry are rented and given back: at 20,000 entries each is a large object, and
            // made afresh on every edit they brought on gen-2 collections of the driver's whole catalog.
            var (merged, count) = Merge(sortedFiles, diagnostics);
            var ordered = CatalogOrder(merged, count);
            Return(merged, count);
            var ids = AssignIds(ordered, count, diagnostics);
            var publications = ArrayPool<PublicationModel>.Shared.Rent(count);
            var memberBases = ArrayPool<string>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                publications[i] = ordered[i].Publication;
                memberBases[i] = ordered[i].MemberBase;
            }

            var members = ArrayPool<string>.Shared.Rent(count);
            MemberNames.Assign(new ArraySegment<PublicationModel>(publications, 0, count), new ArraySegment<string>(memberBases, 0, count), options.ClassName, members);
            Return(publications, count);
            Return(memberBases, count);
            var entries = ImmutableArray.CreateBuilder<CatalogEntry>(count);
            // The characters of the catalog's strings, for packing and PUB0019: each entry's as its file counted them,
            // a combined publication's counted here.
            var characters = 0L;
            for (var i = 0; i < count; i++)
            {
                // The file's own entry when nothing changed it (its publication, id and member name as the file made them).
                var prepared = ordered[i].Prepared;
                var isFilesOwn = ReferenceEquals(prepared.Publication, ordered[i].Publication);
                var entry = isFilesOwn && prepared.Id == ids[i] && prepared.MemberName == members[i]
                    ? prepared
                    : new CatalogEntry(ids[i], members[i], ordered[i].DisplayPath, ordered[i].Publication, prepared.IndexKeys, prepared.EntryNumber)
                    {
                        IsCombined = !isFilesOwn,
                        Characters = isFilesOwn ? prepared.Characters : PageDataPacking.EstimatedCharacters(ordered[i].Publication),
                    };
                characters += entry.Characters;
                entries.Add(entry);
            }

            Return(ordered, count);
            Return(ids, count);
            Return(members, count);

            var catalogEntries = new EquatableArray<CatalogEntry>(entries.MoveToImmutable());
            if (AssemblyStringLimit.Check(catalogEntries, characters, options.LiteralsInDataSection) is { } tooLarge)
            {
                diagnostics.Add(tooLarge);
            }

            var model = new CatalogModel(options.ClassName, options.Namespace, files.Length, catalogEntries,
                PageDataPacking.ShouldPack(options.PackPageData, characters));
            return new CatalogResult(model, diagnostics.ToEquatableArray());
        }

        /// <summary>The files by display path, then path, then (for two alike) as given: the order entries are merged in.</summary>
        private static List<PreparedFile> SortFiles(ImmutableArray<PreparedFile> files)
        {
            var order = new List<int>(files.Length);
            for (var i = 0; i < files.Length; i++)
            {
                order.Add(i);
            }

            order.Sort((a, b) =>
            {
                var byDisplayPath = string.CompareOrdinal(files[a].File.DisplayPath, files[b].File.DisplayPath);
                if (byDisplayPath != 0)
                {
                    return byDisplayPath;
                }

                var byPath = string.CompareOrdinal(files[a].File.FilePath, files[b].File.FilePath);
                return byPath != 0 ? byPath : a.CompareTo(b);
            });

            var sorted = new List<PreparedFile>(files.Length);
            foreach (var index in order)
            {
                sorted.Add(files[index]);
            }

            return sorted;
        }

        /// <summary>
        /// Newest year first, undated last, then in the order written (merge order). Each entry's place is one number,
        /// the year's rank above its merge index, so that the sort compares numbers, not entries through a delegate.
        /// </summary>
        private static MergedEntry[] CatalogOrder(MergedEntry[] merged, int count)
        {
            const int IndexBits = 31;
            var keys = ArrayPool<ulong>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                // A later year ranks lower (0 … 2^32 - 1 over every int); undated ranks 2^32, after them all: 33 bits
                // above a 31-bit index.
                var rank = merged[i].Publication.Year is int year ? (ulong)((long)int.MaxValue - year) : 1UL << 32;
                keys[i] = (rank << IndexBits) | (uint)i;
            }

            Array.Sort(keys, 0, count);
            var ordered = ArrayPool<MergedEntry>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                ordered[i] = merged[(int)(keys[i] & ((1UL << IndexBits) - 1))];
            }

            ArrayPool<ulong>.Shared.Return(keys);
            return ordered;
        }

        /// <summary>Gives a rented array back, its first <paramref name="count"/> items let go of (so the pool keeps no catalog alive).</summary>
        private static void Return<T>(T[] array, int count)
        {
            Array.Clear(array, 0, count);
            ArrayPool<T>.Shared.Return(array);
        }

        /// <summary>
        /// An entry of the combined catalog: the publication, its keys, the file it is credited to, and the entry that file
        /// made of it (<see cref="PreparedFile.Entries"/>: for a merged paper, the entry whose authors and venue it keeps).
        /// </summary>
        private readonly record struct MergedEntry(PublicationModel Publication, string IdBase, string MemberBase, string DisplayPath, CatalogEntry Prepared)
        {
            /// <summary>An entry as its file made it (<see cref="PreparedFile.Entries"/>), its keys its own.</summary>
            public MergedEntry(CatalogEntry prepared, string displayPath)
                : this(prepared.Publication, prepared.Id, prepared.MemberName, displayPath, prepared)
            {
            }

            /// <summary>A paper combined from two entries, its keys worked out again, credited to <paramref name="prepared"/>.</summary>
            public static MergedEntry Combined(PublicationModel combined, string displayPath, CatalogEntry prepared)
            {
                var keys = EntryKeys.For(combined);
                return new MergedEntry(combined, keys.IdBase, keys.MemberBase, displayPath, prepared);
            }
        }

        /// <summary>The entries of every file, the same paper merged into one: the first <c>Count</c> of a rented array.</summary>
        private static (MergedEntry[] Merged, int Count) Merge(List<PreparedFile> files, List<DiagnosticInfo> diagnostics)
        {
            // Sized for every entry at once: growing them entry by entry would copy them over and over.
            var total = 0;
            foreach (var prepared in files)
            {
                total += prepared.File.Publications.Count;
            }

            var result = ArrayPool<MergedEntry>.Shared.Rent(total);
            var count = 0;
            var byHash = MergeHashes.Acquire();
            // Titles whose hash an earlier, different title has (rare), by their folded text.
            Dictionary<string, int>? byKeyOnCollision = null;
            foreach (var prepared in files)
            {
                var file = prepared.File;
                for (var p = 0; p < file.Publications.Count; p++)
                {
                    var publication = file.Publications[p];
                    var entry = prepared.Entries[p];
                    if (entry.MergeHash == 0)
                    {
                        result[count++] = new MergedEntry(entry, file.DisplayPath);
                        continue;
                    }

                    if (!byHash.TryGetValue(entry.MergeHash, out var index))
                    {
                        byHash.Add(entry.MergeHash, count);
                        result[count++] = new MergedEntry(entry, file.DisplayPath);
                        continue;
                    }

                    var key = EntryKeys.TitleKey(publication.Title);
                    if (key != EntryKeys.TitleKey(result[index].Publication.Title))
                    {
                        byKeyOnCollision ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        if (!byKeyOnCollision.TryGetValue(key, out index))
                        {
                            byKeyOnCollision.Add(key, count);
                            result[count++] = new MergedEntry(entry, file.DisplayPath);
                            continue;
                        }
                    }

                    var existing = result[index];
                    if (!file.NoWarn.AsImmutableArray().Contains(DiagnosticDescriptors.MergedDuplicate.Id))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MergedDuplicate, publication.Location,
                            publication.Title, Describe(existing.DisplayPath, existing.Publication.Location)));
                    }

                    var winnerIsNew = VenueKinds.Rank(publication.Venue.Kind) > VenueKinds.Rank(existing.Publication.Venue.Kind);
                    var combined = winnerIsNew ? Combine(publication, existing.Publication) : Combine(existing.Publication, publication);

                    // The short name may come from the other entry: the keys are worked out again for the combined one. It keeps
                    // the winner's authors, so it is credited to the winner's file and entry.
                    result[index] = winnerIsNew
                        ? MergedEntry.Combined(combined, file.DisplayPath, entry)
                        : MergedEntry.Combined(combined, existing.DisplayPath, existing.Prepared);
                }
            }

            MergeHashes.Release(byHash);
            return (result, count);
        }

        /// <summary>
        /// The table of merge hashes, one per thread, emptied after each catalog: at 20,000 entries it is a large object.
        /// It holds numbers only.
        /// </summary>
        private static class MergeHashes
        {
            /// <summary>The largest table kept (about 1.5 MB): one huge catalog must not pin it for the compiler's lifetime.</summary>
            private const int MaxKeptCount = 1 << 17;

            public static Dictionary<uint, int> Acquire() => ThreadSpare<Dictionary<uint, int>>.Take() ?? new Dictionary<uint, int>();

            public static void Release(Dictionary<uint, int> table)
            {
                if (table.Count <= MaxKeptCount)
                {
                    table.Clear();
                    ThreadSpare<Dictionary<uint, int>>.Keep(table);
                }
            }
        }

        /// <summary>The winner keeps its fields; links, awards and tags of the other are added; empty fields are filled.</summary>
        private static PublicationModel Combine(PublicationModel winner, PublicationModel other)
        {
            var urls = new HashSet<string>(winner.Links.Select(l => l.Url), StringComparer.Ordinal);
            return winner with
            {
                ShortName = winner.ShortName ?? other.ShortName,
                ExplicitId = winner.ExplicitId ?? other.ExplicitId,
                Year = winner.Year ?? other.Year,
                Awards = winner.Awards.Concat(other.Awards).Distinct().ToEquatableArray(),
                Links = winner.Links.Concat(other.Links.Where(l => urls.Add(l.Url))).ToEquatableArray(),
                Tags = winner.Tags.Concat(other.Tags).Distinct().ToEquatableArray(),
                Summary = winner.Summary ?? other.Summary,
                Highlights = winner.Highlights.IsEmpty ? other.Highlights : winner.Highlights,
                Doi = winner.Doi ?? other.Doi,
                Abstract = winner.Abstract ?? other.Abstract,
                Selected = winner.Selected || other.Selected,
            };
        }

        /// <summary>The entries' ids, in the first <paramref name="count"/> items of a rented array.</summary>
        private static string[] AssignIds(MergedEntry[] ordered, int count, List<DiagnosticInfo> diagnostics)
        {
            var ids = ArrayPool<string>.Shared.Rent(count);
            Array.Clear(ids, 0, count);
            var taken = UniqueNames.Acquire("-", count);
            var owners = new Dictionary<string, int>(StringComparer.Ordinal);

            // Ids the author chose come first; two papers with the same chosen id is an error.
            for (var i = 0; i < count; i++)
            {
                var chosen = ordered[i].Publication.ExplicitId;
                if (chosen is null)
                {
                    continue;
                }

                if (owners.TryGetValue(chosen, out var owner))
                {
                    var first = ordered[owner];
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, ordered[i].Publication.Location,
                        chosen, first.Publication.Title, Describe(first.DisplayPath, first.Publication.Location), ordered[i].Publication.Title));
                    continue;
                }

                owners[chosen] = i;
                taken.TryTake(chosen);
                ids[i] = chosen;
            }

            // Then the made ones, numbered past any id taken: cant-be-late-2024, cant-be-late-2024-2 …
            for (var i = 0; i < count; i++)
            {
                ids[i] ??= taken.Take(ordered[i].IdBase);
            }

            taken.Release();
            return ids;
        }

        private static string Describe(string path, LocationInfo location) =>
            $"{path}({(location.Line + 1).ToString(CultureInfo.InvariantCulture)},{(location.Column + 1).ToString(CultureInfo.InvariantCulture)})";
    }
}
