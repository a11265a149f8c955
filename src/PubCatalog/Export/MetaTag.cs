namespace PubCatalog
{
    /// <summary>One <c>&lt;meta name="…" content="…"&gt;</c> tag, unencoded.</summary>
    public sealed class MetaTag
    {
        /// <summary>Creates a meta tag.</summary>
        public MetaTag(string name, string content)
        {
            Name = name;
            Content = content;
        }

        /// <summary>The <c>name</c> attribute: <c>citation_title</c> …</summary>
        public string Name { get; }

        /// <summary>The <c>content</c> attribute, as plain text.</summary>
        public string Content { get; }

        /// <summary>The tag as HTML, attribute values encoded.</summary>
        public string ToHtml() => $"<meta name=\"{Text.Html.Encode(Name)}\" content=\"{Text.Html.Encode(Content)}\">";

        /// <inheritdoc />
        public override string ToString() => ToHtml();
    }
}
