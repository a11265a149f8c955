using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Whether the pages' data is packed (<c>Emit.TextPacker</c>) or written as it is. Packing halves the data, and
    /// costs about a tenth of a generator run: worth it for a large catalog, whose data unpacked would make ten MB of
    /// source at 20,000 entries (more than an assembly holds), not for the catalog of a site, whose data is written faster
    /// than packed and reads the same at run time (docs/performance.md, round 18). Decided once for the whole catalog,
    /// so all its pages look alike.
    /// </summary>
    internal static class PageDataPacking
    {
        /// <summary>
        /// Page data above this many characters is packed: about 5,500 entries of the benchmarks' synthetic pages (their
        /// strings count 720 K at 2,000 entries, <c>… -- profile synthetic-2000 2 pack</c>), a generated source of about
        /// 3 MB unpacked. Below it the source stays within the few MB of issue 4's target for 20,000 entries.
        /// </summary>
        public const int PackAboveCharacters = 2_000_000;

        /// <summary>
        /// Page data above this many characters is packed even where the project asked for it not to be: unpacked, it
        /// would not fit an assembly. The string literals of an assembly share one heap of 16 MB, about 8.3 M characters
        /// (error CS8103; the 20,000 synthetic entries' data unpacked is 8.4 M), and the members, the index and the
        /// project's own literals need room beside it.
        /// </summary>
        public const int MustPackAboveCharacters = 5_000_000;

        /// <summary>
        /// Whether the data is packed: always when it would not fit unpacked, else as the project chose
        /// (<c>PubCatalogPackData</c>), else when it is large.
        /// </summary>
        /// <param name="characters">The entries' <see cref="EstimatedCharacters(EquatableArray{CatalogEntry})"/>.</param>
        public static bool ShouldPack(bool? option, long characters) =>
            ShouldPack(option, characters, PackAboveCharacters, MustPackAboveCharacters);

        /// <summary>The same, against other thresholds: for the tests, which cannot afford a catalog of millions of characters.</summary>
        internal static bool ShouldPack(bool? option, long characters, long packAbove, long mustPackAbove) =>
            characters > mustPackAbove || (option ?? characters > packAbove);

        /// <summary>
        /// The characters of the entries' strings, as the page data holds them. An estimate: the numbers between them
        /// (lengths, flags, kinds) are left out. The catalog adds up its entries' <see cref="CatalogEntry.Characters"/>,
        /// each counted by <see cref="EstimatedCharacters(PublicationModel)"/>, which comes to the same.
        /// </summary>
        internal static long EstimatedCharacters(EquatableArray<CatalogEntry> entries)
        {
            var total = 0L;
            for (var i = 0; i < entries.Count; i++)
            {
                total += EstimatedCharacters(entries[i].Publication);
            }

            return total;
        }

        /// <summary>
        /// One publication's share of <see cref="EstimatedCharacters(EquatableArray{CatalogEntry})"/>: counted for each
        /// entry in the per-file step (<see cref="CatalogEntry.Characters"/>), where its strings were just read for its keys,
        /// rather than for the whole catalog at once, whose publications are spread over the heap.
        /// </summary>
        internal static int EstimatedCharacters(PublicationModel p)
        {
            var total = p.Title.Length + (p.TitleHtml == p.Title ? 0 : p.TitleHtml.Length) + Length(p.ShortName)
                + p.Venue.Name.Length + Length(p.Venue.Acronym) + p.Venue.Raw.Length
                + Length(p.Doi) + Length(p.Summary) + Length(p.Abstract)
                + Sum(p.Awards) + Sum(p.Tags) + Sum(p.Highlights);
            foreach (var author in p.Authors)
            {
                total += author.Name.Length;
            }

            foreach (var link in p.Links)
            {
                total += link.Label.Length + link.Url.Length;
            }

            return total;
        }

        private static int Length(string? value) => value?.Length ?? 0;

        private static int Sum(EquatableArray<string> values)
        {
            var sum = 0;
            for (var i = 0; i < values.Count; i++)
            {
                sum += values[i].Length;
            }

            return sum;
        }
    }
}
