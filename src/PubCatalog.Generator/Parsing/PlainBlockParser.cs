using Markdig.Helpers;
using Markdig.Syntax;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Cuts a page made only of paragraphs, <c>#</c> headings, HTML comments, rules, script blocks and front matter into
    /// the blocks Markdig's block parse (<see cref="MarkdownDocumentReader.BlockPipeline"/>) would make of it, line by line
    /// in the page's text, without Markdig's parser: most publication pages are nothing else, and the block parse was a
    /// tenth of reading them. It declines (returns null) a page with anything else it could be asked to read (lists,
    /// quotes, code, setext underlines, a rule right under a paragraph, other HTML blocks, link reference definitions,
    /// tabs), and Markdig parses that page as before.
    /// </summary>
    /// <remarks>
    /// What Markdig would make is the reference: <c>PlainBlockParserEquivalenceTests</c> compares the two documents
    /// block by block (kinds, lines, spans, positions) on the seed and corpus pages and on generated pages, and must be
    /// run again when Markdig is updated. The front matter is skipped, not made a block: the readers skip it too.
    /// </remarks>
    internal static class PlainBlockParser
    {
        /// <summary>The page's blocks, or null when the page has something this parser leaves to Markdig.</summary>
        /// <param name="text">The text Markdig would parse (the page's, guarded by <see cref="MarkupLimits"/>: the same lines).</param>
        public static MarkdownDocument? TryParse(string text, SourceLines source)
        {
            // Characters Markdig treats as whitespace or replaces, anywhere on the page: rare in publication pages, and
            // each would need Markdig's rules.
            if (text.IndexOfAny(Unsupported) >= 0)
            {
                return null;
            }

            var document = new MarkdownDocument();
            var line = FrontMatterEnd(text, source);
            if (line < 0)
            {
                return null;
            }

            // The paragraph being read (its first line and how many lines), or -1.
            var paragraphStart = -1;
            var paragraphLines = 0;
            // A paragraph starting with '[' may be link reference definitions ("[label]: url"), which Markdig takes out of
            // it when the paragraph closes: such a paragraph with a "]:" is left to Markdig.
            var mayDefineLinks = false;
            for (; line < source.LineCount; line++)
            {
                var start = source.LineStart(line);
                var end = source.LineEnd(line);
                var first = start;
                while (first < end && text[first] == ' ')
                {
                    first++;
                }

                if (first == end)
                {
                    // A blank line ends the paragraph.
                    AddParagraph(document, text, source, paragraphStart, paragraphLines);
                    paragraphStart = -1;
                    continue;
                }

                var inParagraph = paragraphStart >= 0;
                if (first - start >= 4)
                {
                    // Indented code, unless it continues a paragraph.
                    if (!inParagraph || (mayDefineLinks && DefinesLink(text, first, end)))
                    {
                        return null;
                    }

                    paragraphLines++;
                    continue;
                }

                switch (Classify(text, first, end, inParagraph))
                {
                    case LineKind.Unsupported:
                        return null;
                    case LineKind.Text:
                        if (!inParagraph)
                        {
                            paragraphStart = line;
                            paragraphLines = 0;
                            mayDefineLinks = text[first] == '[';
                        }

                        if (mayDefineLinks && DefinesLink(text, first, end))
                        {
                            return null;
                        }

                        paragraphLines++;
                        break;
                    case LineKind.Heading:
                        AddParagraph(document, text, source, paragraphStart, paragraphLines);
                        paragraphStart = -1;
                        document.Add(Heading(text, line, start, first, end));
                        break;
                    case LineKind.Rule:
                        // Only ever outside a paragraph (Classify leaves a rule under a paragraph's line to Markdig).
                        document.Add(new ThematicBreakBlock(null!) { Line = line, Column = first - start, Span = new SourceSpan(first, end - 1) });
                        break;
                    case LineKind.Script:
                        var scriptEnd = ScriptEndLine(text, source, line, first);
                        document.Add(Html(text, source, line, first, scriptEnd, HtmlBlockType.ScriptPreOrStyle));
                        line = scriptEnd;
                        break;
                    case LineKind.Comment:
                        AddParagraph(document, text, source, paragraphStart, paragraphLines);
                        paragraphStart = -1;
                        var last = CommentEndLine(text, source, line, first);
                        document.Add(Html(text, source, line, first, last, HtmlBlockType.Comment));
                        line = last;
                        break;
                }
            }

            AddParagraph(document, text, source, paragraphStart, paragraphLines);
            return document;
        }

        private static readonly char[] Unsupported = { '\t', '\0', '\v', '\f' };

        /// <summary>The line holds "]:", which ends the label of a link reference definition.</summary>
        private static bool DefinesLink(string text, int first, int end) =>
            end - first >= 2 && text.IndexOf("]:", first, end - first, System.StringComparison.Ordinal) >= 0;

        private enum LineKind
        {
            Text,
            Heading,
            Comment,
            /// <summary>A <c>&lt;script&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;style&gt;</c> or <c>&lt;textarea&gt;</c> block.</summary>
            Script,
            /// <summary>A rule (<c>---</c>), not under a paragraph's line: a block the readers pass over.</summary>
            Rule,
            Unsupported,
        }

        /// <summary>What a line starting (after up to three spaces) at <paramref name="first"/> opens.</summary>
        private static LineKind Classify(string text, int first, int end, bool inParagraph)
        {
            var c = text[first];
            switch (c)
            {
                case '#':
                    var hashes = Count(text, first, end, '#');
                    return hashes <= 6 && (first + hashes == end || text[first + hashes] == ' ') ? LineKind.Heading : LineKind.Text;
                case '>':
                    return LineKind.Unsupported;
                case '-':
                case '=':
                    // Under a paragraph's line, Markdig may read more than a line of only these as a setext underline
                    // ("-->" among them): left to it.
                    if (inParagraph)
                    {
                        return LineKind.Unsupported;
                    }

                    if (c == '-' && IsRule(text, first, end, c))
                    {
                        return LineKind.Rule;
                    }

                    return c == '-' && (first + 1 == end || text[first + 1] == ' ') || IsOnly(text, first, end, c) ? LineKind.Unsupported : LineKind.Text;
                case '+':
                case '*':
                    // A list item or a rule (which would interrupt a paragraph: left to Markdig there).
                    if (c == '*' && !inParagraph && IsRule(text, first, end, c))
                    {
                        return LineKind.Rule;
                    }

                    return first + 1 == end || text[first + 1] == ' ' || IsOnly(text, first, end, c) ? LineKind.Unsupported : LineKind.Text;
                case '_':
                    if (!inParagraph && IsRule(text, first, end, c))
                    {
                        return LineKind.Rule;
                    }

                    return IsOnly(text, first, end, c) ? LineKind.Unsupported : LineKind.Text;
                case '`':
                case '~':
                    return Count(text, first, end, c) >= 3 ? LineKind.Unsupported : LineKind.Text;
                case '<':
                    if (string.CompareOrdinal(text, first, "<!--", 0, 4) == 0)
                    {
                        return LineKind.Comment;
                    }

                    if (!inParagraph && ScriptTagLength(text, first + 1, end) > 0)
                    {
                        return LineKind.Script;
                    }

                    // Inside a paragraph, a tag that cannot start an HTML block (which would interrupt it) is text.
                    return inParagraph && IsInlineTag(text, first + 1, end) ? LineKind.Text : LineKind.Unsupported;
                default:
                    // "1." or "1)": an ordered list item.
                    if (c >= '0' && c <= '9')
                    {
                        var digits = Count(text, first, end, '0', '9');
                        var after = first + digits;
                        if (digits <= 9 && after < end && (text[after] == '.' || text[after] == ')') && (after + 1 == end || text[after + 1] == ' '))
                        {
                            return LineKind.Unsupported;
                        }
                    }

                    return LineKind.Text;
            }
        }

        /// <summary>
        /// The tags publication pages write at the start of a paragraph's line (a <c>&lt;span&gt;</c> venue, a link, bold),
        /// none of which starts an HTML block: any other tag, or anything else after "&lt;", is left to Markdig.
        /// </summary>
        private static bool IsInlineTag(string text, int at, int end)
        {
            if (at < end && text[at] == '/')
            {
                at++;
            }

            var nameStart = at;
            while (at < end && IsAsciiLetterOrDigit(text[at]))
            {
                at++;
            }

            if (at == nameStart || (at < end && text[at] != ' ' && text[at] != '>' && text[at] != '/'))
            {
                return false;
            }

            foreach (var name in InlineTagNames)
            {
                if (name.Length == at - nameStart && string.Compare(text, nameStart, name, 0, name.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Three or more <paramref name="c"/> and spaces only: a rule (a paragraph line above it is left to Markdig).</summary>
        private static bool IsRule(string text, int first, int end, char c)
        {
            var count = 0;
            for (var i = first; i < end; i++)
            {
                if (text[i] == c)
                {
                    count++;
                }
                else if (text[i] != ' ')
                {
                    return false;
                }
            }

            return count >= 3;
        }

        private static readonly string[] ScriptTags = { "script", "pre", "style", "textarea" };

        /// <summary>What ends a script block: the end tag of any of <see cref="ScriptTags"/>, whichever opened it.</summary>
        private static readonly string[] ScriptEndTags = { "</script>", "</pre>", "</style>", "</textarea>" };

        /// <summary>The length of the tag name when "&lt;" is followed by one of <see cref="ScriptTags"/> and a space, "&gt;" or the line's end; else 0.</summary>
        private static int ScriptTagLength(string text, int at, int end)
        {
            foreach (var tag in ScriptTags)
            {
                if (end - at >= tag.Length && string.Compare(text, at, tag, 0, tag.Length, System.StringComparison.OrdinalIgnoreCase) == 0
                    && (at + tag.Length == end || text[at + tag.Length] == ' ' || text[at + tag.Length] == '>'))
                {
                    return tag.Length;
                }
            }

            return 0;
        }

        /// <summary>The line holding the end tag of a script, pre, style or textarea (any of the four) opened at <paramref name="first"/>.</summary>
        private static int ScriptEndLine(string text, SourceLines source, int line, int first)
        {
            for (var current = line; current <= LastLine(text, source); current++)
            {
                var start = current == line ? first : source.LineStart(current);
                var end = source.LineEnd(current);
                foreach (var tag in ScriptEndTags)
                {
                    if (IndexOfIgnoringCase(text, tag, start, end) >= 0)
                    {
                        return current;
                    }
                }
            }

            return LastLine(text, source);
        }

        private static int IndexOfIgnoringCase(string text, string value, int start, int end) =>
            end - start < value.Length ? -1 : text.IndexOf(value, start, end - start, System.StringComparison.OrdinalIgnoreCase);

        private static readonly string[] InlineTagNames = { "a", "span", "b", "strong", "i", "em", "u", "sup", "sub", "br", "font", "small", "mark", "s", "del", "ins", "img", "abbr", "code" };

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        private static int Count(string text, int at, int end, char c) => Count(text, at, end, c, c);

        private static int Count(string text, int at, int end, char low, char high)
        {
            var i = at;
            while (i < end && text[i] >= low && text[i] <= high)
            {
                i++;
            }

            return i - at;
        }

        /// <summary>The line from <paramref name="first"/> is <paramref name="c"/> and spaces only.</summary>
        private static bool IsOnly(string text, int first, int end, char c)
        {
            for (var i = first; i < end; i++)
            {
                if (text[i] != c && text[i] != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The first line after the front matter (0 when there is none), or -1 when Markdig's front matter extension
        /// might read the page's first lines in a way this parser does not follow.
        /// </summary>
        /// <remarks>
        /// Taken only in its plain form: a first line of exactly "---", a closing line of exactly "---" or "..." two lines
        /// on or later, and no line between them starting with '-' or '.'. Markdig looks for the closing line from the end
        /// of the first line's dashes, and a line it tries and rejects can hide the line after it from that search; a line
        /// right after the first one is never found there, though it would close the front matter.
        /// </remarks>
        private static int FrontMatterEnd(string text, SourceLines source)
        {
            if (source.LineLength(0) < 3 || string.CompareOrdinal(text, 0, "---", 0, 3) != 0)
            {
                return 0;
            }

            if (source.LineLength(0) != 3)
            {
                // "---" then spaces, or "----…": the classifier decides what the line is.
                return IsOnly(text, 0, source.LineEnd(0), '-') ? -1 : 0;
            }

            for (var line = 1; line < source.LineCount; line++)
            {
                var start = source.LineStart(line);
                if (start < text.Length && (text[start] == '-' || text[start] == '.'))
                {
                    return line >= 2 && (IsFence(text, source, line, '-') || IsFence(text, source, line, '.')) ? line + 1 : -1;
                }
            }

            // Never closed: not front matter, and the first line is a rule.
            return -1;
        }

        /// <summary>The line is exactly three <paramref name="c"/>.</summary>
        private static bool IsFence(string text, SourceLines source, int line, char c)
        {
            var start = source.LineStart(line);
            return source.LineLength(line) == 3 && text[start] == c && text[start + 1] == c && text[start + 2] == c;
        }

        /// <summary>
        /// The line holding the "--&gt;" that closes the comment opened at <paramref name="first"/> (the last line when none
        /// does). Searched from the "&lt;!--" itself, as Markdig does: "&lt;!--&gt;" and "&lt;!---&gt;" close on their line.
        /// </summary>
        private static int CommentEndLine(string text, SourceLines source, int line, int first)
        {
            var close = text.IndexOf("-->", first, System.StringComparison.Ordinal);
            return close >= 0 ? source.Position(close).Line : LastLine(text, source);
        }

        /// <summary>The last line Markdig reads: the one before the empty line after a final line break.</summary>
        private static int LastLine(string text, SourceLines source) =>
            source.LineCount > 1 && source.LineStart(source.LineCount - 1) == text.Length ? source.LineCount - 2 : source.LineCount - 1;

        private static void AddParagraph(MarkdownDocument document, string text, SourceLines source, int firstLine, int lineCount)
        {
            if (firstLine < 0)
            {
                return;
            }

            // Its lines are made when read (EnsureLines): most paragraphs are read from the page's text directly
            // (DirectStackedReader), and never ask for them.
            var paragraph = new PlainParagraphBlock(source, lineCount) { Line = firstLine };
            var start = source.LineStart(firstLine);
            var first = start;
            var firstEnd = source.LineEnd(firstLine);
            while (first < firstEnd && text[first] == ' ')
            {
                first++;
            }

            paragraph.Column = first - start;
            paragraph.Span.Start = first;
            paragraph.Span.End = source.LineEnd(firstLine + lineCount - 1) - 1;
            document.Add(paragraph);
        }

        /// <summary>The block's source lines: a paragraph of this parser's has them made now, if they were not yet.</summary>
        public static void EnsureLines(LeafBlock leaf)
        {
            if (leaf is PlainParagraphBlock { LinesMade: false } paragraph)
            {
                MakeLines(paragraph);
            }
        }

        /// <summary>How many source lines the paragraph has, without making them.</summary>
        public static int LineCount(ParagraphBlock paragraph) =>
            paragraph is PlainParagraphBlock { LinesMade: false } plain ? plain.LineCount : paragraph.Lines.Count;

        private static void MakeLines(PlainParagraphBlock paragraph)
        {
            var source = paragraph.Source;
            var text = source.Text;
            var firstLine = paragraph.Line;
            var lineCount = paragraph.LineCount;
            var lines = new StringLineGroup(lineCount);
            for (var line = firstLine; line < firstLine + lineCount; line++)
            {
                var start = source.LineStart(line);
                var end = source.LineEnd(line);
                var first = start;
                while (first < end && text[first] == ' ')
                {
                    first++;
                }

                var last = end - 1;
                if (line == firstLine + lineCount - 1)
                {
                    while (last >= first && text[last] == ' ')
                    {
                        last--;
                    }
                }

                var stringLine = new StringLine(new StringSlice(text, first, last), line, first - start, start, NewLine.LineFeed);
                lines.Add(ref stringLine);
            }

            paragraph.Lines = lines;
            paragraph.LinesMade = true;
        }

        /// <summary>A paragraph whose source lines are made only when something reads them (<see cref="EnsureLines"/>).</summary>
        private sealed class PlainParagraphBlock : ParagraphBlock
        {
            public PlainParagraphBlock(SourceLines source, int lineCount)
            {
                Source = source;
                LineCount = lineCount;
            }

            public SourceLines Source { get; }

            public int LineCount { get; }

            public bool LinesMade { get; set; }
        }

        private static HeadingBlock Heading(string text, int line, int start, int first, int end)
        {
            var level = Count(text, first, end, '#');
            // The text between the opening hashes and a closing run of them (with the spaces around both).
            var contentStart = first + level;
            while (contentStart < end && text[contentStart] == ' ')
            {
                contentStart++;
            }

            var contentEnd = end;
            while (contentEnd > contentStart && text[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }

            var closing = contentEnd;
            while (closing > contentStart && text[closing - 1] == '#')
            {
                closing--;
            }

            if (closing == contentStart || text[closing - 1] == ' ')
            {
                contentEnd = closing;
                while (contentEnd > contentStart && text[contentEnd - 1] == ' ')
                {
                    contentEnd--;
                }
            }

            var heading = new HeadingBlock(null!) { Line = line, Column = first - start, Level = level, HeaderChar = '#' };
            heading.Span = new SourceSpan(first, contentEnd > contentStart ? contentEnd - 1 : first + level - 1);
            var lines = new StringLineGroup(1);
            var stringLine = new StringLine(new StringSlice(text, contentStart, contentEnd - 1), line, contentStart - start, first, NewLine.LineFeed);
            lines.Add(ref stringLine);
            heading.Lines = lines;
            return heading;
        }

        private static HtmlBlock Html(string text, SourceLines source, int firstLine, int first, int lastLine, HtmlBlockType type)
        {
            var html = new HtmlBlock(null!) { Line = firstLine, Column = first - source.LineStart(firstLine), Type = type };
            html.Span = new SourceSpan(first, source.LineEnd(lastLine) - 1);
            var lines = new StringLineGroup(lastLine - firstLine + 1);
            for (var line = firstLine; line <= lastLine; line++)
            {
                var start = line == firstLine ? first : source.LineStart(line);
                var stringLine = new StringLine(new StringSlice(text, start, source.LineEnd(line) - 1), line, start - source.LineStart(line), start, NewLine.LineFeed);
                lines.Add(ref stringLine);
            }

            html.Lines = lines;
            return html;
        }
    }
}
