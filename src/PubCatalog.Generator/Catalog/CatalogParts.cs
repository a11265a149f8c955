using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The publications of one page, as they stand in the finished catalog (catalog order, ids and member names
    /// assigned). Each page part is its own generated file, so editing one page re-emits one file; a paper merged from
    /// several pages belongs to the page whose entry won the merge.
    /// </summary>
    /// <param name="Key">The part's name after its file (<c>Page_publications_papers_md</c>), for the generated file's name.</param>
    /// <param name="Number">The part's number in <see cref="CatalogIndex.PartOf"/>'s numbering.</param>
    /// <param name="DataClassName">The catalog class's nested class that holds the page's data (<c>__Page3</c>), its one instance in its <c>Catalog</c> field.</param>
    /// <param name="ItemsName">The catalog class's property for that data (<c>_3</c>), which every member of the page reads.</param>
    /// <param name="PackData">Whether the page's data blocks are packed (<see cref="PageDataPacking"/>).</param>
    internal sealed record PagePart(string ClassName, string? Namespace, string Key, int Number, string DataClassName, string ItemsName, EquatableArray<CatalogEntry> Entries, bool PackData);

    /// <summary>
    /// What ties the page parts together, in the main generated file: which part each catalog position comes from, and
    /// the lookups (by year, author, tag, venue). Held as the compact streams the runtime reads
    /// (<c>PubCatalog.CompilerServices.PartitionedCatalog</c>), so comparing two indexes is comparing a few strings.
    /// Editing a title leaves it equal, so it is not emitted again.
    /// </summary>
    /// <param name="PartItems">The catalog class's properties that return the page parts' data (<c>_3</c>), in <paramref name="PartOf"/>'s numbering.</param>
    /// <param name="PartOf">One compact digit per catalog position: the part its publication is in.</param>
    /// <param name="ByYear"><c>groups, (year, count, position deltas*)*</c>, newest first.</param>
    /// <param name="Years"><c>count, year*</c>, newest first.</param>
    internal sealed record CatalogIndex(
        string ClassName,
        string? Namespace,
        int FileCount,
        int Count,
        EquatableArray<string> PartItems,
        string PartOf,
        string ByYear,
        string Years,
        StringLookup ByAuthor,
        StringLookup ByTag,
        StringLookup ByVenue,
        string Venues)
    {
        /// <summary>Why the catalog could not be cut into parts (an internal error, reported as PUB0012), or null.</summary>
        public string? Failure { get; init; }
    }

    /// <summary>A lookup keyed by strings, as streams.</summary>
    /// <param name="Keys">The sorted keys: <c>count, length*</c>, then the characters.</param>
    /// <param name="Positions">Per key, <c>count, position deltas*</c>.</param>
    internal sealed record StringLookup(string Keys, string Positions)
    {
        public static readonly StringLookup Empty = new("0", "");
    }

    /// <summary>The page parts of the catalog, or none and why (<see cref="SafeBuild.Pages"/>).</summary>
    internal sealed record CatalogPages(EquatableArray<PagePart> Parts, string? Failure);
}
