using System.Globalization;
using System.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// The one routine through which text from a page reaches generated C#: string literals and XML doc comments.
    /// Quotes, backslashes, line breaks, control characters, lone surrogates and the Unicode bidi controls
    /// ("Trojan Source") are escaped, never written raw.
    /// </summary>
    internal static class CSharpLiteral
    {
        /// <summary>A regular C# string literal, or <c>null</c>.</summary>
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            AppendString(builder, value);
            return builder.ToString();
        }

        /// <summary><see cref="String"/> of a non-null value, written to <paramref name="builder"/>.</summary>
        public static void AppendString(StringBuilder builder, string value)
        {
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
                {
                    // Printable ASCII, the bulk of every catalog: no escape and no Unicode table look-up.
                    builder.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (MustEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }

        /// <summary>Whether every character may stand raw in a verbatim literal (<see cref="SourceWriter.AppendData(System.ReadOnlySpan{char})"/>).</summary>
        public static bool CanBeVerbatim(string value) => CanBeVerbatim(System.MemoryExtensions.AsSpan(value));

        /// <inheritdoc cref="CanBeVerbatim(string)"/>
        public static bool CanBeVerbatim(System.ReadOnlySpan<char> value)
        {
            // Printable ASCII (most data) is passed over a vector at a time.
            for (var i = Parsing.TextUtil.FirstOutsideRange(value, ' ', '\u007E'); i < value.Length; i++)
            {
                var c = value[i];
                if (c >= ' ' && c < '\u007F')
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                if (MustEscape(c) || c == '\u0085')
                {
                    return false;
                }
            }

            return true;
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string NullableInt(int? value) => value is int v ? Int(v) : "null";

        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary>Text for an XML doc comment line: markup-escaped, on one line, with no raw control or bidi characters.</summary>
        public static string DocText(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c > ' ' && c < '\u007F' && c != '&' && c != '<' && c != '>')
                {
                    builder.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (char.IsControl(c) || char.IsWhiteSpace(c))
                        {
                            builder.Append(' ');
                        }
                        else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            // Not allowed in XML even as a character reference.
                            builder.Append('\uFFFD');
                        }
                        else if (MustEscape(c))
                        {
                            // Valid XML, shown by IntelliSense as the character, but never a raw bidi control in the source.
                            builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>Controls, lone surrogates, line and paragraph separators, bidi controls and other invisible format characters.</summary>
        private static bool MustEscape(char c)
        {
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')
            {
                return true;
            }

            return c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
        }
    }
}
