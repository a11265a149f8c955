using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// A measurement, not a reader: what reading the stacked shapes would cost if each paragraph were read from the page's
/// lines, with none of the layers between (no Markdown blocks, no inline scanner, no logical lines for the lines read as
/// text, no citation reader tried first, no test of each line against each shape). It does the work such a reader would
/// still have to do with today's field readers: the title through <see cref="TitleReader"/>, the names through the
/// page's author table (<see cref="AuthorListReader"/> on a line of plain and bold pieces), the venue through the page's
/// venue cache, each link's kind, address check and model, and the entry's assembly (<see cref="EntryAssembler.Build"/>).
/// <para>
/// It knows only the four stacked shapes of the synthetic pages (a title line, an author line, an optional note, a venue
/// in a span or in italics with a badge, link rows of three kinds) and reads them by position, where a real reader must
/// decide what each line is and decline what it does not know; <c>profile … directstacked</c> prints how many of its
/// entries equal the generator's, so its work is seen to be the same work. Round 23 made it to put a measured figure on
/// the estimate in docs/performance.md ("What a reader from the lines would give"); round 24 built the reader
/// (<c>DirectStackedReader</c>), and this stays as the floor it is measured against.
/// </para>
/// </summary>
internal static class DirectReaderPrototype
{
    /// <summary>Adds the entries of the page's stacked paragraphs to <paramref name="entries"/>.</summary>
    public static void Read(string filePath, PageOptions options, string text, List<PublicationModel> entries)
    {
        var source = new SourceLines(text);
        var context = new ParseContext(filePath, options);
        int? sectionYear = null;
        var line = SkipFrontMatter(source);
        while (line < source.LineCount)
        {
            var start = source.LineStart(line);
            var end = source.LineEnd(line);
            if (TextUtil.IsWhiteSpace(source.Text, start, end))
            {
                line++;
                continue;
            }

            if (source.Text[start] == '#')
            {
                // "## 2024": the section's year.
                var heading = source.Text.Substring(start, end - start).TrimStart('#').Trim();
                sectionYear = int.TryParse(heading, out var year) ? year : null;
                line++;
                continue;
            }

            var first = line;
            while (line < source.LineCount && !TextUtil.IsWhiteSpace(source.Text, source.LineStart(line), source.LineEnd(line)))
            {
                line++;
            }

            ReadParagraph(source, first, line, context, sectionYear, entries);
        }

        context.Finish();
    }

    private static int SkipFrontMatter(SourceLines source)
    {
        if (source.LineCount == 0 || source.GetLine(0) != "---")
        {
            return 0;
        }

        var line = 1;
        while (line < source.LineCount && source.GetLine(line) != "---")
        {
            line++;
        }

        return line + 1;
    }

    /// <summary>The paragraph of lines <paramref name="first"/> to <paramref name="end"/>, cut at its hard breaks.</summary>
    private static void ReadParagraph(SourceLines source, int first, int end, ParseContext context, int? sectionYear, List<PublicationModel> entries)
    {
        var text = source.Text;
        // Logical lines: (start, end, first source line), a source line that ends without a hard break joined to the next.
        Span<(int Start, int End, int Line)> lines = stackalloc (int, int, int)[16];
        var count = 0;
        var lineStart = -1;
        var lineFirst = 0;
        for (var l = first; l < end && count < lines.Length; l++)
        {
            var s = source.LineStart(l);
            var e = source.LineEnd(l);
            if (lineStart < 0)
            {
                lineStart = s;
                lineFirst = l;
            }

            var hard = e > s && text[e - 1] == '\\';
            var spaces = e - 1 > s && text[e - 1] == ' ' && text[e - 2] == ' ';
            if (hard || spaces || l == end - 1)
            {
                var contentEnd = hard ? e - 1 : e;
                while (contentEnd > lineStart && text[contentEnd - 1] == ' ')
                {
                    contentEnd--;
                }

                lines[count++] = (lineStart, contentEnd, lineFirst);
                lineStart = -1;
            }
        }

        if (count < 3 || text[lines[0].Start] is '<' or '{' || text[lines[0].Start] == '[' && text[lines[0].Start + 1] != '*')
        {
            // Not an entry of these shapes (a script line, a Liquid tag, a row of profile links).
            return;
        }

        var entry = context.StartEntry();
        var title = lines[0];
        var titleLine = TitleLine(text, title.Start, title.End, title.Line, title.Start - source.LineStart(title.Line));
        entry.TitleLine = titleLine;
        (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine);
        entry.ShortName = TitleReader.ShortName(entry.Title);

        var authors = lines[1];
        AuthorListReader.Read(AuthorLine(text, authors.Start, authors.End, authors.Line, authors.Start - source.LineStart(authors.Line)), context, entry.Authors);

        for (var i = 2; i < count; i++)
        {
            var (start, lineEnd, _) = lines[i];
            if (text[start] == '(')
            {
                // "(\* Equal Contribution)".
                continue;
            }

            if (text[start] == '<' || (text[start] == '*' && text[start + 1] != '*'))
            {
                ReadVenue(text, start, lineEnd, entry, context);
            }
            else
            {
                ReadLinks(text, start, lineEnd, entry);
            }
        }

        entries.Add(entry.Build(new EntryBlock(new[] { titleLine }, first, sectionYear, null)));
    }

