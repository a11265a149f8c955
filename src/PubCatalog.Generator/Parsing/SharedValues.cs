using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The values one file repeats from entry to entry, each kept once: link labels (<c>PDF</c>, <c>Code</c>), venues,
    /// awards and tags. Models compare by value, so sharing changes nothing they say; it only makes what the driver keeps
    /// between runs smaller. That matters because everything kept is copied by two collections in a full run (gen 0 into
    /// gen 1, gen 1 into gen 2): 12–13 ms of pause per run of the 2,000-entry workload, whose pages gave 4,070 label
    /// strings for 15 labels and 2,000 venues for 560.
    /// </summary>
    internal sealed class SharedValues
    {
        private readonly Dictionary<string, string> _texts = new(System.StringComparer.Ordinal);
        private readonly Dictionary<VenueModel, VenueModel> _venues = new(VenueComparer.Instance);

        // The largest tables kept for the next page on the thread: one page of thousands of distinct values must not pin them.
        private const int MaxKeptCount = 1 << 12;

        private SharedValues()
        {
        }

        /// <summary>
        /// The thread's tables, empty, or new ones: made afresh for every page, they grew from nothing through several
        /// sizes.
        /// </summary>
        public static SharedValues Acquire() => ThreadSpare<SharedValues>.Take() ?? new SharedValues();

        /// <summary>Empties the tables (so they keep no page's values alive) and keeps them for the next page; not used after.</summary>
        public void Release()
        {
            if (_texts.Count > MaxKeptCount || _venues.Count > MaxKeptCount)
            {
                return;
            }

            _texts.Clear();
            _venues.Clear();
            ThreadSpare<SharedValues>.Keep(this);
        }

        /// <summary>The first string of this file equal to <paramref name="text"/>.</summary>
        public string Text(string text)
        {
            if (text.Length == 0)
            {
                return "";
            }

            if (_texts.TryGetValue(text, out var shared))
            {
                return shared;
            }

            _texts.Add(text, text);
            return text;
        }

        /// <summary>The first venue of this file equal to <paramref name="venue"/>, its strings shared with the file's others.</summary>
        public VenueModel Venue(VenueModel venue)
        {
            if (_venues.TryGetValue(venue, out var shared))
            {
                return shared;
            }

            var name = Text(venue.Name);
            var acronym = venue.Acronym is null ? null : Text(venue.Acronym);
            var raw = Text(venue.Raw);
            if (!ReferenceEquals(name, venue.Name) || !ReferenceEquals(acronym, venue.Acronym) || !ReferenceEquals(raw, venue.Raw))
            {
                venue = venue with { Name = name, Acronym = acronym, Raw = raw };
            }

            _venues.Add(venue, venue);
            return venue;
        }

        /// <summary>The link with its label shared with the file's other links (the address is almost always its own).</summary>
        public LinkModel Link(LinkModel link)
        {
            var label = Text(link.Label);
            return ReferenceEquals(label, link.Label) ? link : link with { Label = label };
        }

        /// <summary>
        /// Venues equal as records are, hashed from their text alone with <see cref="TextHash"/>: the record's own hash runs
        /// the randomized string hash over all four of its strings, about half of sharing a venue on pages whose venue lines
        /// are all different. The other fields are read from the text, so venues with one text mostly are one venue.
        /// </summary>
        private sealed class VenueComparer : IEqualityComparer<VenueModel>
        {
            public static readonly VenueComparer Instance = new();

            public bool Equals(VenueModel? x, VenueModel? y) => x is null ? y is null : x.Equals(y);

            public int GetHashCode(VenueModel venue) => TextHash.Of(System.MemoryExtensions.AsSpan(venue.Raw));
        }
    }
}
