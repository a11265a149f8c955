using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>One publication of the finished catalog: its id, the C# member that names it, and where it came from.</summary>
    internal sealed record CatalogEntry(string Id, string MemberName, string SourceFile, PublicationModel Publication);

    /// <summary>Everything the emitter needs, as equatable values: the class to write and its entries in catalog order.</summary>
    internal sealed record CatalogModel(string ClassName, string? Namespace, int FileCount, EquatableArray<CatalogEntry> Entries);

    /// <summary>The combined result: the model to emit and the diagnostics of every file and of the merge.</summary>
    internal sealed record CatalogResult(CatalogModel Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
