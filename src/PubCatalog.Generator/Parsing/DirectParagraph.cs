using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A paragraph <see cref="DirectStackedReader"/> takes, cut into its title and author lines (as the inline scanner
    /// would make them) and its other lines, each read into what the stacked reader would take from it: an
    /// equal-contribution note, the venue, or a row of links.
    /// </summary>
    internal sealed class DirectParagraph
    {
        public LogicalLine? Title { get; set; }

        /// <summary>The author line as a logical line, when it is not in <see cref="DirectAuthorLine"/>'s form.</summary>
        public LogicalLine? Authors { get; set; }

        /// <summary>The author line in the page's text, when <see cref="DirectAuthorLine"/> reads it in place (else <see cref="Authors"/>).</summary>
        public LineText? AuthorText { get; set; }

        /// <summary>The names of <see cref="AuthorText"/>, found when it was cut.</summary>
        public List<DirectName> Names { get; } = new(16);

        /// <summary>The lines after the authors, in order.</summary>
        public List<DirectLine> Extras { get; } = new(4);

        /// <summary>The links of every row, row after row (a <see cref="DirectLine"/> says which are its own).</summary>
        public List<DirectLink> Links { get; } = new(8);

        private bool _hasVenue;

        /// <summary>Empties the paragraph for the next one (<see cref="LineStore.ReturnParagraph"/>), keeping no strings of it.</summary>
        public void Clear()
        {
            Title = null;
            Authors = null;
            AuthorText = null;
            Names.Clear();
            Extras.Clear();
            Links.Clear();
            _hasVenue = false;
        }

        /// <summary>
        /// Reads a line after the authors as <see cref="StackedEntryReader"/> would (a note first, then a row of links,
        /// then the venue if none came yet); false for a line in no form read here, or one it would read otherwise.
        /// </summary>
        public bool AddExtraLine(LineText line)
        {
            var text = line.Text;
            var first = text[line.Start];
            if (first == '<')
            {
                return AddSpanVenue(line);
            }

            if (first == '*' && line.End - line.Start > 2 && text[line.Start + 1] != '*')
            {
                return AddItalicVenue(line);
            }

            if (first == '[' || first == '|')
            {
                return AddLinkRow(line);
            }

            // "(\* Equal Contribution)": plain text and escaped marks, read only as the note.
            var note = PlainWithEscapes(line);
            if (note is null || !StackedEntryReader.IsEqualContributionNote(note))
            {
                return false;
            }

            Extras.Add(DirectLine.Note);
            return true;
        }

        /// <summary>"&lt;span …&gt;NSDI 2024 (Best Paper Award)&lt;/span&gt;": the venue in a span.</summary>
        private bool AddSpanVenue(LineText line)
        {
            var text = line.Text;
            var openEnd = HtmlTagExtent.Find(text, line.Start, line.End);
            const string Close = "</span>";
            var closeStart = line.End - Close.Length;
            if (openEnd <= 0 || closeStart <= openEnd || string.CompareOrdinal(text, closeStart, Close, 0, Close.Length) != 0)
            {
                return false;
            }

            var open = HtmlTag.Parse(text, line.Start, openEnd);
            if (open.Name != "span" || open.IsClosing || open.IsSelfClosing || !DirectStackedReader.IsPlainRun(text, openEnd, closeStart, allowComma: true))
            {
                return false;
            }

            return AddVenue(line.LineIndex, openEnd - line.Start, text.Substring(openEnd, closeStart - openEnd), badge: null);
        }

        /// <summary>"*In Preprint.*" or "*Long name ([**NSDI 2024**](url)), City, 2024.*": the venue in italics, with a badge link or none.</summary>
        private bool AddItalicVenue(LineText line)
        {
            var text = line.Text;
            var start = line.Start + 1;
            var end = line.End - 1;
            if (text[end] != '*' || text[end - 1] == '*' || text[start] == ' ' || text[end - 1] == ' ')
            {
                return false;
            }

            var bracket = text.IndexOf('[', start, end - start);
            if (bracket < 0)
            {
                if (!DirectStackedReader.IsPlainRun(text, start, end, allowComma: true))
                {
                    return false;
                }

                return AddVenue(line.LineIndex, 0, text.Substring(start, end - start), badge: null);
            }

            // "([**B**](url))": a bold label in a link, plain text around it.
            if (!DirectStackedReader.HasOnlyPlainChars(text, start, bracket, allowComma: true) || !Matches(text, bracket, "[**"))
            {
                return false;
            }

            var labelStart = bracket + 3;
            var labelEnd = text.IndexOf('*', labelStart, end - labelStart);
            if (labelEnd < 0 || !DirectStackedReader.IsPlainRun(text, labelStart, labelEnd, allowComma: false)
                || !Matches(text, labelEnd, "**](") || !char.IsLetterOrDigit(text[labelStart]) || !char.IsLetterOrDigit(text[labelEnd - 1]))
            {
                return false;
            }

            var urlStart = labelEnd + 4;
            var urlEnd = InlineScanner.PlainDestinationEnd(text, urlStart, end);
            if (urlEnd < 0 || !DirectStackedReader.HasOnlyPlainChars(text, urlEnd + 1, end, allowComma: true) || !HasWordOutside(text, start, bracket, urlEnd + 1, end))
            {
                return false;
            }

            // A label of a known kind is one of the entry's own links on the venue line: left to the stacked reader.
            var label = text.Substring(labelStart, labelEnd - labelStart);
            var kind = LinkReader.Classify(label);
            if (kind != "Other" || LinkReader.IsKnownLabel(label, kind))
            {
                return false;
            }

            var venue = string.Concat(text.Substring(start, bracket - start), label, text.Substring(urlEnd + 1, end - urlEnd - 1));
            return AddVenue(line.LineIndex, 0, venue, label);
        }

        /// <param name="column">Where the stacked reader's logical line of the venue would start (before an emphasis marker).</param>
        private bool AddVenue(int line, int column, string venue, string? badge)
        {
            if (StackedEntryReader.IsEqualContributionNote(venue))
            {
                Extras.Add(DirectLine.Note);
                return true;
            }

            if (_hasVenue)
            {
                // A second line that is not links: an honour, read by the stacked reader.
                return false;
            }

            _hasVenue = true;
            Extras.Add(new DirectLine(venue, badge, line, column, 0, 0));
            return true;
        }

        /// <summary>A row of links on one line (see <see cref="AddLinkRow(SourceLines, int, int, int)"/>).</summary>
        private bool AddLinkRow(LineText line)
        {
            var first = Links.Count;
            return ReadRowPiece(line, Links) && AddLinks(first);
        }

        /// <summary>
        /// Links, and bars between them, with single spaces between: <c>[label](url)</c>, <c>[**[label](url)**]</c>,
        /// <c>[&lt;a … href="url" …&gt;label&lt;/a&gt;]</c>, <c>| [label](url) |</c>, on the source lines
        /// <paramref name="first"/> to <paramref name="last"/> (soft breaks between them), the last ending at
        /// <paramref name="lastEnd"/>. Nothing but brackets and bars is outside the links, so the stacked reader reads the
        /// line as a row of links.
        /// </summary>
        public bool AddLinkRow(SourceLines source, int first, int last, int lastEnd)
        {
            var firstLink = Links.Count;
            for (var l = first; l <= last; l++)
            {
                if (!ReadRowPiece(new LineText(source.Text, source.LineStart(l), l == last ? lastEnd : source.LineEnd(l), l), Links))
                {
                    return false;
                }
            }

            return AddLinks(firstLink);
        }

        /// <summary>The links of one source line of a row, added to <paramref name="links"/>; false when the line is not one.</summary>
        private static bool ReadRowPiece(LineText piece, List<DirectLink> links)
        {
            var text = piece.Text;
            var p = piece.Start;
            while (p < piece.End)
            {
                if (p > piece.Start)
                {
                    if (text[p] != ' ' || p + 1 >= piece.End)
                    {
                        return false;
                    }

                    p++;
                }

                p = text[p] == '|' ? p + 1 : ReadLink(piece, p, links);
                if (p < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Adds the row of the links from <paramref name="first"/> on.</summary>
        private bool AddLinks(int first)
        {
            // The note test reads the row's plain text, brackets, bars and labels: only a label can say "equal contribution".
            for (var i = first; i < Links.Count; i++)
            {
                if (StackedEntryReader.SaysEqualContribution(Links[i].Label))
                {
                    return false;
                }
            }

            if (Links.Count == first)
            {
                return false;
            }

            Extras.Add(new DirectLine(null, null, 0, 0, first, Links.Count - first));
            return true;
        }

        /// <summary>One link at <paramref name="p"/> (its first '['), added to <paramref name="links"/>; where it ends, or -1.</summary>
        private static int ReadLink(LineText line, int p, List<DirectLink> links)
        {
            var text = line.Text;
            var end = line.End;
            if (Matches(text, p, "[**["))
            {
                var close = MarkdownLink(line, p + 3, links);
                return close >= 0 && Matches(text, close, "**]") ? close + 3 : -1;
            }

            if (Matches(text, p, "[<a "))
            {
                var tagEnd = HtmlTagExtent.Find(text, p + 1, end);
                if (tagEnd <= 0)
                {
                    return -1;
                }

                var tag = HtmlTag.Parse(text, p + 1, tagEnd);
                var labelEnd = PlainRunEnd(text, tagEnd, end);
                if (tag.Name != "a" || tag.IsClosing || tag.Href is not { Length: > 0 } href || !IsPlainUrl(href)
                    || !Matches(text, labelEnd, "</a>]") || !DirectStackedReader.IsPlainRun(text, tagEnd, labelEnd, allowComma: false))
                {
                    return -1;
                }

                links.Add(new DirectLink(text.Substring(tagEnd, labelEnd - tagEnd), href, line.LineIndex, p + 1 - line.Start, line.LineIndex, tagEnd - line.Start));
                return labelEnd + 5;
            }

            return text[p] == '[' ? MarkdownLink(line, p, links) : -1;
        }

        /// <summary>"[label](url)" at <paramref name="p"/>, added to <paramref name="links"/>; where it ends, or -1.</summary>
        private static int MarkdownLink(LineText line, int p, List<DirectLink> links)
        {
            var text = line.Text;
            var end = line.End;
            var labelStart = p + 1;
            var labelEnd = PlainRunEnd(text, labelStart, end);
            if (labelEnd >= end || text[labelEnd] != ']' || !DirectStackedReader.IsPlainRun(text, labelStart, labelEnd, allowComma: false)
                || labelEnd + 1 >= end || text[labelEnd + 1] != '(')
            {
                return -1;
            }

            var urlEnd = InlineScanner.PlainDestinationEnd(text, labelEnd + 2, end);
            if (urlEnd < 0)
            {
                return -1;
            }

            links.Add(new DirectLink(text.Substring(labelStart, labelEnd - labelStart), text.Substring(labelEnd + 2, urlEnd - labelEnd - 2),
                line.LineIndex, p - line.Start, line.LineIndex, labelStart - line.Start));
            return urlEnd + 1;
        }

        /// <summary>Where the plain characters from <paramref name="start"/> end (at the first other one, or <paramref name="end"/>).</summary>
        private static int PlainRunEnd(string text, int start, int end)
        {
            var i = start;
            while (i < end && DirectStackedReader.IsPlainChar(text[i], allowComma: true))
            {
                i++;
            }

            return i;
        }

        /// <summary>An address the inline scanner takes as it is written (<see cref="InlineScanner.IsPlainDestinationChar"/>): entities and escapes are Markdig's to read.</summary>
        private static bool IsPlainUrl(string text)
        {
            foreach (var c in text)
            {
                if (!InlineScanner.IsPlainDestinationChar(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when the text outside the link is not all punctuation (else the line is a row of links).</summary>
        private static bool HasWordOutside(string text, int start, int end, int start2, int end2)
        {
            for (var i = start; i < end2; i++)
            {
                if (i == end)
                {
                    i = start2 - 1;
                    continue;
                }

                if (!TextUtil.IsPunctuationLike(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Matches(string text, int at, string expected) =>
            at + expected.Length <= text.Length && string.CompareOrdinal(text, at, expected, 0, expected.Length) == 0;

        /// <summary>The plain text of a line of plain characters and escaped marks (<c>\*</c>), or null for any other line.</summary>
        private static string? PlainWithEscapes(LineText line)
        {
            var text = line.Text;
            var builder = StringBuilderCache.Acquire();
            for (var i = line.Start; i < line.End; i++)
            {
                var c = text[i];
                if (c == '\\' && i + 1 < line.End && text[i + 1] == '*')
                {
                    builder.Append('*');
                    i++;
                    continue;
                }

                if (!DirectStackedReader.IsPlainChar(c, allowComma: true) || (c == ' ' && (i == line.Start || text[i - 1] == ' ' || i == line.End - 1)))
                {
                    StringBuilderCache.Release(builder);
                    return null;
                }

                builder.Append(c);
            }

            return StringBuilderCache.ToStringAndRelease(builder);
        }
    }

    /// <summary>
    /// A line after the authors: a row of links (<see cref="LinkCount"/> of the paragraph's links from
    /// <see cref="FirstLink"/>), the venue (<see cref="VenueText"/>, its badge and where its line starts), or the
    /// equal-contribution note (neither).
    /// </summary>
    internal readonly record struct DirectLine(string? VenueText, string? Badge, int Line, int Column, int FirstLink, int LinkCount)
    {
        public static readonly DirectLine Note = default;
    }

    /// <summary>A link as <see cref="LinkReader.Read"/> reads it: label, address, where the link starts and where its label starts.</summary>
    internal readonly record struct DirectLink(string Label, string Url, int StartLine, int StartColumn, int LabelLine, int LabelColumn);
}
