using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads the commonest author lines of <see cref="DirectStackedReader"/>'s paragraphs in place, in the page's text:
    /// names between commas and semicolons, each plain or in bold (<c>**Self Name**</c>) and perhaps followed by escaped
    /// marks (<c>\*</c>), a name being words of letters, periods, hyphens and apostrophes with single spaces. For such a
    /// line, what <see cref="AuthorListReader"/> would make of the inline scanner's line follows from the form: whether it
    /// reads as an author line, and each name with its marks and position. So the line needs no logical line, no
    /// segments, no plain text and no second reading; about a tenth of a run went to those for the stacked pages.
    /// A line in any other form is <see cref="Form.Other"/>, and the direct reader makes its logical line as before.
    /// The card reader reads its author lines, raw text, the same way (<see cref="TryReadPlain"/>).
    /// </summary>
    /// <remarks>
    /// What the form decides, against <see cref="AuthorListReader"/>:
    /// <list type="bullet">
    /// <item>Its author-line test: each part is a name once trimmed (no digit or sentence mark; 1–7 words; at most 60
    /// characters without its trailing periods, which the test trims), so the line is one when it has two names, or one
    /// in bold.</item>
    /// <item>A name is its words (the marks and spaces after it cut off), in bold when written so, with equal
    /// contribution when marked. No word is "and" in any case, so no name is split at a final "and".</item>
    /// <item>A name's column is where its text starts, less one after an escaped mark on the line until the next bold
    /// name: the inline scanner starts the literal after an escape at the backslash, and the reader counts a name's
    /// column from its literal's.</item>
    /// </list>
    /// <c>DirectStackedReaderEquivalenceTests</c> compares every such line's names with the reader's, and
    /// <c>CardInPlaceEquivalenceTests</c> the cards read both ways.
    /// </remarks>
    internal static class DirectAuthorLine
    {
        /// <summary>What a line read here is.</summary>
        public enum Form
        {
            /// <summary>Not in the form read here: its logical line is made and read as before.</summary>
            Other,

            /// <summary>In the form, and not an author line (one plain name): the paragraph is not read directly.</summary>
            NotAuthors,

            /// <summary>In the form, and an author line: <see cref="Read"/> reads its names.</summary>
            Authors,
        }

        /// <summary>
        /// What the line is; for <see cref="Form.Authors"/>, its names are added to <paramref name="names"/>, empty (else what was
        /// added is to be dropped). Nothing else is changed.
        /// </summary>
        public static Form Check(LineText line, List<DirectName> names) => Scan(line, line.Start, markdown: true, names);

        /// <summary>
        /// Reads an author line of raw text (a card's, characters <paramref name="start"/> to <paramref name="end"/> of
        /// line <paramref name="lineIndex"/>, which starts at <paramref name="lineStart"/>) in place, as the reader reads it
        /// as one plain segment: no escapes and no bold there, and a mark is a plain <c>*</c>. False, with nothing added,
        /// when the line is not in the form.
        /// </summary>
        public static bool TryReadPlain(string text, int start, int end, int lineIndex, int lineStart, ParseContext context, List<(AuthorModel Author, int Line, int Column)> authors)
        {
            var (trimmedStart, trimmedEnd) = TextUtil.TrimRange(text, start, end);
            var line = new LineText(text, trimmedStart, trimmedEnd, lineIndex);
            var names = s_plainNames ??= new List<DirectName>(16);
            names.Clear();
            if (trimmedStart == trimmedEnd || Scan(line, lineStart, markdown: false, names) == Form.Other)
            {
                return false;
            }

            Read(line, names, context, authors);
            names.Clear();
            return true;
        }

        [System.ThreadStatic]
        private static List<DirectName>? s_plainNames;

        /// <param name="lineStart">Where the line's column 0 is.</param>
        /// <param name="markdown">
        /// Whether the line is Markdown (escaped marks, bold names), or raw text whose marks are plain <c>*</c>.
        /// </param>
        private static Form Scan(LineText line, int lineStart, bool markdown, List<DirectName> names)
        {
            var text = line.Text;
            var end = line.End;
            var p = line.Start;
            var anyBold = false;
            // 1 from an escaped mark to the next bold name: the literal the scanner starts at the backslash.
            var columnShift = 0;
            while (true)
            {
                int nameStart;
                int nameEnd;
                int column;
                var bold = markdown && p + 1 < end && text[p] == '*' && text[p + 1] == '*';
                if (bold)
                {
                    // As the scanner pairs the runs: opened at the line's start or after a space or comma, closed on a
                    // letter and followed by the end, a space, a comma or an escape.
                    if (p > line.Start && text[p - 1] != ' ' && text[p - 1] != ',')
                    {
                        return Form.Other;
                    }

                    nameStart = p + 2;
                    nameEnd = NameEnd(text, nameStart, end, out var words);
                    if (nameEnd == nameStart || !HasNameSize(text, nameStart, nameEnd, words) || !char.IsLetter(text[nameEnd - 1])
                        || nameEnd + 1 >= end || text[nameEnd] != '*' || text[nameEnd + 1] != '*')
                    {
                        return Form.Other;
                    }

                    p = nameEnd + 2;
                    if (p < end && text[p] != ' ' && text[p] != ',' && text[p] != '\\')
                    {
                        return Form.Other;
                    }

                    column = nameStart - lineStart;
                    columnShift = 0;
                    anyBold = true;
                }
                else
                {
                    nameStart = p;
                    nameEnd = NameEnd(text, nameStart, end, out var words);
                    if (nameEnd == nameStart || !HasNameSize(text, nameStart, nameEnd, words))
                    {
                        return Form.Other;
                    }

                    p = nameEnd;
                    column = nameStart - lineStart - columnShift;
                }

                // Marks, right after the name or after one space: escaped in Markdown, plain in raw text.
                var markStart = markdown ? '\\' : '*';
                var marks = p + 1 < end && text[p] == ' ' && text[p + 1] == markStart ? p + 1 : p;
                var equal = false;
                while (markdown ? marks + 1 < end && text[marks] == '\\' && text[marks + 1] == '*' : marks < end && text[marks] == '*')
                {
                    equal = true;
                    columnShift = markdown ? 1 : 0;
                    marks += markdown ? 2 : 1;
                }

                if (equal)
                {
                    p = marks;
                }

                names.Add(new DirectName(nameStart, nameEnd, column, bold, equal));
                if (p == end)
                {
                    break;
                }

                // A separator, then perhaps one space, then the next name.
                if (text[p] != ',' && text[p] != ';')
                {
                    return Form.Other;
                }

                p++;
                if (p < end && text[p] == ' ')
                {
                    p++;
                }

                if (p == end)
                {
                    return Form.Other;
                }
            }

            return names.Count >= 2 || anyBold ? Form.Authors : Form.NotAuthors;
        }

        /// <summary>Adds the authors of a line <see cref="Check"/> found to be <see cref="Form.Authors"/>, as the reader would.</summary>
        public static void Read(LineText line, List<DirectName> names, ParseContext context, List<(AuthorModel Author, int Line, int Column)> authors)
        {
            foreach (var name in names)
            {
                var author = context.Authors.Get(System.MemoryExtensions.AsSpan(line.Text, name.Start, name.End - name.Start), name.Bold, name.Equal);
                authors.Add((author, line.LineIndex, name.Column));
            }
        }

        /// <summary>
        /// Where the name from <paramref name="start"/> ends: words that start with a letter and go on with letters,
        /// periods, hyphens and apostrophes, one space between them; <paramref name="start"/> itself when the name is not
        /// in that form, or has a word "and".
        /// </summary>
        private static int NameEnd(string text, int start, int end, out int words)
        {
            words = 0;
            var p = start;
            while (p < end && char.IsLetter(text[p]))
            {
                var wordStart = p;
                p++;
                while (p < end && IsInWord(text[p]))
                {
                    p++;
                }

                if (p - wordStart == 3 && (text[wordStart] | 0x20) == 'a' && (text[wordStart + 1] | 0x20) == 'n' && (text[wordStart + 2] | 0x20) == 'd')
                {
                    return start;
                }

                words++;
                // A space goes with the name only when another word follows it.
                if (p + 1 < end && text[p] == ' ' && char.IsLetter(text[p + 1]))
                {
                    p++;
                    continue;
                }

                break;
            }

            return words == 0 ? start : p;
        }

        private static bool IsInWord(char c) =>
            c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '\'' : char.IsLetter(c);

        /// <summary>What the reader's author-line test asks of a name: 1–7 words, at most 60 characters without its trailing periods.</summary>
        private static bool HasNameSize(string text, int start, int end, int words)
        {
            var trimmed = end;
            while (text[trimmed - 1] == '.')
            {
                trimmed--;
            }

            return words <= AuthorListReader.MaxNameWords && trimmed - start <= AuthorListReader.MaxNameLength;
        }
    }

    /// <summary>A name <see cref="DirectAuthorLine"/> found: its text (<paramref name="Start"/>–<paramref name="End"/> of the page), the column the reader gives it, and its marks.</summary>
    internal readonly record struct DirectName(int Start, int End, int Column, bool Bold, bool Equal);
}
