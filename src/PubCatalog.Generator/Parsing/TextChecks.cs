using System.Globalization;
using System.Text;
using PubCatalog.Generator.Diagnostics;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>Checks on a whole file's text before it is parsed: damaged UTF-8, and files with nothing in them.</summary>
    internal static class TextChecks
    {
        /// <summary>
        /// Bytes that are not valid UTF-8 reach us as U+FFFD (see <see cref="PageText"/>). The first one's byte offset in its line is
        /// exact: the text before it is valid, so its UTF-8 length is the number of bytes before the bad ones. A U+FFFD written on purpose is reported too: it is damage all the same.
        /// </summary>
        public static void CheckUtf8(string rawText, string displayPath, ParseContext context)
        {
            var first = rawText.IndexOf('\uFFFD');
            if (first < 0)
            {
                return;
            }

            var count = 0;
            for (var i = first; i < rawText.Length; i++)
            {
                if (rawText[i] == '\uFFFD')
                {
                    count++;
                }
            }

            // Line and column as SourceLines counts them: CRLF, CR and LF each end a line; a leading BOM takes no column.
            var line = 0;
            var lineStart = rawText.Length > 0 && rawText[0] == '\uFEFF' ? 1 : 0;
            for (var i = 0; i < first; i++)
            {
                if (rawText[i] == '\n' || (rawText[i] == '\r' && (i + 1 >= rawText.Length || rawText[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // The offset is counted from the start of the line, so CRLF or LF and a BOM give the same diagnostic.
            var offset = new UTF8Encoding(false).GetByteCount(rawText.Substring(lineStart, first - lineStart));
            var more = count > 1 ? " (and " + (count - 1).ToString(CultureInfo.InvariantCulture) + " more in the file)" : "";
            context.Report(DiagnosticDescriptors.InvalidUtf8, context.At(line, first - lineStart, 1), displayPath,
                (line + 1).ToString(CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture), more);
        }

        /// <summary>Reports a file with no text, or nothing but front matter. True when there is nothing else to read.</summary>
        public static bool CheckEmpty(SourceLines source, string displayPath, ParseContext context)
        {
            var text = source.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                context.Report(DiagnosticDescriptors.EmptyFile, context.At(0, 0), displayPath, "");
                return true;
            }

            if (!text.StartsWith("---", System.StringComparison.Ordinal) || source.GetLine(0).TrimEnd() != "---")
            {
                return false;
            }

            for (var line = 1; line < source.LineCount; line++)
            {
                var trimmed = source.GetLine(line).TrimEnd();
                if (trimmed == "---" || trimmed == "...")
                {
                    var rest = line + 1 < source.LineCount ? text.Substring(source.LineStart(line + 1)) : "";
                    if (string.IsNullOrWhiteSpace(rest))
                    {
                        context.Report(DiagnosticDescriptors.EmptyFile, context.At(0, 0), displayPath, " apart from its front matter");
                        return true;
                    }

                    return false;
                }
            }

            return false;
        }
    }
}
