namespace PubCatalog.Generator.Parsing
{
    /// <summary>Finds years in venue text, headings and arXiv identifiers, without regular expressions.</summary>
    internal static class YearText
    {
        public const int MinYear = 1900;
        public const int MaxYear = 2099;

        /// <summary>A heading or bold line that is just a year: <c>2025</c>.</summary>
        public static bool TryParseStandaloneYear(string text, out int year)
        {
            text = text.Trim();
            year = 0;
            return text.Length == 4 && TryReadYear(text, 0, out year);
        }

        /// <summary>The last stand-alone four-digit year in the text (<c>Santa Clara, April 16–18, 2024</c> → 2024), with its index.</summary>
        public static bool TryFindLastYear(string text, out int year, out int index)
        {
            for (var i = text.Length - 4; i >= 0; i--)
            {
                if (IsBoundary(text, i - 1) && IsBoundary(text, i + 4) && TryReadYear(text, i, out year))
                {
                    index = i;
                    return true;
                }
            }

            year = 0;
            index = -1;
            return false;
        }

        /// <summary>An arXiv identifier in a URL (<c>arxiv.org/abs/2504.17307</c> → 2025).</summary>
        public static bool TryFromArxivUrl(string url, out int year)
        {
            year = 0;
            var at = url.IndexOf("arxiv.org/", System.StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var slash = url.IndexOf('/', at + "arxiv.org/".Length);
            if (slash < 0 || slash + 5 > url.Length)
            {
                return false;
            }

            var id = url.Substring(slash + 1);
            if (id.Length >= 9 && char.IsDigit(id[0]) && char.IsDigit(id[1]) && char.IsDigit(id[2]) && char.IsDigit(id[3]) && id[4] == '.')
            {
                var yy = ((id[0] - '0') * 10) + (id[1] - '0');
                var mm = ((id[2] - '0') * 10) + (id[3] - '0');
                if (mm >= 1 && mm <= 12 && yy >= 7)
                {
                    year = 2000 + yy;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A stand-alone four-digit year starts at this index.</summary>
        public static bool IsYearAt(string text, int index) =>
            IsBoundary(text, index - 1) && IsBoundary(text, index + 4) && TryReadYear(text, index, out _);

        private static bool TryReadYear(string text, int start, out int year)
        {
            year = 0;
            for (var i = start; i < start + 4; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                year = (year * 10) + (c - '0');
            }

            return year >= MinYear && year <= MaxYear;
        }

        private static bool IsBoundary(string text, int index) =>
            index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
    }
}
