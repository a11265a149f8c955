using System.Globalization;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>Small text helpers shared by the field readers.</summary>
    internal static class TextUtil
    {
        /// <summary>Collapses every run of whitespace (and control characters) to one space and trims.</summary>
        public static string CollapseWhitespace(string text)
        {
            // Most text is already collapsed: hand it back rather than copy it.
            if (IsCollapsed(text))
            {
                return text;
            }

            var builder = StringBuilderCache.Acquire(text.Length);
            var pendingSpace = false;
            AppendCollapsed(builder, text, ref pendingSpace);
            return StringBuilderCache.ToStringAndRelease(builder);
        }

        /// <summary>
        /// Appends <paramref name="text"/> with whitespace runs collapsed, continuing a collapse already under way in
        /// <paramref name="builder"/> (so pieces appended one after another collapse like their concatenation).
        /// </summary>
        public static void AppendCollapsed(StringBuilder builder, string text, ref bool pendingSpace)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (IsCollapsible(text[i]))
                {
                    pendingSpace = builder.Length > 0;
                    i++;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                // A run of kept characters is appended in one call rather than one character at a time.
                var end = i + 1;
                while (end < text.Length && !IsCollapsible(text[end]))
                {
                    end++;
                }

                builder.Append(text, i, end - i);
                i = end;
            }
        }

        /// <summary>Appends what <see cref="CollapseWhitespace(string)"/> makes of the characters <paramref name="start"/>–<paramref name="end"/>, without copying them out first.</summary>
        public static void AppendCollapsed(StringBuilder builder, string text, int start, int end)
        {
            // Most lines (a card's summary) are collapsed already: one copy.
            if (IsCollapsedAscii(System.MemoryExtensions.AsSpan(text, start, end - start)) == true)
            {
                builder.Append(text, start, end - start);
                return;
            }

            var any = false;
            var pendingSpace = false;
            var i = start;
            while (i < end)
            {
                if (IsCollapsible(text[i]))
                {
                    pendingSpace = any;
                    i++;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                var runEnd = i + 1;
                while (runEnd < end && !IsCollapsible(text[runEnd]))
                {
                    runEnd++;
                }

                builder.Append(text, i, runEnd - i);
                any = true;
                i = runEnd;
            }
        }

        /// <summary>True when <see cref="CollapseWhitespace(string)"/> would return the text unchanged.</summary>
        private static bool IsCollapsed(string text)
        {
            if (IsCollapsedAscii(System.MemoryExtensions.AsSpan(text)) is bool ascii)
            {
                return ascii;
            }

            // A space is allowed only between two other characters.
            var afterSpace = true;
            foreach (var c in text)
            {
                if (IsCollapsible(c))
                {
                    if (c != ' ' || afterSpace)
                    {
                        return false;
                    }

                    afterSpace = true;
                }
                else
                {
                    afterSpace = false;
                }
            }

            return text.Length == 0 || !afterSpace;
        }

        /// <summary>
        /// For printable ASCII (most text), where a space is the only character collapsing touches, whether collapsing
        /// leaves it as it is: tested a vector at a time, then the spaces by a (vectorized) search for two in a row. Null
        /// for any other text, which is tested character by character.
        /// </summary>
        private static bool? IsCollapsedAscii(System.ReadOnlySpan<char> chars)
        {
            if (FirstOutsideRange(chars, ' ', '~') != chars.Length)
            {
                return null;
            }

            return chars.Length == 0 || (chars[0] != ' ' && chars[chars.Length - 1] != ' '
                && System.MemoryExtensions.IndexOf(chars, System.MemoryExtensions.AsSpan("  "), System.StringComparison.Ordinal) < 0);
        }

        /// <summary>True when every character is printable ASCII or a space (U+0020 to U+007E), tested a vector at a time.</summary>
        public static bool IsPrintableAscii(string text) => AllInRange(text, ' ', '~');

        /// <summary>True when every character is ASCII, tested a vector at a time.</summary>
        public static bool IsAscii(string text) => AllInRange(text, '\0', '\u007F');

        /// <summary>True when every character is from <paramref name="lowest"/> to <paramref name="highest"/>, tested a vector at a time.</summary>
        private static bool AllInRange(string text, char lowest, char highest)
        {
            var chars = System.MemoryExtensions.AsSpan(text);
            return FirstOutsideRange(chars, lowest, highest) == chars.Length;
        }

        /// <summary>
        /// Where the first character outside <paramref name="lowest"/> to <paramref name="highest"/> is, or the length when
        /// there is none: the characters before it are tested a vector at a time.
        /// </summary>
        internal static int FirstOutsideRange(System.ReadOnlySpan<char> chars, char lowest, char highest)
        {
            var i = 0;
            if (System.Numerics.Vector.IsHardwareAccelerated && chars.Length >= System.Numerics.Vector<ushort>.Count)
            {
                var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<char, System.Numerics.Vector<ushort>>(chars);
                var low = new System.Numerics.Vector<ushort>(lowest);
                var high = new System.Numerics.Vector<ushort>(highest);
                while (i < vectors.Length && !System.Numerics.Vector.LessThanAny(vectors[i], low) && !System.Numerics.Vector.GreaterThanAny(vectors[i], high))
                {
                    i++;
                }

                i *= System.Numerics.Vector<ushort>.Count;
            }

            for (; i < chars.Length; i++)
            {
                if (chars[i] < lowest || chars[i] > highest)
                {
                    return i;
                }
            }

            return chars.Length;
        }

        /// <summary>True when the text has two spaces in a row.</summary>
        public static bool HasDoubleSpace(string text) => text.IndexOf("  ", System.StringComparison.Ordinal) >= 0;

        /// <summary>A whitespace or control character: what <see cref="CollapseWhitespace(string)"/> collapses.</summary>
        public static bool IsCollapsible(char c) =>
            // Printable ASCII (most text) is neither: decided without the Unicode tables.
            (c <= ' ' || c >= '\u007F') && (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\0'));

        private static readonly string[] AsciiStrings = CreateAsciiStrings();

        private static string[] CreateAsciiStrings()
        {
            var strings = new string[128];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = ((char)i).ToString();
            }

            return strings;
        }

        /// <summary><c>text.Substring(index, 1)</c>, without an allocation for ASCII characters.</summary>
        public static string CharToString(string text, int index) =>
            text[index] < 128 ? AsciiStrings[text[index]] : text.Substring(index, 1);

        /// <summary>Whitespace, a control, punctuation or a symbol: what a line of links may hold outside them.</summary>
        public static bool IsPunctuationLike(char c) => IsCollapsible(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);

        public static bool IsOnlyPunctuation(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Encodes text for HTML element content and attribute values.</summary>
        public static string HtmlEncode(string text)
        {
            if (!NeedsHtmlEncoding(text))
            {
                return text;
            }

            var builder = StringBuilderCache.Acquire(text.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    case '\'': builder.Append("&#39;"); break;
                    default: builder.Append(c); break;
                }
            }

            return StringBuilderCache.ToStringAndRelease(builder);
        }

        private static readonly char[] HtmlSpecial = { '&', '<', '>', '"', '\'' };

        /// <summary>True when <see cref="HtmlEncode"/> would change the text.</summary>
        public static bool NeedsHtmlEncoding(string text) => text.IndexOfAny(HtmlSpecial) >= 0;

        /// <summary>Removes accents and case, for matching names and titles.</summary>
        public static string Fold(string text)
        {
            if (IsAscii(text))
            {
                // Most names and titles: no accents to strip, so skip the (costly) Unicode decomposition.
                return text.ToLowerInvariant();
            }

            var decomposed = Normalize(text, NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// <see cref="string.Normalize(NormalizationForm)"/>, which throws on a lone surrogate: those are compared as
        /// U+FFFD instead (only keys and names are built from the result, never the values kept).
        /// </summary>
        public static string Normalize(string text, NormalizationForm form)
        {
            var clean = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
                {
                    clean = ReplaceLoneSurrogates(text);
                    break;
                }
            }

            try
            {
                return clean.Normalize(form);
            }
            catch (System.ArgumentException)
            {
                // ICU also rejects noncharacters such as U+FFFE: such text is used as it is (only keys and names are
                // built from the result, and the same input always gives the same key).
                return clean;
            }
        }

        private static string ReplaceLoneSurrogates(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else
                {
                    builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }

            return builder.ToString();
        }

        /// <summary>A key that is equal for the same title written with other case, accents, punctuation or markup.</summary>
        public static string TitleKey(string title)
        {
            var builder = new StringBuilder(title.Length);
            foreach (var c in Fold(title))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The range <paramref name="start"/>–<paramref name="end"/> without whitespace at either end: what <see cref="string.Trim()"/> keeps, as offsets.</summary>
        public static (int Start, int End) TrimRange(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        /// <summary>True when the range holds only whitespace (or nothing): <c>Substring(…).Trim().Length == 0</c> in place.</summary>
        public static bool IsWhiteSpace(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public static string TrimTrailingPeriod(string text)
        {
            var end = TrailingPeriodEnd(text, text.Length);
            return end == text.Length ? text : text.Substring(0, end);
        }

        /// <summary>Where <see cref="TrimTrailingPeriod"/> would cut <c>text.Substring(0, end)</c>.</summary>
        public static int TrailingPeriodEnd(string text, int end)
        {
            // One pass from the end (a substring per period would be quadratic on ". . . . .").
            while (true)
            {
                while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (end == 0 || text[end - 1] != '.' || (end >= 3 && text[end - 2] == '.' && text[end - 3] == '.'))
                {
                    break;
                }

                end--;
            }

            return end;
        }

        /// <summary><c>text.Split(' ', RemoveEmptyEntries).Length</c>, without the split.</summary>
        public static int WordCount(string text)
        {
            var words = 0;
            var inWord = false;
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    inWord = false;
                }
                else if (!inWord)
                {
                    inWord = true;
                    words++;
                }
            }

            return words;
        }

        public static string UpperFirstIfLetter(string text) =>
            text.Length > 0 && char.IsLower(text[0]) && text.IndexOf(' ') > 0 ? UpperFirst(text) : text;

        public static string UpperFirst(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
