namespace PubCatalog.Generator.Model
{
    /// <summary>What one Markdown file yielded: its entries and its diagnostics.</summary>
    internal sealed record FileParseResult(
        string FilePath,
        string DisplayPath,
        EquatableArray<PublicationModel> Publications,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
