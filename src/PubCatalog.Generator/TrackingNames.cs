namespace PubCatalog.Generator
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
    internal static class TrackingNames
    {
        public const string CatalogOptions = nameof(CatalogOptions);
        public const string SelectedFiles = nameof(SelectedFiles);
        public const string ParsedFiles = nameof(ParsedFiles);
        public const string Catalog = nameof(Catalog);
        public const string Model = nameof(Model);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Partition = nameof(Partition);
        public const string IndexInput = nameof(IndexInput);
        public const string Index = nameof(Index);
        public const string Pages = nameof(Pages);
        public const string Summary = nameof(Summary);

        /// <summary>What the source depends on in the parse options: documentation summaries and the nullable context.</summary>
        public const string EmitOptions = nameof(EmitOptions);
    }
}
