namespace PubCatalog.Generator.Parsing
{
    /// <summary>Size limits that keep the generated catalog compilable, whatever a page holds.</summary>
    internal static class TextLimits
    {
        /// <summary>The longest title, name, venue, label, URL or summary kept; longer text is cut with PUB0018.</summary>
        public const int MaxFieldLength = 4000;
    }
}
