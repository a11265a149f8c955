namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Which ASCII letters a text holds, as a 26-bit mask (upper case counted as lower). A word can only occur in a text
    /// that holds all of its letters, so one pass over the text spares the searches for most of a list of words.
    /// </summary>
    internal static class AsciiLetters
    {
        public static int Of(string text)
        {
            var mask = 0;
            foreach (var c in text)
            {
                // Setting bit 0x20 lower-cases an ASCII letter.
                var lower = (char)(c | 0x20);
                if (lower >= 'a' && lower <= 'z')
                {
                    mask |= 1 << (lower - 'a');
                }
            }

            return mask;
        }

        /// <summary>False when the word has a letter the text lacks (so the text cannot contain it, in any case).</summary>
        public static bool MayContain(int textLetters, int wordLetters) => (wordLetters & ~textLetters) == 0;
    }
}
