using System;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Sorts strings in ordinal order (<see cref="StringComparer.Ordinal"/>) with a second array alongside, by a number
    /// made of each string's first characters, strings whose numbers are equal then compared in full. The index sorts its
    /// thousand or so author names and hundreds of venues every run; through the comparer, each comparison was a call into
    /// the string's characters, scattered over the heap (about a tenth of the cut at 2,000 entries), where numbers sort in
    /// place.
    /// </summary>
    internal static class OrdinalSort
    {
        /// <summary>Characters packed into a key: seven bits each, nine in 63 bits.</summary>
        private const int PackedChars = 9;

        private const int BitsPerChar = 7;

        /// <summary>What a character at or past U+007F packs as: above every ASCII one, and the last packed (the rest stays 0).</summary>
        private const ulong Beyond = (1 << BitsPerChar) - 1;

        /// <summary>Sorts <paramref name="keys"/> in ordinal order, moving <paramref name="items"/> (when given) with them.</summary>
        public static void Sort(string[] keys, int[]? items = null)
        {
            if (keys.Length < 2)
            {
                return;
            }

            var packed = new ulong[keys.Length];
            var order = new int[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                packed[i] = Pack(keys[i]);
                order[i] = i;
            }

            Array.Sort(packed, order);

            // Strings whose first characters pack the same are ordered by their whole text.
            ByText? byText = null;
            for (var start = 0; start < packed.Length;)
            {
                var end = start + 1;
                while (end < packed.Length && packed[end] == packed[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(order, start, end - start, byText ??= new ByText(keys));
                }

                start = end;
            }

            var sortedKeys = new string[keys.Length];
            for (var i = 0; i < order.Length; i++)
            {
                sortedKeys[i] = keys[order[i]];
            }

            Array.Copy(sortedKeys, keys, keys.Length);
            if (items is not null)
            {
                var sortedItems = new int[items.Length];
                for (var i = 0; i < order.Length; i++)
                {
                    sortedItems[i] = items[order[i]];
                }

                Array.Copy(sortedItems, items, items.Length);
            }
        }

        /// <summary>
        /// The string's first characters as a number that orders as they do: ASCII characters as themselves (0 after the
        /// end), a character past ASCII as <see cref="Beyond"/>, with nothing packed after it. Where two numbers differ, the
        /// strings differ in the same order at the first character packed differently; where they are equal, the strings
        /// may still differ, and are compared in full.
        /// </summary>
        internal static ulong Pack(string text)
        {
            ulong key = 0;
            var count = Math.Min(text.Length, PackedChars);
            var i = 0;
            for (; i < count; i++)
            {
                var c = text[i];
                if (c >= Beyond)
                {
                    key = (key << BitsPerChar) | Beyond;
                    i++;
                    break;
                }

                key = (key << BitsPerChar) | c;
            }

            return key << (BitsPerChar * (PackedChars - i));
        }

        /// <summary>Orders positions in the key array by their strings, ordinal.</summary>
        private sealed class ByText : System.Collections.Generic.IComparer<int>
        {
            private readonly string[] _keys;

            public ByText(string[] keys) => _keys = keys;

            public int Compare(int x, int y) => string.CompareOrdinal(_keys[x], _keys[y]);
        }
    }
}
