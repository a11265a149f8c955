using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The venue texts the pages read on a thread have named, with what <see cref="VenueReader.Read"/> made of them: a
    /// page names the same venue line in entry after entry (a 2,000-entry workload: 560 distinct lines in 2,000 entries),
    /// a site's pages the same lines as one another, and a run the same lines as the run before it (a keystroke in the
    /// IDE, a build in the compiler server). Reading one (classifying it, finding its year, name, acronym and honours)
    /// was about 4% of a full run. The reading depends on the text (and the badge) alone, so a repeat gets the same venue
    /// object, and the same honours, whichever page it is on.
    /// </summary>
    internal sealed class VenueCache
    {
        // Keyed by the text, with an ordinal comparer (a string key hashes faster than a tuple of two); the venues with a
        // badge (a bold link in an italic venue, a front matter's field) apart, by their text and badge.
        private readonly Dictionary<string, Reading> _readings = new(System.StringComparer.Ordinal);
        private readonly Dictionary<(string Text, string Badge), Reading> _badgedReadings = new(BadgedKeyComparer.Instance);

        // The largest cache kept for the next page on the thread: pages of thousands of distinct venues must not pin it.
        private const int MaxKeptCount = 1 << 12;

        private VenueCache()
        {
        }

        /// <summary>The thread's cache, with the venues of the pages it read before, or a new one.</summary>
        public static VenueCache Acquire() => ThreadSpare<VenueCache>.Take() ?? new VenueCache();

        /// <summary>
        /// Keeps the cache, venues and all, for the next page on the thread; not used after. Past
        /// <see cref="MaxKeptCount"/> readings it is let go, so what it keeps alive stays small (about a megabyte at most).
        /// </summary>
        public void Release()
        {
            if (_readings.Count + _badgedReadings.Count > MaxKeptCount)
            {
                return;
            }

            ThreadSpare<VenueCache>.Keep(this);
        }

        /// <summary><see cref="VenueReader.Read"/>, read once per distinct text and badge.</summary>
        public (VenueModel Venue, int? Year) Read(string text, string? badge, List<string> awards)
        {
            var found = badge is null ? _readings.TryGetValue(text, out var reading) : _badgedReadings.TryGetValue((text, badge), out reading);
            if (found)
            {
                awards.AddRange(reading.Awards);
                return (reading.Venue, reading.Year);
            }

            var before = awards.Count;
            var (venue, year) = VenueReader.Read(text, badge, awards);
            reading = new Reading(venue, year, awards.Count == before ? System.Array.Empty<string>() : awards.GetRange(before, awards.Count - before).ToArray());
            if (badge is null)
            {
                _readings.Add(text, reading);
            }
            else
            {
                _badgedReadings.Add((text, badge), reading);
            }

            return (venue, year);
        }

        /// <summary>What <see cref="VenueReader.Read"/> made of a text: the venue, its year and the honours it added.</summary>
        private readonly record struct Reading(VenueModel Venue, int? Year, string[] Awards);

        private sealed class BadgedKeyComparer : IEqualityComparer<(string Text, string Badge)>
        {
            public static readonly BadgedKeyComparer Instance = new();

            public bool Equals((string Text, string Badge) x, (string Text, string Badge) y) =>
                string.Equals(x.Text, y.Text, System.StringComparison.Ordinal) && string.Equals(x.Badge, y.Badge, System.StringComparison.Ordinal);

            public int GetHashCode((string Text, string Badge) key) =>
                unchecked((TextHash.Of(System.MemoryExtensions.AsSpan(key.Text)) * 31) ^ TextHash.Of(System.MemoryExtensions.AsSpan(key.Badge)));
        }
    }
}
