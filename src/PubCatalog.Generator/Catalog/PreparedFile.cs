using System.Collections.Immutable;
using System.Globalization;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>What the catalog needs to know of one entry apart from the entry itself, derived from its text alone.</summary>
    /// <param name="MergeHash">
    /// A hash of the folded title that finds the same paper in another file (<see cref="TextUtil.TitleKey"/>; 0: the title
    /// has no letters or digits, and merges with nothing). A hash rather than the folded title itself: the driver keeps
    /// these keys between runs (a string as long as the title per entry, about 0.3 MB at 2,000 entries), and grouping
    /// 20,000 numbers is quicker than grouping 20,000 strings. Two titles with one hash are told apart by their folded
    /// text when the catalog is combined.
    /// </param>
    /// <param name="IdBase">
    /// The id before any number: the slug and the year (<c>cant-be-late-2024</c>), or the slug alone when undated. Made
    /// here, per file, so that combining the catalog after an edit makes no id string for the pages not edited.
    /// </param>
    /// <param name="MemberBase">The C# member name before disambiguation (<c>CantBeLate</c>).</param>
    /// <param name="IdBaseIsMade">
    /// True when <paramref name="IdBase"/> is <see cref="PubCatalog.Shared.MadeIds.Make"/>'s id of the entry's text and
    /// year, which the runtime makes again: the page data then leaves it out without making the slug a second time.
    /// </param>
    /// <remarks>A struct: made per entry and read into its <see cref="CatalogEntry"/> at once.</remarks>
    internal readonly record struct EntryKeys(uint MergeHash, string IdBase, string MemberBase, bool IdBaseIsMade)
    {
        /// <summary>The id's stem when the title has no letters or digits.</summary>
        private const string NoSlug = PubCatalog.Shared.MadeIds.NoSlug;

        public static EntryKeys For(PublicationModel publication)
        {
            var text = publication.ShortName ?? publication.Title;
            var mergeHash = MergeHashOf(publication.Title);
            var memberBase = MemberNames.FromText(text);
            // Most entries: ASCII text and a year, made as one string (not the slug, then the slug and the year joined).
            return publication.Year is int year && Slug.MakeAsciiWithYear(text, year) is { } made
                ? new EntryKeys(mergeHash, made, memberBase, IdBaseIsMade: true)
                : new EntryKeys(mergeHash, IdBaseOf(text, publication.Year), memberBase, IdBaseIsMade: false);
        }

        /// <summary>The slug and the year (<c>cant-be-late-2024</c>), or the slug alone when undated, for text the runtime makes no id of.</summary>
        private static string IdBaseOf(string text, int? year)
        {
            var stem = Slug.Make(text);
            if (stem.Length == 0)
            {
                stem = NoSlug;
            }

            return year is int dated ? stem + "-" + dated.ToString(CultureInfo.InvariantCulture) : stem;
        }

        /// <summary>
        /// <see cref="MergeHashOf(string)"/>'s hash of <see cref="TextUtil.TitleKey"/>, taken in one pass with no string
        /// for ASCII titles (apostrophes apart), as <see cref="TitleKey"/> folds them.
        /// </summary>
        internal static uint MergeHashOf(string title)
        {
            if (!AsciiKeyText.IsAsciiBesidesApostrophes(title))
            {
                return Hash(TextUtil.TitleKey(title));
            }

            var hash = HashStart;
            var any = false;
            foreach (var c in title)
            {
                if (AsciiKeyText.IsAsciiLetterOrDigit(c))
                {
                    hash = Mix(hash, AsciiKeyText.ToLower(c));
                    any = true;
                }
            }

            return Finish(hash, any);
        }

        /// <summary>The hash of a folded title (0 for the empty one, which merges with nothing).</summary>
        internal static uint Hash(string key)
        {
            var hash = HashStart;
            foreach (var c in key)
            {
                hash = Mix(hash, c);
            }

            return Finish(hash, key.Length > 0);
        }

        // FNV-1a over the UTF-16 code units: the same on every machine and runtime (unlike string.GetHashCode).
        private const uint HashStart = 2166136261;

        private static uint Mix(uint hash, char c) => unchecked((hash ^ c) * 16777619);

        private static uint Finish(uint hash, bool any) => !any ? 0 : hash == 0 ? 1 : hash;

        /// <summary>
        /// <see cref="TextUtil.TitleKey"/>, in one pass for ASCII text (apostrophes apart): folding it is lower-casing it,
        /// and an apostrophe, not a letter, is left out either way.
        /// </summary>
        internal static string TitleKey(string title)
        {
            if (!AsciiKeyText.IsAsciiBesidesApostrophes(title))
            {
                return TextUtil.TitleKey(title);
            }

            var chars = AsciiKeyText.Buffer(title.Length);
            var length = 0;
            foreach (var c in title)
            {
                if (AsciiKeyText.IsAsciiLetterOrDigit(c))
                {
                    chars[length++] = AsciiKeyText.ToLower(c);
                }
            }

            return new string(chars, 0, length);
        }
    }

    /// <summary>
    /// A parsed file with its entries (which carry their keys) and its index keys' numbers. Computed in a per-file step of
    /// the pipeline, so that after an edit to one page the catalog is combined and indexed from what is already known of
    /// the others, not from their text again.
    /// </summary>
    /// <param name="Entries">
    /// The file's entries as the catalog has them when no other entry takes their id or member name (most of them):
    /// the catalog reuses these objects rather than making 20,000 new ones after an edit to one page, and the driver's
    /// comparison of the new catalog with the old finds them the same at once.
    /// </param>
    internal sealed record PreparedFile(FileParseResult File, FileIndexKeys IndexKeys, EquatableArray<CatalogEntry> Entries)
    {
        public static PreparedFile Create(FileParseResult file)
        {
            // Collected at the exact size: the array becomes the immutable one without a copy.
            var indexKeys = FileIndexKeys.For(file.Publications);
            var entries = ImmutableArray.CreateBuilder<CatalogEntry>(file.Publications.Count);
            for (var i = 0; i < file.Publications.Count; i++)
            {
                var publication = file.Publications[i];
                var keys = EntryKeys.For(publication);
                entries.Add(new CatalogEntry(keys.IdBase, keys.MemberBase, file.DisplayPath, publication, indexKeys, i)
                {
                    MergeHash = keys.MergeHash,
                    IdIsMade = keys.IdBaseIsMade,
                    Characters = PageDataPacking.EstimatedCharacters(publication),
                });
            }

            return new PreparedFile(file, indexKeys, new EquatableArray<CatalogEntry>(entries.MoveToImmutable()));
        }

        /// <summary>For a file that could not be prepared: no entries.</summary>
        public static PreparedFile Empty(FileParseResult file) =>
            new(file, FileIndexKeys.For(EquatableArray<PublicationModel>.Empty), EquatableArray<CatalogEntry>.Empty);
    }
}
