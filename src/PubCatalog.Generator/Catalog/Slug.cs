using System.Text;
using PubCatalog.Shared;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>URL-safe ids: lower-case ASCII letters, digits and single dashes (<c>skylb-2026</c>).</summary>
    internal static class Slug
    {
        public static string Make(string text) => AsciiKeyText.IsAsciiBesidesApostrophes(text) ? MakeAscii(text) : MakeFromAnyText(text);

        /// <summary><see cref="Make"/> of any text (Unicode folded); the ASCII path must give the same (a property test holds them equal).</summary>
        internal static string MakeFromAnyText(string text)
        {
            var builder = new StringBuilder();
            var words = 0;
            var pendingDash = false;
            foreach (var c in TextUtil.Fold(text.Replace("'", "").Replace("’", "")))
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    if (pendingDash && builder.Length > 0)
                    {
                        if (++words >= MadeIds.MaxWords || builder.Length >= MadeIds.MaxLength)
                        {
                            break;
                        }

                        builder.Append('-');
                    }

                    builder.Append(c);
                    pendingDash = false;
                }
                else
                {
                    pendingDash = true;
                }
            }

            return builder.ToString();
        }

        /// <summary><see cref="Make"/> of ASCII text (apostrophes apart), in one pass: folding ASCII is lower-casing it.</summary>
        private static string MakeAscii(string text)
        {
            var chars = AsciiKeyText.Buffer(text.Length);
            return new string(chars, 0, MadeIds.WriteSlug(text, chars));
        }

        /// <summary>
        /// The id of an ASCII text (apostrophes apart) and a year: its slug, or <c>paper</c> when it has none, then a dash
        /// and the year (<c>cant-be-late-2024</c>), made as one string; null for text that is not ASCII or a year before
        /// year 0, which <see cref="Make"/> and a concatenation serve. The runtime makes the same ids from the same text
        /// (<see cref="MadeIds"/>, one source in both), so the page data leaves them out.
        /// </summary>
        public static string? MakeAsciiWithYear(string text, int year) => MadeIds.Make(text, year);

        public static bool IsSlug(string text)
        {
            if (text.Length == 0 || text[0] == '-' || text[text.Length - 1] == '-')
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
