using System.Globalization;
using System.Text;
using PubCatalog.Generator.Diagnostics;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Keeps Markdig's work linear. Markdig's inline parser is quadratic in the number of unmatched openers in one
    /// paragraph (<c>[a](</c>, <c>[</c> or <c>*a</c> repeated thousands of times) and throws when blocks or inlines nest
    /// too deeply. A paragraph with more openers than any publication entry has is blanked out (same length, line
    /// breaks kept, so every offset stays right) and reported as PUB0016; the rest of the page is read as usual.
    /// </summary>
    internal static class MarkupLimits
    {
        /// <summary>More '[' or more emphasis delimiters than this in one paragraph is not a publication entry.</summary>
        public const int MaxOpenersPerParagraph = 2000;

        /// <summary>'[' and the emphasis delimiters: five characters, so IndexOfAny stays vectorized.</summary>
        private static readonly char[] Markers = { '[', '*', '_', '~', '^' };

        public static string Guard(SourceLines source, ParseContext context)
        {
            var text = source.Text;
            StringBuilder? guarded = null;
            var start = 0;
            var nextLine = 0;
            while (start < text.Length)
            {
                var end = ParagraphEnd(source, ref nextLine);
                var brackets = 0;
                var delimiters = 0;
                // Jump from marker to marker (IndexOfAny is vectorized): most of a paragraph is plain text. A paragraph
                // no longer than the limit cannot hold more markers than that: it is not searched at all.
                var marker = end - start > MaxOpenersPerParagraph ? text.IndexOfAny(Markers, start, end - start) : -1;
                while (marker >= 0)
                {
                    if (text[marker] == '[')
                    {
                        brackets++;
                    }
                    else
                    {
                        delimiters++;
                    }

                    marker = marker + 1 < end ? text.IndexOfAny(Markers, marker + 1, end - marker - 1) : -1;
                }

                if (brackets > MaxOpenersPerParagraph || delimiters > MaxOpenersPerParagraph)
                {
                    guarded ??= new StringBuilder(text);
                    for (var i = start; i < end; i++)
                    {
                        if (text[i] != '\n')
                        {
                            guarded[i] = ' ';
                        }
                    }

                    var (line, column) = source.Position(start);
                    context.Report(DiagnosticDescriptors.MarkupTooComplex, context.At(line, column, 1),
                        // The paragraph's lines up to its last character (its blank line's break): `end` is the next one's start.
                        (source.Position(end - 1).Line - line + 1).ToString(CultureInfo.InvariantCulture),
                        "it has more than " + MaxOpenersPerParagraph.ToString(CultureInfo.InvariantCulture) + (brackets > MaxOpenersPerParagraph ? " '[' characters" : " emphasis markers"));
                }

                start = end;
            }

            return guarded?.ToString() ?? text;
        }

        /// <summary>
        /// The end of the paragraph that starts at line <paramref name="line"/>: just after the next blank (or
        /// whitespace-only) line, or the end of the text; <paramref name="line"/> moves on to the line after it. Read
        /// from the lines' starts, which are already known, rather than by searching for each line break again.
        /// </summary>
        private static int ParagraphEnd(SourceLines source, ref int line)
        {
            for (var next = line + 1; next < source.LineCount; next++)
            {
                if (IsBlank(source, next))
                {
                    line = next + 1;
                    return line < source.LineCount ? source.LineStart(line) : source.Text.Length;
                }
            }

            line = source.LineCount;
            return source.Text.Length;
        }

        private static bool IsBlank(SourceLines source, int line)
        {
            var text = source.Text;
            for (var i = source.LineStart(line); i < source.LineEnd(line); i++)
            {
                if (text[i] != ' ' && text[i] != '\t')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
