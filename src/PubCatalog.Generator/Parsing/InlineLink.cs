namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A link that inline text sits in: its URL, where it starts, and an id. One object per link, shared by the link's
    /// segments (a link's text is often cut into several by emphasis), rather than the three copied into each segment.
    /// </summary>
    internal sealed class InlineLink
    {
        public InlineLink(int id, string url, (int Line, int Column) start)
        {
            Id = id;
            Url = url;
            Start = start;
        }

        /// <summary>Tells the links of a block apart (0 and up).</summary>
        public int Id { get; }

        /// <summary>The URL as written (possibly empty).</summary>
        public string Url { get; }

        /// <summary>The 0-based line and column where the link itself starts (its <c>[</c> or <c>&lt;a</c>).</summary>
        public (int Line, int Column) Start { get; }
    }
}
