namespace PubCatalog
{
    /// <summary>What an <see cref="AuthorPart"/> is.</summary>
    public enum AuthorPartKind
    {
        /// <summary>An author.</summary>
        Author,
        /// <summary>A gap in the list: authors left out before the owner.</summary>
        Ellipsis,
        /// <summary>The closing "and N more".</summary>
        More,
    }

    /// <summary>One part of a displayed author list: an author, an ellipsis, or "and N more".</summary>
    public sealed class AuthorPart
    {
        internal AuthorPart(AuthorPartKind kind, Author? author, int count, string text)
        {
            Kind = kind;
            Author = author;
            Count = count;
            Text = text;
        }

        /// <summary>What the part is.</summary>
        public AuthorPartKind Kind { get; }

        /// <summary>The author, for <see cref="AuthorPartKind.Author"/>.</summary>
        public Author? Author { get; }

        /// <summary>How many authors an ellipsis or "and N more" stands for.</summary>
        public int Count { get; }

        /// <summary>The part as plain text: the name with its equal-contribution mark, <c>…</c>, or <c>and 3 more</c>.</summary>
        public string Text { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
