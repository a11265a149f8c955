using System;
using System.Collections.Immutable;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The strings one file's entries are indexed by (authors, venue names and acronyms, tags), each distinct one numbered once
    /// within the file, made in the per-file step of the pipeline. The index groups the catalog's positions through these
    /// numbers: after an edit to one page, a name of the other pages is looked up once per page rather than once per entry
    /// that lists it (at 20,000 entries, 260,000 look-ups of strings scattered over the heap were most of the cut's time).
    /// </summary>
    /// <param name="Names">The distinct strings, by number.</param>
    /// <param name="AuthorStarts">Where each entry's author numbers start in <paramref name="AuthorNumbers"/>, then one past the last entry's.</param>
    /// <param name="AuthorNumbers">Each entry's authors' numbers in the order the entry lists them, entry after entry.</param>
    /// <param name="VenueNumbers">
    /// Per entry, three numbers (−1: none): the venue's name, its acronym, and the name it is shown by (the acronym, else
    /// the name), each only when not empty.
    /// </param>
    /// <param name="TagStarts">Where each entry's tag numbers start in <paramref name="TagNumbers"/>, then one past the last entry's.</param>
    /// <param name="TagNumbers">Each entry's tags' numbers in the order the entry lists them, entry after entry.</param>
    /// <param name="Years">Each entry's year, or <see cref="NoYear"/>.</param>
    /// <remarks>
    /// With the tags and years here too, indexing the catalog reads these arrays, one file's after another, and never
    /// the publications themselves: at 20,000 entries the publications are scattered over a heap far larger than the
    /// processor's cache, and reading each one's year, tags and their strings cost a cache miss or more per entry.
    /// </remarks>
    internal sealed record FileIndexKeys(
        EquatableArray<string> Names,
        EquatableArray<int> AuthorStarts,
        EquatableArray<int> AuthorNumbers,
        EquatableArray<int> VenueNumbers,
        EquatableArray<int> TagStarts,
        EquatableArray<int> TagNumbers,
        EquatableArray<int> Years)
    {
        /// <summary>How many numbers <see cref="VenueNumbers"/> holds per entry.</summary>
        public const int VenueStride = 3;

        /// <summary>The year of an undated entry in <see cref="Years"/>.</summary>
        public const int NoYear = int.MinValue;

        public static FileIndexKeys For(EquatableArray<PublicationModel> publications)
        {
            var authorCount = 0;
            var tagCount = 0;
            foreach (var publication in publications)
            {
                authorCount += publication.Authors.Count;
                tagCount += publication.Tags.Count;
            }

            // A page's reader makes one string per distinct author name, so most look-ups end at the reference comparison.
            // Sized for about one new author and one venue string per entry, so the table is rarely grown (and copied).
            var numbering = Numbering.Acquire(publications.Count * 2);
            var authorStarts = ImmutableArray.CreateBuilder<int>(publications.Count + 1);
            var authorNumbers = ImmutableArray.CreateBuilder<int>(authorCount);
            var venueNumbers = ImmutableArray.CreateBuilder<int>(publications.Count * VenueStride);
            var tagStarts = ImmutableArray.CreateBuilder<int>(publications.Count + 1);
            var tagNumbers = ImmutableArray.CreateBuilder<int>(tagCount);
            var years = ImmutableArray.CreateBuilder<int>(publications.Count);
            foreach (var publication in publications)
            {
                years.Add(publication.Year ?? NoYear);
                tagStarts.Add(tagNumbers.Count);
                foreach (var tag in publication.Tags)
                {
                    tagNumbers.Add(numbering.Of(tag));
                }

                authorStarts.Add(authorNumbers.Count);
                foreach (var author in publication.Authors)
                {
                    authorNumbers.Add(numbering.Of(author.Name));
                }

                var venue = publication.Venue;
                var name = venue.Name.Length > 0 ? numbering.Of(venue.Name) : -1;
                var acronym = venue.Acronym is { Length: > 0 } text ? numbering.Of(text) : -1;
                venueNumbers.Add(name);
                venueNumbers.Add(acronym);
                venueNumbers.Add(venue.Acronym is null ? name : acronym);
            }

            authorStarts.Add(authorNumbers.Count);
            tagStarts.Add(tagNumbers.Count);
            var names = numbering.Names.ToImmutable();
            numbering.Release();
            return new FileIndexKeys(
                new EquatableArray<string>(names),
                new EquatableArray<int>(authorStarts.MoveToImmutable()),
                new EquatableArray<int>(authorNumbers.MoveToImmutable()),
                new EquatableArray<int>(venueNumbers.MoveToImmutable()),
                new EquatableArray<int>(tagStarts.MoveToImmutable()),
                new EquatableArray<int>(tagNumbers.MoveToImmutable()),
                new EquatableArray<int>(years.MoveToImmutable()));
        }

        /// <summary>Numbers strings in the order they are first met.</summary>
        private sealed class Numbering
        {
            // The largest numbering kept for the next file on the thread.
            private const int MaxKeptCount = 1 << 16;

            private readonly StringTable _numbers;

            private Numbering(int capacity) => _numbers = new StringTable(Math.Max(capacity, 4), hashEnds: true);

            public ImmutableArray<string>.Builder Names { get; } = ImmutableArray.CreateBuilder<string>();

            /// <summary>
            /// The thread's numbering, empty, or a new one for about <paramref name="capacity"/> strings: made afresh for
            /// every file, its table (grown past the first guess of its size) and its list of names were 3.5% of what a run
            /// allocates.
            /// </summary>
            public static Numbering Acquire(int capacity) => ThreadSpare<Numbering>.Take() ?? new Numbering(capacity);

            /// <summary>Empties the numbering (so it keeps no strings alive) and keeps it for the next file; not used after.</summary>
            public void Release()
            {
                if (Names.Count > MaxKeptCount)
                {
                    return;
                }

                _numbers.Clear();
                Names.Clear();
                ThreadSpare<Numbering>.Keep(this);
            }

            public int Of(string text)
            {
                ref var number = ref _numbers.GetOrAdd(text, out var added);
                if (added)
                {
                    number = Names.Count;
                    Names.Add(text);
                }

                return number;
            }
        }
    }
}
