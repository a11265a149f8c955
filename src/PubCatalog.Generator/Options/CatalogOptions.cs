using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Options
{
    /// <summary>Project-wide options, read from MSBuild properties.</summary>
    /// <param name="ClassName"><c>PubCatalogClassName</c>, default <c>Publications</c>.</param>
    /// <param name="Namespace"><c>PubCatalogNamespace</c>, default the project's <c>RootNamespace</c>.</param>
    /// <param name="PackPageData">
    /// <c>PubCatalogPackData</c>: <c>true</c> packs the page data whatever its size, <c>false</c> only where it would not
    /// fit an assembly unpacked; unset (or any other value), it is packed when it is large (<see cref="Catalog.PageDataPacking"/>).
    /// </param>
    /// <param name="LiteralsInDataSection">
    /// Whether the compiler stores long string literals in the data section (the parse options' feature
    /// <c>experimental-data-section-string-literals</c>), so the page data is not bound by the 16 MB string heap.
    /// </param>
    internal sealed record CatalogOptions(string ClassName, string? Namespace, bool? PackPageData = null, bool LiteralsInDataSection = false)
    {
        public const string DefaultClassName = "Publications";
    }

    /// <summary>Per-file options: the project's options with the file's own <c>AdditionalFiles</c> metadata on top.</summary>
    /// <param name="SelfNames">Names that count as the page owner (<c>PubCatalogSelf</c>).</param>
    /// <param name="RepairMojibake">Repair double-encoded text instead of only warning (<c>PubCatalogRepairMojibake</c>).</param>
    /// <param name="NoWarn">Warning and info ids silenced in this file (<c>PubCatalogNoWarn</c>); errors cannot be.</param>
    internal sealed record PageOptions(EquatableArray<string> SelfNames, bool RepairMojibake, EquatableArray<string> NoWarn = default)
    {
        public static readonly PageOptions Default = new(EquatableArray<string>.Empty, false);

        public bool Silences(string id) => NoWarn.AsImmutableArray().Contains(id);
    }
}
