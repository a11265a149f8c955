using System;
using System.Collections.Generic;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The index's four position groups (years, authors, tags, venues), handed from one index to the next on a thread
    /// rather than made for each: their tables and arrays were most of what cutting the catalog allocated (0.5 of 0.6 MB
    /// a run at 2,000 entries; at 20,000 entries arrays of the large-object heap, whose allocation starts gen-2
    /// collections).
    /// </summary>
    internal sealed class IndexGroups
    {
        private IndexGroups()
        {
        }

        public PositionGroups<int> Years { get; } = new(32, 64, EqualityComparer<int>.Default);

        public PositionGroups<string> Authors { get; } = new(1024, 1024, StringComparer.Ordinal);

        public PositionGroups<string> Tags { get; } = new(16, 64, StringComparer.Ordinal);

        public PositionGroups<string> Venues { get; } = new(16, 1024, StringComparer.Ordinal);

        /// <summary>The thread's groups, or new ones, empty, with room for the positions expected.</summary>
        /// <param name="entries">How many entries the catalog has (a year each, a venue name and acronym each at most).</param>
        /// <param name="authorPositions">How many author positions (one per author of each entry).</param>
        /// <param name="tagPositions">How many tag positions.</param>
        public static IndexGroups Acquire(int entries, int authorPositions, int tagPositions)
        {
            var groups = ThreadSpare<IndexGroups>.Take() ?? new IndexGroups();
            groups.Years.Reset(entries);
            groups.Authors.Reset(authorPositions);
            groups.Tags.Reset(tagPositions);
            groups.Venues.Reset(entries * 2);
            return groups;
        }

        /// <summary>Empties the groups and keeps them for the next index on the thread, unless one grew too large to keep.</summary>
        public void Release()
        {
            var keep = Years.IsWorthKeeping && Authors.IsWorthKeeping && Tags.IsWorthKeeping && Venues.IsWorthKeeping;
            Years.Empty();
            Authors.Empty();
            Tags.Empty();
            Venues.Empty();
            if (keep)
            {
                ThreadSpare<IndexGroups>.Keep(this);
            }
        }
    }
}
