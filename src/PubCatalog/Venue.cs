namespace PubCatalog
{
    /// <summary>Where a publication appeared.</summary>
    public sealed class Venue
    {
        /// <summary>Creates a venue.</summary>
        public Venue(string name, string? acronym, VenueKind kind, string raw)
        {
            Name = name;
            Acronym = acronym;
            Kind = kind;
            Raw = raw;
        }

        /// <summary>The venue without year and honours: <c>NSDI</c>, <c>IEEE Transactions on Networking</c>, <c>arXiv</c>.</summary>
        public string Name { get; }

        /// <summary>The short badge name (<c>NSDI</c>, <c>TON</c>), when there is one.</summary>
        public string? Acronym { get; }

        /// <summary>Conference, journal, workshop, preprint …</summary>
        public VenueKind Kind { get; }

        /// <summary>The venue text as written, markup removed.</summary>
        public string Raw { get; }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
