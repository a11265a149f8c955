using System.Collections.Generic;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads an author line: names split at top-level commas (and a final "and"), bold names are the page owner,
    /// <c>*</c>, <c>\*</c>, <c>†</c> or <c>‡</c> after a name (with or without a space) mark equal contribution.
    /// </summary>
    internal static class AuthorListReader
    {
        /// <summary>The most words a part of an author line has to read as a name (shared with <see cref="DirectAuthorLine"/>).</summary>
        internal const int MaxNameWords = 7;

        /// <summary>The most characters a part of an author line has to read as a name, its trailing periods apart.</summary>
        internal const int MaxNameLength = 60;

        /// <summary>The ASCII characters no name has, digits and sentence marks, as bits: all of them are below 64.</summary>
        private const ulong NotInNameMask = (0x3FFUL << '0') | (1UL << ':') | (1UL << '(') | (1UL << ')') | (1UL << '?') | (1UL << '!');

        /// <summary>What separates the names of an author line.</summary>
        private static readonly char[] PartSeparators = { ',', ';' };

        /// <summary>The authors of the line in a list of their own.</summary>
        public static List<(AuthorModel Author, int Line, int Column)> Read(LogicalLine line, ParseContext context)
        {
            var authors = new List<(AuthorModel, int, int)>(CountSeparators(line) + 2);
            Read(line, context, authors);
            return authors;
        }

        /// <summary>Adds the authors of the line to <paramref name="authors"/> (an entry's list, reused from entry to entry).</summary>
        public static void Read(LogicalLine line, ParseContext context, List<(AuthorModel Author, int Line, int Column)> authors)
        {
            var firstAdded = authors.Count;
            // The name is collapsed as it is read (one string per name, not one per step).
            var name = NameBuffer.Acquire();
            var pendingSpace = false;
            var boldChars = 0;
            var plainChars = 0;
            // Where the name's first character is (-1: none yet).
            var firstLine = -1;
            var firstColumn = 0;

            var segments = line.Segments;
            for (var s = 0; s < segments.Count; s++)
            {
                var segment = segments[s];
                var text = segment.Text;
                var bold = (segment.Style & InlineStyle.Bold) != 0;
                var isLink = segment.IsLink;
                var i = 0;
                while (i < text.Length)
                {
                    // A run of ordinary name characters with single spaces between them (a whole name, mostly) is counted
                    // and copied in one step: the spaces are already what collapsing would leave.
                    var end = PlainRunEnd(text, i, isLink, out var spaces);

                    if (end > i)
                    {
                        // A whole name in one run, with nothing read before it and a separator right after it in the
                        // segment (most names): looked up in place, with no copy, marks or trimming to see to.
                        if (firstLine < 0 && end < text.Length && IsSeparator(text[end], isLink) && !StartsWithAnd(text, i, end))
                        {
                            authors.Add((context.Authors.Get(System.MemoryExtensions.AsSpan(text, i, end - i), bold, isEqualContribution: false), segment.Line, segment.Column + i));
                            i = end + 1;
                            pendingSpace = false;
                            continue;
                        }

                        if (firstLine < 0)
                        {
                            firstLine = segment.Line;
                            firstColumn = segment.Column + i;
                        }

                        if (bold)
                        {
                            boldChars += end - i - spaces;
                        }
                        else
                        {
                            plainChars += end - i - spaces;
                        }

                        if (pendingSpace)
                        {
                            name.Append(' ');
                            pendingSpace = false;
                        }

                        name.Append(text, i, end - i);
                        i = end;
                        continue;
                    }

                    var c = text[i++];
                    if (IsSeparator(c, isLink))
                    {
                        AddName(authors, name, boldChars, plainChars, firstLine, firstColumn, context);
                        pendingSpace = false;
                        boldChars = 0;
                        plainChars = 0;
                        firstLine = -1;
                        continue;
                    }

                    var isWhiteSpace = char.IsWhiteSpace(c);
                    if (firstLine < 0 && !isWhiteSpace)
                    {
                        firstLine = segment.Line;
                        firstColumn = segment.Column + i - 1;
                    }

                    if (!isWhiteSpace && !IsEqualMark(c))
                    {
                        if (bold)
                        {
                            boldChars++;
                        }
                        else
                        {
                            plainChars++;
                        }
                    }

                    // What TextUtil.CollapseWhitespace would make of the name.
                    if (isWhiteSpace || TextUtil.IsCollapsible(c))
                    {
                        pendingSpace = name.Length > 0;
                    }
                    else
                    {
                        if (pendingSpace)
                        {
                            name.Append(' ');
                            pendingSpace = false;
                        }

                        name.Append(c);
                    }
                }
            }

            AddName(authors, name, boldChars, plainChars, firstLine, firstColumn, context);
            NameBuffer.Release(name);
            SplitFinalAnd(authors, firstAdded);
        }

        /// <summary>
        /// Adds the name read so far (if any) and clears the buffer. A method of its own rather than a local function,
        /// so the reading loop's counters stay in registers instead of a shared closure.
        /// </summary>
        private static void AddName(List<(AuthorModel, int, int)> authors, NameBuffer name, int boldChars, int plainChars, int firstLine, int firstColumn, ParseContext context)
        {
            // Equal-contribution marks are cut off in the buffer, so the name is copied out once.
            var equal = false;
            var end = name.Length;
            while (end > 0 && (IsEqualMark(name[end - 1]) || char.IsWhiteSpace(name[end - 1])))
            {
                equal |= IsEqualMark(name[end - 1]);
                end--;
            }

            // A leading "and " and the whitespace around the name are left out in place, before anything is copied.
            var start = StartsWithAnd(name, end) ? 4 : 0;
            while (start < end && char.IsWhiteSpace(name[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(name[end - 1]))
            {
                end--;
            }

            if (end > start && firstLine >= 0)
            {
                authors.Add((context.Authors.Get(name, start, end, bold: boldChars > plainChars, equal), firstLine, firstColumn));
            }

            name.Clear();
        }

        /// <summary>True when the line reads as a list of names rather than a title or a venue.</summary>
        public static bool LooksLikeAuthorLine(LogicalLine line) =>
            line.LooksLikeAuthorLine ??= ComputeLooksLikeAuthorLine(line);

        private static bool ComputeLooksLikeAuthorLine(LogicalLine line)
        {
            var text = line.PlainText;
            if (text.Length == 0 || line.IsAll(InlineStyle.Span) || line.IsAll(InlineStyle.Italic))
            {
                return false;
            }

            // A line with no ',' or ';' is one part, one name at most, which reads as an author line only when bold (the
            // test at the end): most titles, venues and link rows are told apart here by one vectorized search.
            if (text.IndexOfAny(PartSeparators) < 0 && !HasBold(line))
            {
                return false;
            }

            // The parts between ',' and ';', each read in place (no Split, Trim or Substring per part).
            var names = 0;
            var partStart = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                // On to the next ',' or ';' (or the end): the part in between is read below. A loop, not IndexOfAny:
                // a part is a name, too short for a vectorized search to make up for its call. A character no name has
                // ends the test here: it is none of what is trimmed off a part below, so its part would not read as a name.
                i = PartEnd(text, i);
                if (i < 0)
                {
                    return false;
                }

                // part.Trim().TrimEnd(NameEnd), then a leading "and " dropped.
                var start = partStart;
                var end = i;
                partStart = i + 1;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                while (end > start && IsNameEnd(text[end - 1]))
                {
                    end--;
                }

                if (StartsWithAnd(text, start, end))
                {
                    start += 4;
                }

                if (end == start)
                {
                    continue;
                }

                if (!HasNameShape(text, start, end))
                {
                    return false;
                }

                names++;
            }

            return names >= 2 || (names == 1 && HasBold(line));
        }

        public static bool LooksLikeName(string name) => LooksLikeName(name, 0, name.Length);

        /// <summary>The characters <paramref name="start"/> to <paramref name="end"/> read as a name: 1–7 words, no digits or sentence marks, a letter first.</summary>
        private static bool LooksLikeName(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (IsNotInName(text[i]))
                {
                    return false;
                }
            }

            return HasNameShape(text, start, end);
        }

        /// <summary>
        /// The characters <paramref name="start"/> to <paramref name="end"/> have a name's shape: at most
        /// <see cref="MaxNameLength"/> characters, 1–7 words, a letter first (what they hold is tested apart).
        /// </summary>
        private static bool HasNameShape(string text, int start, int end)
        {
            if (end - start > MaxNameLength)
            {
                return false;
            }

            // Words are runs of non-space characters (what Split(' ', RemoveEmptyEntries) gives), counted where one starts:
            // without a branch on each character, which a name's spaces would send the wrong way every few letters.
            var first = start;
            while (first < end && text[first] == ' ')
            {
                first++;
            }

            var words = 0;
            var afterSpace = 1;
            for (var i = first; i < end; i++)
            {
                var isSpace = text[i] == ' ' ? 1 : 0;
                words += afterSpace & (isSpace ^ 1);
                afterSpace = isSpace;
            }

            return words > 0 && words <= MaxNameWords && char.IsLetter(text[first]);
        }

        /// <summary>
        /// Where the part of an author line from <paramref name="start"/> ends (its ',' or ';', or the line's end), or -1
        /// when a character no name has comes first. ASCII is classed by a table, so the loop has one branch that is
        /// almost never taken, rather than one that a name's spaces and letters send different ways.
        /// </summary>
        private static int PartEnd(string text, int start)
        {
            var kinds = AsciiPartKinds;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                var kind = c < 128 ? kinds[c] : IsNotInName(c) ? NotInNameKind : (byte)0;
                if (kind != 0)
                {
                    return kind == SeparatorKind ? i : -1;
                }
            }

            return text.Length;
        }

        private const byte SeparatorKind = 1;
        private const byte NotInNameKind = 2;

        /// <summary>For ASCII: <see cref="SeparatorKind"/> for ',' and ';', <see cref="NotInNameKind"/> for what <see cref="IsNotInName"/> rejects, else 0.</summary>
        private static readonly byte[] AsciiPartKinds = AsciiTable(c => c == ',' || c == ';' ? SeparatorKind : IsNotInName(c) ? NotInNameKind : (byte)0);

        /// <summary>A digit or a sentence mark: a character no name has.</summary>
        private static bool IsNotInName(char c) =>
            c < 64 ? ((1UL << c) & NotInNameMask) != 0 : c >= 128 && char.IsDigit(c);

        private static bool HasBold(LogicalLine line)
        {
            for (var i = 0; i < line.Segments.Count; i++)
            {
                var segment = line.Segments[i];
                if ((segment.Style & InlineStyle.Bold) != 0 && !string.IsNullOrWhiteSpace(segment.Text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The characters that end a name: the list holds at most one more name than these.</summary>
        private static int CountSeparators(LogicalLine line)
        {
            var count = 0;
            for (var s = 0; s < line.Segments.Count; s++)
            {
                foreach (var c in line.Segments[s].Text)
                {
                    if (c == ',' || c == ';' || c == '&')
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        /// <summary>What ends a name: a comma, a semicolon, or an ampersand outside a link.</summary>
        private static bool IsSeparator(char c, bool inLink) => c == ',' || c == ';' || (c == '&' && !inLink);

        private static bool IsEqualMark(char c) => c == '*' || c == '†' || c == '‡';

        /// <summary>What is trimmed off the end of a part before it is judged a name: marks, spaces and a period.</summary>
        private static bool IsNameEnd(char c) => IsEqualMark(c) || c == ' ' || c == '.';

        /// <summary>The characters <paramref name="start"/> to <paramref name="end"/> start with "and " in any case.</summary>
        private static bool StartsWithAnd(string text, int start, int end) =>
            // Setting bit 0x20 lower-cases an ASCII letter, and only 'A' and 'a' become 'a' (so for 'n' and 'd').
            end - start >= 4 && (text[start] | 0x20) == 'a' && (text[start + 1] | 0x20) == 'n' && (text[start + 2] | 0x20) == 'd' && text[start + 3] == ' ';

        /// <summary>
        /// Where the run of plain name characters from <paramref name="start"/> ends, single spaces between them included
        /// (counted in <paramref name="spaces"/>): what collapsing would leave as it is.
        /// </summary>
        private static int PlainRunEnd(string text, int start, bool inLink, out int spaces)
        {
            // Printable ASCII by a table (AsciiNameKinds); the rest by IsPlainNameChar.
            var kinds = AsciiNameKinds;
            var ampersand = inLink ? AmpersandKind : PlainKind;
            var end = start;
            var length = text.Length;
            spaces = 0;
            while (end < length)
            {
                var c = text[end];
                if (c < 128)
                {
                    var kind = kinds[c];
                    if (kind == PlainKind || kind == ampersand)
                    {
                        end++;
                        continue;
                    }

                    if (kind == SpaceKind && end > start && end + 1 < length && IsPlainNameChar(text[end + 1], inLink))
                    {
                        spaces++;
                        end += 2;
                        continue;
                    }

                    break;
                }

                if (!IsPlainNameChar(c, inLink))
                {
                    break;
                }

                end++;
            }

            return end;
        }

        private const byte PlainKind = 1;
        private const byte SpaceKind = 2;
        private const byte AmpersandKind = 3;

        /// <summary>
        /// <see cref="IsPlainNameChar"/> for ASCII, by table: <see cref="PlainKind"/> a name character, <see cref="SpaceKind"/>
        /// a space, <see cref="AmpersandKind"/> '&amp;' (a name character inside a link only), 0 anything else.
        /// </summary>
        private static readonly byte[] AsciiNameKinds = AsciiTable(c =>
            c == ' ' ? SpaceKind : c == '&' ? AmpersandKind : IsPlainNameChar(c, inLink: false) ? PlainKind : (byte)0);

        /// <summary>A table of the 128 ASCII characters, made from the rule it stands for (so the two cannot differ).</summary>
        private static byte[] AsciiTable(System.Func<char, byte> kind)
        {
            var table = new byte[128];
            for (var c = 0; c < table.Length; c++)
            {
                table[c] = kind((char)c);
            }

            return table;
        }

        /// <summary>
        /// A character that is simply part of a name: not a separator, whitespace, control character or equal-contribution
        /// mark. Printable ASCII is decided without a table lookup.
        /// </summary>
        private static bool IsPlainNameChar(char c, bool inLink)
        {
            if (c > ' ' && c < '\u007F')
            {
                return c != ',' && c != ';' && c != '*' && (c != '&' || inLink);
            }

            return c >= '\u00A0' && !TextUtil.IsCollapsible(c) && c != '†' && c != '‡';
        }

        /// <summary>The first <paramref name="end"/> characters start with "and " in any case (<c>StartsWith("and ", OrdinalIgnoreCase)</c>).</summary>
        private static bool StartsWithAnd(NameBuffer name, int end) =>
            // Setting bit 0x20 lower-cases an ASCII letter, and only 'A' and 'a' become 'a' (so for 'n' and 'd').
            end >= 4 && (name[0] | 0x20) == 'a' && (name[1] | 0x20) == 'n' && (name[2] | 0x20) == 'd' && name[3] == ' ';

        /// <summary>"A, B and C" has no comma before C: split the last name at " and ".</summary>
        /// <summary>The names read are those from <paramref name="firstAdded"/> on.</summary>
        private static void SplitFinalAnd(List<(AuthorModel Author, int Line, int Column)> authors, int firstAdded)
        {
            if (authors.Count == firstAdded)
            {
                return;
            }

            var (last, line, column) = authors[authors.Count - 1];
            var at = last.Name.IndexOf(" and ", System.StringComparison.Ordinal);
            if (at <= 0)
            {
                return;
            }

            var left = last.Name.Substring(0, at).Trim();
            var right = last.Name.Substring(at + 5).Trim();
            if (!LooksLikeName(left) || !LooksLikeName(right))
            {
                return;
            }

            authors[authors.Count - 1] = (last with { Name = left }, line, column);
            authors.Add((last with { Name = right }, line, column));
        }
    }
}
