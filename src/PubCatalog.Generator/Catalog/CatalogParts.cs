using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The publications of one page, as they stand in the finished catalog (catalog order, ids and member names
    /// assigned). Each page part is its own generated file, so editing one page re-emits one file; a paper merged from
    /// several pages belongs to the page whose entry won the merge.
    /// </summary>
    /// <param name="TypeName">The nested class that holds the page's data (<c>__Page_publications_papers_md</c>).</param>
    internal sealed record PagePart(string ClassName, string? Namespace, string TypeName, EquatableArray<CatalogEntry> Entries);

    /// <summary>
    /// What ties the page parts together, in the main generated file: which page each catalog position comes from, and
    /// the lookups (by year, author, tag, venue) as positions. Editing a title leaves it equal, so it is not re-emitted.
    /// </summary>
    /// <param name="PageTypes">The page parts' nested class names, in <see cref="PageOf"/>'s numbering.</param>
    /// <param name="PageOf">For each catalog position, the index of its page in <paramref name="PageTypes"/>.</param>
    internal sealed record CatalogIndex(
        string ClassName,
        string? Namespace,
        int FileCount,
        EquatableArray<string> PageTypes,
        EquatableArray<int> PageOf,
        EquatableArray<Group<int>> ByYear,
        EquatableArray<Group<string>> ByAuthor,
        EquatableArray<Group<string>> ByTag,
        EquatableArray<Group<string>> ByVenue,
        EquatableArray<string> Venues)
    {
        public int Count => PageOf.Count;

        /// <summary>Why the catalog could not be cut into parts (an internal error, reported as PUB0012), or null.</summary>
        public string? Failure { get; init; }
    }

    /// <summary>The result of cutting the catalog: the index and the page parts, emitted separately.</summary>
    internal sealed record CatalogPartition(CatalogIndex Index, EquatableArray<PagePart> Pages);

    /// <summary>One key of a lookup and the catalog positions under it, ascending.</summary>
    internal sealed record Group<TKey>(TKey Key, EquatableArray<int> Positions)
        where TKey : System.IEquatable<TKey>;
}
