using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The venue texts one file has read, with what <see cref="VenueReader.Read"/> made of them: a page names the same
    /// venue line in entry after entry (a 2,000-entry workload: 560 distinct lines in 2,000 entries), and reading one
    /// (classifying it, finding its year, name, acronym and honours) was about 4% of a full run. The reading depends on
    /// the text (and the badge) alone, so a repeat gets the same venue object, and the same honours.
    /// </summary>
    internal sealed class VenueCache
    {
        // Keyed by the text alone, with an ordinal comparer (a string key hashes faster than a tuple of two): venues with a
        // badge (front matter only) are read every time.
        private readonly Dictionary<string, (VenueModel Venue, int? Year, string[] Awards)> _readings = new(System.StringComparer.Ordinal);

        // The largest cache kept for the next page on the thread: one page of thousands of distinct venues must not pin it.
        private const int MaxKeptCount = 1 << 12;

        private VenueCache()
        {
        }

        /// <summary>
        /// The thread's cache, empty, or a new one: made afresh for every page, its table grew from nothing through several
        /// sizes.
        /// </summary>
        public static VenueCache Acquire() => ThreadSpare<VenueCache>.Take() ?? new VenueCache();

        /// <summary>Empties the cache (so it keeps no page's venues alive) and keeps it for the next page; not used after.</summary>
        public void Release()
        {
            if (_readings.Count > MaxKeptCount)
            {
                return;
            }

            _readings.Clear();
            ThreadSpare<VenueCache>.Keep(this);
        }

        /// <summary><see cref="VenueReader.Read"/>, read once per distinct text in the file (when there is no badge).</summary>
        public (VenueModel Venue, int? Year) Read(string text, string? badge, List<string> awards)
        {
            if (badge is not null)
            {
                return VenueReader.Read(text, badge, awards);
            }

            if (_readings.TryGetValue(text, out var reading))
            {
                awards.AddRange(reading.Awards);
                return (reading.Venue, reading.Year);
            }

            var before = awards.Count;
            var (venue, year) = VenueReader.Read(text, badge, awards);
            var added = awards.Count == before ? System.Array.Empty<string>() : awards.GetRange(before, awards.Count - before).ToArray();
            _readings.Add(text, (venue, year, added));
            return (venue, year);
        }
    }
}
