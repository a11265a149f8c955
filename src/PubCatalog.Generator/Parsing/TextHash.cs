namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A quick hash of characters for the per-page tables (names, venues), four characters at a time: one multiply per
    /// four characters rather than one per character, and not the runtime's randomized string hash, which reads two at a
    /// time. Not made to resist collisions chosen on purpose: the pages are the project's own, and a table holds one
    /// page's values. The upper half of the product is taken, which every character has reached. Only ever compared
    /// within the process.
    /// </summary>
    internal static class TextHash
    {
        public static int Of(System.ReadOnlySpan<char> chars)
        {
            var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(chars);
            var hash = 0x9E3779B97F4A7C15UL ^ (ulong)chars.Length;
            for (var i = 0; i < words.Length; i++)
            {
                hash = unchecked((hash ^ words[i]) * 0xC2B2AE3D27D4EB4FUL);
            }

            for (var i = words.Length * 4; i < chars.Length; i++)
            {
                hash = unchecked((hash ^ chars[i]) * 0xC2B2AE3D27D4EB4FUL);
            }

            return unchecked((int)(hash >> 32));
        }
    }
}
