namespace PubCatalog
{
    /// <summary>A link of a publication (paper, code, slides …).</summary>
    public sealed class Link
    {
        /// <summary>Creates a link.</summary>
        public Link(string label, LinkKind kind, string url)
        {
            Label = label;
            Kind = kind;
            Url = url;
        }

        /// <summary>The label as written: <c>Paper</c>, <c>PDF</c>, <c>slides</c>, <c>Vicuna Blog</c>.</summary>
        public string Label { get; }

        /// <summary>What the link points at, inferred from its label.</summary>
        public LinkKind Kind { get; }

        /// <summary>The URL as written (relative URLs are kept relative).</summary>
        public string Url { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Label} <{Url}>";
    }
}
