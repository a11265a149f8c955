using System;
using PubCatalog.Shared;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// What the keys of an entry (<see cref="EntryKeys"/>) share: most titles and short names are ASCII, perhaps with a
    /// typographic apostrophe, and their keys can be made in one pass over the text, with no Unicode normalization and
    /// no intermediate strings (the apostrophe-free copy, the folded copy, a builder).
    /// </summary>
    internal static class AsciiKeyText
    {
        /// <summary>The apostrophes every key leaves out (not word breaks: <c>Can't</c> is one word).</summary>
        public const char Apostrophe = MadeIds.Apostrophe;

        public const char TypographicApostrophe = MadeIds.TypographicApostrophe;

        // A key is never longer than its text; one buffer per thread (a generator may run on several threads at once).
        [ThreadStatic]
        private static char[]? s_buffer;

        /// <summary>True when every character is ASCII or a typographic apostrophe: text the fast paths handle.</summary>
        public static bool IsAsciiBesidesApostrophes(string text) => MadeIds.IsAsciiBesidesApostrophes(text);

        public static bool IsAsciiLetterOrDigit(char c) => MadeIds.IsAsciiLetterOrDigit(c);

        public static char ToLower(char c) => MadeIds.ToLower(c);

        public static char ToUpper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? (char)(c & ~0x20) : c;

        /// <summary>A buffer of at least <paramref name="length"/> characters, valid until the next call on this thread.</summary>
        public static char[] Buffer(int length)
        {
            var buffer = s_buffer;
            if (buffer is null || buffer.Length < length)
            {
                s_buffer = buffer = new char[Math.Max(length, 256)];
            }

            return buffer;
        }
    }
}
