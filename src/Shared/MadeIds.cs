using System;

namespace PubCatalog.Shared
{
    /// <summary>
    /// The ids the generator makes for entries of ASCII text with a year: the slug of the short name (else the title),
    /// a dash and the year (<c>cant-be-late-2024</c>). Compiled into both the generator and the runtime library (one file,
    /// linked into both projects): the page data leaves out every id that is made this way, and the runtime makes it
    /// again from the entry's title and year, so the two must make the same id from the same text, which one source
    /// guarantees. Other ids (text beyond ASCII, no year, an id the page chose, a number added to tell two apart) are
    /// written out.
    /// </summary>
    internal static class MadeIds
    {
        /// <summary>The id's stem when the text has no letters or digits.</summary>
        public const string NoSlug = "paper";

        /// <summary>A slug has at most this many words …</summary>
        public const int MaxWords = 6;

        /// <summary>… and starts no word past this many characters.</summary>
        public const int MaxLength = 60;

        /// <summary>The apostrophes a slug leaves out (not word breaks: <c>Can't</c> is one word).</summary>
        public const char Apostrophe = '\'';

        public const char TypographicApostrophe = '\u2019';

        // An id is at most its text plus the stem for none, a dash and a year; one buffer per thread.
        [ThreadStatic]
        private static char[]? s_buffer;

        /// <summary>True when every character is ASCII or a typographic apostrophe: the text ids are made from here.</summary>
        public static bool IsAsciiBesidesApostrophes(string text)
        {
            foreach (var c in text)
            {
                if (c >= 128 && c != TypographicApostrophe)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The id of ASCII text (apostrophes apart) and a year: <c>slug-year</c>, with <see cref="NoSlug"/> for a text with
        /// no letters or digits; null for other text or a year before year 0.
        /// </summary>
        public static string? Make(string text, int year)
        {
            if (year < 0 || !IsAsciiBesidesApostrophes(text))
            {
                return null;
            }

            var chars = Buffer(text.Length);
            return new string(chars, 0, Write(text, year, chars));
        }

        /// <summary>True when <paramref name="id"/> is what <see cref="Make"/> makes of the text and year (no string made).</summary>
        public static bool IsMadeFrom(string id, string text, int year)
        {
            // An id is never longer than its text plus 16 characters (the stem for none, a dash, a year's digits).
            if (year < 0 || id.Length > text.Length + 16 || !IsAsciiBesidesApostrophes(text))
            {
                return false;
            }

            var chars = Buffer(text.Length);
            var length = Write(text, year, chars);
            if (length != id.Length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (chars[i] != id[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Writes the slug of ASCII text (apostrophes apart) into <paramref name="chars"/> and returns its length: lower-case
        /// letters and digits, the words (runs of them) joined by single dashes, at most six words, and no word started past
        /// the sixtieth character.
        /// </summary>
        public static int WriteSlug(string text, char[] chars)
        {
            var length = 0;
            var words = 0;
            var pendingDash = false;
            foreach (var c in text)
            {
                if (c == Apostrophe || c == TypographicApostrophe)
                {
                    continue;
                }

                if (IsAsciiLetterOrDigit(c))
                {
                    if (pendingDash && length > 0)
                    {
                        if (++words >= MaxWords || length >= MaxLength)
                        {
                            break;
                        }

                        chars[length++] = '-';
                    }

                    chars[length++] = ToLower(c);
                    pendingDash = false;
                }
                else
                {
                    pendingDash = true;
                }
            }

            return length;
        }

        /// <summary>A buffer of at least <paramref name="textLength"/> characters plus room for an id's stem and year, valid until the next call on this thread.</summary>
        public static char[] Buffer(int textLength)
        {
            var length = textLength + 16;
            var buffer = s_buffer;
            if (buffer is null || buffer.Length < length)
            {
                s_buffer = buffer = new char[Math.Max(length, 256)];
            }

            return buffer;
        }

        public static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

        public static char ToLower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

        /// <summary>The slug (or <see cref="NoSlug"/>), a dash and the year's digits, into <paramref name="chars"/>; returns the length.</summary>
        private static int Write(string text, int year, char[] chars)
        {
            var length = WriteSlug(text, chars);
            if (length == 0)
            {
                NoSlug.CopyTo(0, chars, 0, NoSlug.Length);
                length = NoSlug.Length;
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

            return length + digits;
        }
    }
}
