namespace PubCatalog
{
    /// <summary>What a <see cref="Badge"/> shows.</summary>
    public enum BadgeKind
    {
        /// <summary>The venue (and year).</summary>
        Venue,
        /// <summary>An honour: best paper, spotlight, oral …</summary>
        Award,
    }

    /// <summary>A short label shown beside an entry.</summary>
    public sealed class Badge
    {
        internal Badge(BadgeKind kind, string text, string title)
        {
            Kind = kind;
            Text = text;
            Title = title;
        }

        /// <summary>Venue or award.</summary>
        public BadgeKind Kind { get; }

        /// <summary>The label: <c>NSDI 2024</c>, <c>Outstanding Paper Award</c>.</summary>
        public string Text { get; }

        /// <summary>A longer description for a tooltip: the full venue name.</summary>
        public string Title { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