    /// <summary>"**Title**", "*Short*: rest" or plain text, as one plain piece (the emphasis dropped).</summary>
    private static LogicalLine TitleLine(string text, int start, int end, int line, int column)
    {
        var title = text.Substring(start, end - start).Replace("**", "").Replace("*", "");
        return new LogicalLine(new[] { new InlineSegment(title, InlineStyle.None, line, column) }, line, column);
    }

    /// <summary>"A B, **C D**\*, E F \*": plain and bold pieces, escaped marks unescaped.</summary>
    private static LogicalLine AuthorLine(string text, int start, int end, int line, int column)
    {
        var segments = new List<InlineSegment>(4);
        var bold = false;
        var piece = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (text[i] == '*' && i + 1 < end && text[i + 1] == '*' && (i == start || text[i - 1] != '\\')))
            {
                if (i > piece)
                {
                    segments.Add(new InlineSegment(text.Substring(piece, i - piece).Replace("\\*", "*"), bold ? InlineStyle.Bold : InlineStyle.None, line, column + piece - start));
                }

                bold = !bold;
                i++;
                piece = i + 1;
            }
        }

        return new LogicalLine(segments.ToArray(), line, column);
    }

    /// <summary>"&lt;span …&gt;NSDI 2024 (award)&lt;/span&gt;" or "*Long name ([**NSDI 2024**](url)), City, 2024.*".</summary>
    private static void ReadVenue(string text, int start, int end, EntryAssembler entry, ParseContext context)
    {
        string venueText;
        string? badge = null;
        if (text[start] == '<')
        {
            var open = text.IndexOf('>', start, end - start) + 1;
            var close = text.LastIndexOf('<', end - 1, end - open);
            venueText = text.Substring(open, close - open);
        }
        else
        {
            var badgeStart = text.IndexOf("[**", start, end - start, StringComparison.Ordinal);
            if (badgeStart > 0)
            {
                var badgeEnd = text.IndexOf("**]", badgeStart, StringComparison.Ordinal);
                badge = text.Substring(badgeStart + 3, badgeEnd - badgeStart - 3);
                var urlEnd = text.IndexOf(')', badgeEnd);
                venueText = string.Concat(text.AsSpan(start + 1, badgeStart - start - 1), badge, text.AsSpan(urlEnd + 1, end - 1 - urlEnd - 1));
            }
            else
            {
                venueText = text.Substring(start + 1, end - start - 2);
            }
        }

        var (venue, year) = context.Venues.Read(venueText.Trim(), badge, entry.Awards);
        entry.Venue = venue;
        entry.VenueYear = year;
    }

    /// <summary>"[label](url)" and "&lt;a href="url"&gt;label&lt;/a&gt;" links, with or without brackets, bold or pipes around them.</summary>
    private static void ReadLinks(string text, int start, int end, EntryAssembler entry)
    {
        var at = start;
        while (at < end)
        {
            string label, url;
            var anchor = text.IndexOf("href=\"", at, end - at, StringComparison.Ordinal);
            var markdown = text.IndexOf("](", at, end - at, StringComparison.Ordinal);
            if (anchor >= 0 && (markdown < 0 || anchor < markdown))
            {
                var urlEnd = text.IndexOf('"', anchor + 6);
                url = text.Substring(anchor + 6, urlEnd - anchor - 6);
                var labelStart = text.IndexOf('>', urlEnd) + 1;
                var labelEnd = text.IndexOf('<', labelStart);
                label = text.Substring(labelStart, labelEnd - labelStart);
                at = labelEnd + 4;
            }
            else if (markdown >= 0)
            {
                var labelStart = text.LastIndexOf('[', markdown) + 1;
                label = text.Substring(labelStart, markdown - labelStart);
                var urlEnd = text.IndexOf(')', markdown);
                url = text.Substring(markdown + 2, urlEnd - markdown - 2);
                at = urlEnd + 1;
            }
            else
            {
                break;
            }

            if (UrlPolicy.Check(url) is null)
            {
                entry.Links.Add(new LinkModel(label, LinkReader.Classify(label), url));
            }
        }
    }
}
