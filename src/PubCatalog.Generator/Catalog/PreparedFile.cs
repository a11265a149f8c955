using System.Collections.Immutable;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>What the catalog needs to know of one entry apart from the entry itself, derived from its text alone.</summary>
    /// <param name="MergeKey">The folded title that finds the same paper in another file (<see cref="TextUtil.TitleKey"/>).</param>
    /// <param name="IdStem">The id before the year and any number (<c>cant-be-late</c>).</param>
    /// <param name="MemberBase">The C# member name before disambiguation (<c>CantBeLate</c>).</param>
    internal sealed record EntryKeys(string MergeKey, string IdStem, string MemberBase)
    {
        public static EntryKeys For(PublicationModel publication)
        {
            var stem = Slug.Make(publication.ShortName ?? publication.Title);
            return new EntryKeys(TitleKey(publication.Title), stem.Length == 0 ? "paper" : stem, MemberNames.FromText(publication.ShortName ?? publication.Title));
        }

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
    /// A parsed file with its entries' keys. Computed in a per-file step of the pipeline, so that after an edit to one
    /// page the catalog is combined from keys already known for the others, not from their text again.
    /// </summary>
    internal sealed record PreparedFile(FileParseResult File, EquatableArray<EntryKeys> Keys)
    {
        public static PreparedFile Create(FileParseResult file)
        {
            // Collected at the exact size: the array becomes the immutable one without a copy.
            var keys = ImmutableArray.CreateBuilder<EntryKeys>(file.Publications.Count);
            for (var i = 0; i < file.Publications.Count; i++)
            {
                keys.Add(EntryKeys.For(file.Publications[i]));
            }

            return new PreparedFile(file, new EquatableArray<EntryKeys>(keys.MoveToImmutable()));
        }
    }
}
