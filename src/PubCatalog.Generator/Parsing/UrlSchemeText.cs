using System.Globalization;
using System.Text;
using System;
using Markdig.Helpers;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The text a browser would see as a URL's scheme, however the page disguised it: HTML entities decoded (named
    /// ones such as <c>&amp;colon;</c> and <c>&amp;Tab;</c>, numeric ones with or without the <c>;</c>, several times
    /// over for double encoding), percent escapes decoded, and whitespace, controls and invisible characters dropped.
    /// Used only to decide whether a URL is allowed; the URL itself is kept as written. Linear in the URL's length.
    /// </summary>
    internal static class UrlSchemeText
    {
        private const int MaxDecodingRounds = 4;
        private const int MaxEntityLength = 40;

        public static string Reveal(string url)
        {
            var text = url;
            for (var round = 0; round < MaxDecodingRounds; round++)
            {
                var decoded = PercentDecode(DecodeEntities(text));
                if (decoded == text)
                {
                    break;
                }

                text = decoded;
            }

            // Most URLs have nothing to drop: hand them back rather than copy them.
            var keepAll = true;
            foreach (var c in text)
            {
                if (!IsKept(c))
                {
                    keepAll = false;
                    break;
                }
            }

            if (keepAll)
            {
                return text;
            }

            var compact = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (IsKept(c))
                {
                    compact.Append(c);
                }
            }

            return compact.ToString();
        }

        // Printable ASCII (nearly every URL character) is kept without the Unicode lookups.
        private static bool IsKept(char c) =>
            c > ' ' && (c < '\u007F' || (!char.IsControl(c) && !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format));

        private static string DecodeEntities(string text)
        {
            if (text.IndexOf('&') < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '&' && TryEntity(text, i, out var value, out var length))
                {
                    builder.Append(value);
                    i += length;
                }
                else
                {
                    builder.Append(text[i++]);
                }
            }

            return builder.ToString();
        }

        private static bool TryEntity(string text, int at, out string value, out int length)
        {
            value = "";
            length = 0;
            var i = at + 1;
            if (i < text.Length && text[i] == '#')
            {
                // Numeric: browsers accept it without the closing ';'.
                i++;
                var hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
                if (hex)
                {
                    i++;
                }

                var start = i;
                var code = 0L;
                while (i < text.Length && i - start < 10 && (hex ? Uri.IsHexDigit(text[i]) : text[i] >= '0' && text[i] <= '9'))
                {
                    code = (code * (hex ? 16 : 10)) + (hex ? System.Convert.ToInt32(text[i].ToString(), 16) : text[i] - '0');
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                if (i < text.Length && text[i] == ';')
                {
                    i++;
                }

                value = code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) ? char.ConvertFromUtf32((int)code) : "\uFFFD";
                length = i - at;
                return true;
            }

            var nameStart = i;
            while (i < text.Length && i - nameStart < MaxEntityLength && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == nameStart || i >= text.Length || text[i] != ';')
            {
                return false;
            }

            var decoded = EntityHelper.DecodeEntity(text.Substring(nameStart, i - nameStart).AsSpan());
            if (string.IsNullOrEmpty(decoded))
            {
                return false;
            }

            value = decoded!;
            length = i + 1 - at;
            return true;
        }

        private static string PercentDecode(string text)
        {
            if (text.IndexOf('%') < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
                {
                    var b = System.Convert.ToInt32(text.Substring(i + 1, 2), 16);
                    // Only ASCII matters for a scheme; other bytes stay escaped.
                    if (b < 0x80)
                    {
                        builder.Append((char)b);
                        i += 2;
                        continue;
                    }
                }

                builder.Append(text[i]);
            }

            return builder.ToString();
        }
    }
}
