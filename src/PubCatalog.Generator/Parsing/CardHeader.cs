using System;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A card's first line, <c>Name Name 01 / Title</c>: the card's name written twice (the badge and its caption), a
    /// number, the title. Read in place in the file's text; the name and title are offsets, copied out only by the card
    /// that keeps them (the search for card starts reads many lines and keeps nothing).
    /// </summary>
    internal readonly struct CardHeader
    {
        private const string Slash = " / ";

        private CardHeader(int nameStart, int nameEnd, int titleStart, int titleEnd)
        {
            NameStart = nameStart;
            NameEnd = nameEnd;
            TitleStart = titleStart;
            TitleEnd = titleEnd;
        }

        /// <summary>Offset of the name's first character in the text (the caption, the second copy of the name).</summary>
        public int NameStart { get; }

        public int NameEnd { get; }

        /// <summary>Offset of the title's first character in the text (whitespace around it left out).</summary>
        public int TitleStart { get; }

        public int TitleEnd { get; }

        /// <summary>Reads the line from <paramref name="start"/> to <paramref name="end"/> (its line break excluded).</summary>
        public static bool TryRead(string text, int start, int end, out CardHeader header)
        {
            header = default;
            var slash = text.IndexOf(Slash, start, end - start, StringComparison.Ordinal);
            if (slash <= start)
            {
                return false;
            }

            var space = text.LastIndexOf(' ', slash - 1, slash - start);
            var numberStart = space < 0 ? start : space + 1;
            var numberLength = slash - numberStart;
            if (numberLength == 0 || numberLength > 3 || !AllDigits(text, numberStart, slash) || numberStart - start < 3)
            {
                return false;
            }

            // The names before the number, trimmed: "Name Name", an odd length with the middle a space.
            var (namesStart, namesEnd) = TextUtil.TrimRange(text, start, numberStart - 1);
            var length = namesEnd - namesStart;
            if (length % 2 == 0)
            {
                return false;
            }

            var half = length / 2;
            var secondStart = namesStart + half + 1;
            if (text[namesStart + half] != ' '
                || string.Compare(text, namesStart, text, secondStart, half, StringComparison.OrdinalIgnoreCase) != 0
                || TextUtil.IsWhiteSpace(text, namesStart, namesStart + half))
            {
                return false;
            }

            var (titleStart, titleEnd) = TextUtil.TrimRange(text, slash + Slash.Length, end);
            header = new CardHeader(secondStart, namesEnd, titleStart, titleEnd);
            return titleEnd > titleStart;
        }

        private static bool AllDigits(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!char.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
