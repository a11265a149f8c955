namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Where an inline HTML tag of the plain kinds pages use ends: <c>&lt;/span&gt;</c>, <c>&lt;br/&gt;</c>,
    /// <c>&lt;span style="…"&gt;</c>, <c>&lt;a href="…" target=_blank&gt;</c>, on one line, with spaces between the
    /// attributes. It finds them without Markdig's tag parser, which copies each tag into a string of its own (5% of what
    /// reading the 2,000-entry pages allocated). It accepts a subset of what CommonMark calls an open or closing tag, and
    /// wherever it accepts one, Markdig's parser accepts the same characters (a property test compares the two); anything
    /// else (tabs or line breaks inside the tag, comments, declarations, odd attribute names) is left to Markdig.
    /// </summary>
    internal static class HtmlTagExtent
    {
        /// <summary>The offset just past the tag starting with the <c>&lt;</c> at <paramref name="start"/>, or -1 when it is not a plain tag ending before <paramref name="end"/>.</summary>
        public static int Find(string text, int start, int end)
        {
            var i = start + 1;
            var closing = i < end && text[i] == '/';
            if (closing)
            {
                i++;
            }

            // The tag name: an ASCII letter, then letters, digits and hyphens.
            if (i >= end || !IsLetter(text[i]))
            {
                return -1;
            }

            i++;
            while (i < end && (IsLetter(text[i]) || IsDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (closing)
            {
                i = SkipSpaces(text, i, end);
                return i < end && text[i] == '>' ? i + 1 : -1;
            }

            while (true)
            {
                var afterSpaces = SkipSpaces(text, i, end);
                if (afterSpaces >= end)
                {
                    return -1;
                }

                var c = text[afterSpaces];
                if (c == '>')
                {
                    return afterSpaces + 1;
                }

                if (c == '/')
                {
                    return afterSpaces + 1 < end && text[afterSpaces + 1] == '>' ? afterSpaces + 2 : -1;
                }

                // An attribute needs a space before it.
                if (afterSpaces == i || !IsAttributeNameStart(c))
                {
                    return -1;
                }

                i = afterSpaces + 1;
                while (i < end && IsAttributeNameChar(text[i]))
                {
                    i++;
                }

                var beforeValue = SkipSpaces(text, i, end);
                if (beforeValue < end && text[beforeValue] == '=')
                {
                    i = ValueEnd(text, SkipSpaces(text, beforeValue + 1, end), end);
                    if (i < 0)
                    {
                        return -1;
                    }
                }
            }
        }

        /// <summary>Just past an attribute's value at <paramref name="i"/>: quoted, or a run of characters that need no quotes; -1 if none.</summary>
        private static int ValueEnd(string text, int i, int end)
        {
            if (i >= end)
            {
                return -1;
            }

            var quote = text[i];
            if (quote == '"' || quote == '\'')
            {
                for (var j = i + 1; j < end; j++)
                {
                    if (text[j] == quote)
                    {
                        return j + 1;
                    }

                    if (text[j] == '\n' || text[j] == '\r')
                    {
                        return -1;
                    }
                }

                return -1;
            }

            var start = i;
            while (i < end && IsUnquotedValueChar(text[i]))
            {
                i++;
            }

            return i > start ? i : -1;
        }

        private static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            return i;
        }

        private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsAttributeNameStart(char c) => IsLetter(c) || c == '_' || c == ':';

        private static bool IsAttributeNameChar(char c) => IsAttributeNameStart(c) || IsDigit(c) || c == '.' || c == '-';

        /// <summary>Printable ASCII that may stand unquoted (not a space, quote, <c>=</c>, <c>&lt;</c>, <c>&gt;</c> or backtick).</summary>
        private static bool IsUnquotedValueChar(char c) =>
            c > ' ' && c < '\u007F' && c != '"' && c != '\'' && c != '=' && c != '<' && c != '>' && c != '`';
    }
}
