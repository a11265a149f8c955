using System.Collections.Generic;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads the stacked shape's commonest paragraphs (a title, an author line, a venue, rows of links, one line each)
    /// straight from the page's lines: no inline scan, no logical lines for the venue and the links, no citation reader
    /// tried first, no test of each line against each shape. It is a second path to what <see cref="CitationEntryReader"/>
    /// and <see cref="StackedEntryReader"/> make of such a paragraph, and must make exactly the same entry and diagnostics:
    /// it takes a paragraph only when every line is one of a few plain forms whose reading by those readers is known
    /// (<see cref="TryCut"/>), and declines anything else, which the readers then read as before.
    /// </summary>
    /// <remarks>
    /// <see cref="TryCut"/> has no effect on the page (it only reads); <see cref="Read"/> then does what the readers do, in
    /// their order. <c>DirectStackedReaderEquivalenceTests</c> reads every test page both ways and compares the entries
    /// and diagnostics, and the paragraphs' lines with those the inline scanner makes.
    /// </remarks>
    internal static class DirectStackedReader
    {
        /// <summary>The most logical lines a paragraph read here has (a title, authors, a note, a venue, link rows).</summary>
        private const int MaxLines = 8;

        /// <summary>
        /// The paragraph of <paramref name="lineCount"/> source lines from <paramref name="firstLine"/>, cut into what
        /// <see cref="Read"/> needs, or null when it is not in the forms read here. Its title and author lines are made in
        /// <paramref name="store"/>, the page's, and are read until the page is.
        /// </summary>
        public static DirectParagraph? TryCut(SourceLines source, int firstLine, int lineCount, LineStore store)
        {
            if (lineCount < 2 || lineCount > MaxLines)
            {
                return null;
            }

            var cut = store.TakeParagraph();
            if (Cut(source, firstLine, lineCount, store, cut))
            {
                return cut;
            }

            store.ReturnParagraph(cut);
            return null;
        }

        /// <summary>Cuts the paragraph into <paramref name="cut"/> (empty); false when it is not in the forms read here.</summary>
        private static bool Cut(SourceLines source, int firstLine, int lineCount, LineStore store, DirectParagraph cut)
        {
            var text = source.Text;
            // The source lines of a row of links a soft break (a line end with no hard break) carries on, or -1.
            var rowStart = -1;
            var index = 0;
            for (var l = firstLine; l < firstLine + lineCount; l++)
            {
                var lineStart = source.LineStart(l);
                var end = source.LineEnd(l);
                var isLast = l == firstLine + lineCount - 1;
                if (end == lineStart || text[lineStart] == ' ')
                {
                    return false;
                }

                // A logical line ends at a hard break (a backslash, or two spaces or more) or with the paragraph, whose
                // last line's trailing spaces Markdig drops; a line with neither goes on into the next (a soft break),
                // which only a row of links may do here.
                var contentEnd = end;
                var hard = false;
                if (text[end - 1] == '\\' && !isLast)
                {
                    contentEnd = end - 1;
                    hard = true;
                    if (contentEnd == lineStart || text[contentEnd - 1] == '\\' || text[contentEnd - 1] == ' ')
                    {
                        return false;
                    }
                }
                else if (text[end - 1] == ' ')
                {
                    while (contentEnd > lineStart && text[contentEnd - 1] == ' ')
                    {
                        contentEnd--;
                    }

                    hard = end - contentEnd >= 2;
                    if (contentEnd == lineStart || text[contentEnd - 1] == '\\' || (!hard && !isLast))
                    {
                        return false;
                    }
                }

                var softBreak = !hard && !isLast;
                if (softBreak || rowStart >= 0)
                {
                    // Part of a row of links over several lines: read as a whole once it ends.
                    if (index < 2)
                    {
                        return false;
                    }

                    if (rowStart < 0)
                    {
                        rowStart = l;
                    }

                    if (softBreak)
                    {
                        continue;
                    }

                    if (!cut.AddLinkRow(source, rowStart, l, contentEnd))
                    {
                        return false;
                    }

                    rowStart = -1;
                    index++;
                    continue;
                }

                // Trailing spaces after the paragraph's last line are whitespace the readers trim; not after its title or authors.
                if (isLast && contentEnd < end && index < 2)
                {
                    return false;
                }

                var line = new LineText(text, lineStart, contentEnd, l);
                if (index == 0)
                {
                    var title = TitleLine(line, store);
                    if (title is null)
                    {
                        return false;
                    }

                    cut.Title = title;
                }
                else if (index == 1)
                {
                    // The commonest author lines are read in place; any other is made into a logical line, as the scanner would.
                    var form = DirectAuthorLine.Check(line, cut.Names);
                    if (form == DirectAuthorLine.Form.Authors)
                    {
                        cut.AuthorText = line;
                    }
                    else if (form == DirectAuthorLine.Form.NotAuthors)
                    {
                        return false;
                    }
                    else
                    {
                        cut.Names.Clear();
                        cut.Authors = AuthorLine(line, store);
                        if (cut.Authors is null || !AuthorListReader.LooksLikeAuthorLine(cut.Authors))
                        {
                            return false;
                        }
                    }
                }
                else if (!cut.AddExtraLine(line))
                {
                    return false;
                }

                index++;
            }

            return true;
        }

        /// <summary>Reads the entry of a paragraph <see cref="TryCut"/> took, as the citation and stacked readers would.</summary>
        public static void Read(DirectParagraph cut, EntryBlock block, ParseContext context, List<PublicationModel> entries)
        {
            var entry = context.StartEntry();
            entry.TitleLine = cut.Title;
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(cut.Title!);
            entry.ShortName = TitleReader.ShortName(entry.Title);
            if (entry.Title.Length == 0)
            {
                context.Report(DiagnosticDescriptors.MissingTitle, context.At(cut.Title!), StackedEntryReader.Preview(cut.Title!.ToString()));
                return;
            }

            if (cut.AuthorText is { } authorText)
            {
                DirectAuthorLine.Read(authorText, cut.Names, context, entry.Authors);
            }
            else
            {
                AuthorListReader.Read(cut.Authors!, context, entry.Authors);
            }
            if (entry.Authors.Count == 0)
            {
                context.Report(DiagnosticDescriptors.MissingAuthors, context.At(cut.Title!), entry.Title);
                return;
            }

            foreach (var extra in cut.Extras)
            {
                if (extra.LinkCount > 0)
                {
                    for (var i = extra.FirstLink; i < extra.FirstLink + extra.LinkCount; i++)
                    {
                        var link = cut.Links[i];
                        LinkReader.ReadLink(link.Label, link.Url, (link.StartLine, link.StartColumn), (link.LabelLine, link.LabelColumn), entry.Title, context, entry.Links);
                    }
                }
                else if (extra.VenueText is { } venueText)
                {
                    var (venue, year) = context.Venues.Read(StackedEntryReader.TrimSeparators(venueText), extra.Badge, entry.Awards);
                    entry.Venue = venue;
                    // Where the stacked reader's venue line would start; its plain text is the venue's text.
                    entry.VenueAt = (extra.Line, extra.Column, venueText.Length);
                    entry.VenueYear = year;
                }
            }

            entries.Add(entry.Build(block));
        }

        /// <summary>
        /// "**Title**" (a lone bold span, which the citation reader declines), or a plain title that reads as no citation,
        /// perhaps after a one-word italic short name ("*Name*: rest").
        /// </summary>
        private static LogicalLine? TitleLine(LineText line, LineStore store)
        {
            var text = line.Text;
            var start = line.Start;
            var end = line.End;
            if (end - start > 4 && text[start] == '*' && text[start + 1] == '*' && text[end - 1] == '*' && text[end - 2] == '*')
            {
                // No comma or quote: what makes the citation reader's test of a lone styled span true.
                if (!IsPlainRun(text, start + 2, end - 2, allowComma: false))
                {
                    return null;
                }

                var bold = DirectLineBuilder.Start();
                bold.AddLiteral(line, start + 2, start + 2, end - 2, InlineStyle.Bold);
                return bold.Finish(line, store);
            }

            var plain = DirectLineBuilder.Start();
            var restStart = start;
            if (text[start] == '*')
            {
                // "*Name*: rest": an italic short name of one word, which the citation reader's styled-title search passes
                // over (one word is not title-like), so the line reads as a plain one there.
                var close = start + 1;
                while (close < end && text[close] != '*')
                {
                    close++;
                }

                if (close + 1 >= end || text[close + 1] != ':' || !IsPlainRun(text, start + 1, close, allowComma: false)
                    || text.IndexOf(' ', start + 1, close - start - 1) >= 0 || !char.IsLetterOrDigit(text[start + 1]) || !char.IsLetterOrDigit(text[close - 1]))
                {
                    return null;
                }

                plain.AddLiteral(line, start + 1, start + 1, close, InlineStyle.Italic);
                restStart = close + 1;
            }

            if (!IsPlainRun(text, restStart, end, allowComma: true))
            {
                return null;
            }

            // A plain first line over other lines is a citation missing its title when it reads as a citation.
            plain.AddLiteral(line, restStart, restStart, end, InlineStyle.None);
            var title = plain.Finish(line, store)!;
            return CitationEntryReader.LooksLikeCitation(title.JoinedText) ? null : title;
        }

        /// <summary>
        /// Plain names, bold names (<c>**Name**</c>) and escaped marks (<c>\*</c>), as the inline scanner cuts them: a
        /// literal runs on until a delimiter, an escaped character starts a literal of its own that the text after it joins.
        /// </summary>
        private static LogicalLine? AuthorLine(LineText line, LineStore store)
        {
            var text = line.Text;
            var segments = DirectLineBuilder.Start();
            var p = line.Start;
            var end = line.End;
            // Where the literal being read starts (its first character or its escape), and where its text starts.
            var literalStart = p;
            var textStart = p;
            while (p < end)
            {
                var c = text[p];
                if (c == '\\')
                {
                    if (p + 1 >= end || text[p + 1] != '*')
                    {
                        return null;
                    }

                    if (!segments.AddLiteral(line, literalStart, textStart, p, InlineStyle.None))
                    {
                        return null;
                    }

                    literalStart = p;
                    textStart = p + 1;
                    p += 2;
                    continue;
                }

                if (c == '*')
                {
                    // "**Name**": opened after a space, a comma or the line's start, on a letter; closed on a letter,
                    // before the end, a space, a comma or an escape, so the scanner pairs the two runs.
                    if (p + 1 >= end || text[p + 1] != '*' || (p > line.Start && text[p - 1] != ' ' && text[p - 1] != ','))
                    {
                        return null;
                    }

                    var nameStart = p + 2;
                    var close = nameStart;
                    while (close < end && text[close] != '*')
                    {
                        close++;
                    }

                    if (close + 1 >= end || close == nameStart || text[close + 1] != '*'
                        || !char.IsLetter(text[nameStart]) || !char.IsLetter(text[close - 1]) || !IsNameRun(text, nameStart, close))
                    {
                        return null;
                    }

                    var after = close + 2;
                    if (after < end && text[after] != ' ' && text[after] != ',' && text[after] != '\\')
                    {
                        return null;
                    }

                    if (!segments.AddLiteral(line, literalStart, textStart, p, InlineStyle.None)
                        || !segments.AddLiteral(line, nameStart, nameStart, close, InlineStyle.Bold))
                    {
                        return null;
                    }

                    p = after;
                    literalStart = p;
                    textStart = p;
                    continue;
                }

                if (!IsPlainChar(c, allowComma: true))
                {
                    return null;
                }

                p++;
            }

            return segments.AddLiteral(line, literalStart, textStart, end, InlineStyle.None) ? segments.Finish(line, store) : null;
        }

        /// <summary>Characters of a bold name: letters, spaces, periods, hyphens and apostrophes.</summary>
        private static bool IsNameRun(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!char.IsLetter(c) && c != ' ' && c != '.' && c != '-' && c != '\'')
                {
                    return false;
                }

                if (c == ' ' && text[i - 1] == ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Plain text with single spaces, no markup character and nothing whitespace collapsing would change.</summary>
        internal static bool IsPlainRun(string text, int start, int end, bool allowComma) =>
            end > start && text[start] != ' ' && text[end - 1] != ' ' && HasOnlyPlainChars(text, start, end, allowComma);

        /// <summary>Plain characters with single spaces, possibly none (a space at either end allowed).</summary>
        internal static bool HasOnlyPlainChars(string text, int start, int end, bool allowComma)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!IsPlainChar(c, allowComma) || (c == ' ' && i > start && text[i - 1] == ' '))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A character the inline scanner reads as plain text in any place, which no reader here treats apart: ASCII
        /// letters, digits, the space and quiet punctuation, and letters and digits beyond ASCII.
        /// </summary>
        internal static bool IsPlainChar(char c, bool allowComma)
        {
            if (c < 128)
            {
                return c < PlainAscii.Length && PlainAscii[c] && (allowComma || c != ',');
            }

            return char.IsLetterOrDigit(c);
        }

        private static readonly bool[] PlainAscii = MakePlainAscii();

        private static bool[] MakePlainAscii()
        {
            var table = new bool[128];
            for (var c = '0'; c <= '9'; c++) table[c] = true;
            for (var c = 'a'; c <= 'z'; c++) table[c] = true;
            for (var c = 'A'; c <= 'Z'; c++) table[c] = true;
            foreach (var c in " .,;:?-()/+%'")
            {
                table[c] = true;
            }

            return table;
        }
    }
}
