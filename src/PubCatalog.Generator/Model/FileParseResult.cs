namespace PubCatalog.Generator.Model
{
    /// <summary>What one Markdown file yielded: its entries and its diagnostics.</summary>
    internal sealed record FileParseResult(
        string FilePath,
        string DisplayPath,
        EquatableArray<PublicationModel> Publications,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Warning ids silenced in this file (<c>PubCatalogNoWarn</c>), for diagnostics reported when files are combined.</summary>
        public EquatableArray<string> NoWarn { get; init; }
    }
}
