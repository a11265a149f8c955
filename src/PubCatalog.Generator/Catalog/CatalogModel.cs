using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>One publication of the finished catalog: its id, the C# member that names it, and where it came from.</summary>
    /// <param name="IndexKeys">The index keys of the file the publication was read from (for a merged one, the file it is credited to).</param>
    /// <param name="EntryNumber">The publication's position among that file's entries.</param>
    /// <remarks>
    /// <para>
    /// Two entries are equal when what is emitted of them is. The index keys and entry number only lead the index to the
    /// entry's strings, which are its publication's (<see cref="FileIndexKeys"/>): a page added before others must not
    /// make their unchanged parts compare as changed and be emitted (and compiled) again.
    /// </para>
    /// <para>
    /// The entries a file makes in the per-file step (<see cref="PreparedFile.Entries"/>) carry their id and member name
    /// before any number (<see cref="EntryKeys.IdBase"/>, <see cref="EntryKeys.MemberBase"/>) and <see cref="MergeHash"/>:
    /// the catalog's merge reads its keys from them, and the driver keeps no second object per entry for them.
    /// </para>
    /// </remarks>
    internal sealed record CatalogEntry(string Id, string MemberName, string SourceFile, PublicationModel Publication, FileIndexKeys IndexKeys, int EntryNumber)
    {
        /// <summary>The entry's <see cref="EntryKeys.MergeHash"/> (set on the entries a file makes; a function of the title).</summary>
        public uint MergeHash { get; init; }

        /// <summary>
        /// True when the publication was combined from entries of two files: it keeps its credited entry's authors and
        /// venue (what <see cref="IndexKeys"/> lists) but may take its year and tags from the other, so the index reads those
        /// two from the publication itself.
        /// </summary>
        public bool IsCombined { get; init; }

        /// <summary>
        /// True when <see cref="Id"/> is known to be <see cref="PubCatalog.Shared.MadeIds.Make"/>'s id of the publication's
        /// short name (else title) and year: set on the entries a file makes whose id base is made so (<see cref="EntryKeys.IdBaseIsMade"/>),
        /// and kept only while the catalog reuses such an entry as it is. False means "not known": the page data then tests
        /// the id itself (<see cref="PubCatalog.Shared.MadeIds.IsMadeFrom"/>), so the flag saves a slug per entry and never
        /// changes the output. Not part of equality, being a function of the id and the publication.
        /// </summary>
        public bool IdIsMade { get; init; }

        /// <summary>
        /// The characters of the publication's strings in the page data (<see cref="PageDataPacking.EstimatedCharacters(PublicationModel)"/>),
        /// counted with the entry's keys in the per-file step: the catalog adds them up to decide on packing and PUB0019.
        /// </summary>
        public int Characters { get; init; }

        public bool Equals(CatalogEntry? other) =>
            ReferenceEquals(this, other)
            || (other is not null && Id == other.Id && MemberName == other.MemberName && SourceFile == other.SourceFile && Publication.Equals(other.Publication));

        public override int GetHashCode() => (Id, MemberName, SourceFile, Publication).GetHashCode();
    }

    /// <summary>Everything the emitter needs, as equatable values: the class to write and its entries in catalog order.</summary>
    /// <param name="PackPageData">Whether the pages' data is packed (<see cref="PageDataPacking"/>), decided once for the whole catalog.</param>
    internal sealed record CatalogModel(string ClassName, string? Namespace, int FileCount, EquatableArray<CatalogEntry> Entries, bool PackPageData);

    /// <summary>The combined result: the model to emit and the diagnostics of every file and of the merge.</summary>
    internal sealed record CatalogResult(CatalogModel Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
