namespace PubCatalog
{
    /// <summary>One author of a publication.</summary>
    public sealed class Author
    {
        /// <summary>Creates an author.</summary>
        public Author(string name, bool isSelf, bool isEqualContribution)
        {
            Name = name;
            IsSelf = isSelf;
            IsEqualContribution = isEqualContribution;
        }

        /// <summary>The name as written, markup and contribution marks removed.</summary>
        public string Name { get; }

        /// <summary>True for the page owner: written in bold, or named by the <c>PubCatalogSelf</c> option.</summary>
        public bool IsSelf { get; }

        /// <summary>True when the name carries an equal-contribution mark (<c>*</c> or <c>†</c>).</summary>
        public bool IsEqualContribution { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
