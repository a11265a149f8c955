using System.Text;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>URL-safe ids: lower-case ASCII letters, digits and single dashes (<c>skylb-2026</c>).</summary>
    internal static class Slug
    {
        private const int MaxWords = 6;
        private const int MaxLength = 60;

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
                        if (++words >= MaxWords || builder.Length >= MaxLength)
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
            return new string(chars, 0, WriteAscii(text, chars));
        }

        /// <summary>
        /// The id of an ASCII text (apostrophes apart) and a year: its slug, or <paramref name="empty"/> when it has none,
        /// then a dash and the year (<c>cant-be-late-2024</c>), made as one string; null for text that is not ASCII or a
        /// year before year 0, which <see cref="Make"/> and a concatenation serve.
        /// </summary>
        public static string? MakeAsciiWithYear(string text, int year, string empty)
        {
            if (year < 0 || !AsciiKeyText.IsAsciiBesidesApostrophes(text))
            {
                return null;
            }

            // Room for the slug (or the word standing for none), a dash and the year's digits.
            var chars = AsciiKeyText.Buffer(System.Math.Max(text.Length, empty.Length) + 12);
            var length = WriteAscii(text, chars);
            if (length == 0)
            {
                empty.CopyTo(0, chars, 0, empty.Length);
                length = empty.Length;
            }

            chars[length++] = '-';
            var digits = 1;
            for (var rest = year / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            var at = length + digits - 1;
            for (var rest = year; at >= length; rest /= 10)
            {
                chars[at--] = (char)('0' + (rest % 10));
            }

            return new string(chars, 0, length + digits);
        }

        /// <summary>Writes the slug of ASCII text (apostrophes apart) into <paramref name="chars"/> and returns its length.</summary>
        private static int WriteAscii(string text, char[] chars)
        {
            var length = 0;
            var words = 0;
            var pendingDash = false;
            foreach (var c in text)
            {
                if (c == AsciiKeyText.Apostrophe || c == AsciiKeyText.TypographicApostrophe)
                {
                    continue;
                }

                if (AsciiKeyText.IsAsciiLetterOrDigit(c))
                {
                    if (pendingDash && length > 0)
                    {
                        if (++words >= MaxWords || length >= MaxLength)
                        {
                            break;
                        }

                        chars[length++] = '-';
                    }

                    chars[length++] = AsciiKeyText.ToLower(c);
                    pendingDash = false;
                }
                else
                {
                    pendingDash = true;
                }
            }

            return length;
        }

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
