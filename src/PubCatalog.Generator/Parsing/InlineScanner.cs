using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads a paragraph's or heading's inline Markdown straight into an <see cref="InlineFlattener"/>, without building
    /// Markdig's inline tree: what Markdig's inline parse would give, segment for segment, or nothing. It takes the
    /// inlines publication pages are made of (text, escapes, entities, emphasis, inline links, inline HTML, line breaks)
    /// and declines whatever else it meets (code spans, images, autolinks, reference links, emphasis runs that Markdig
    /// resolves in its own way, anything that may run over a line); the caller then lets Markdig read that block.
    /// </summary>
    /// <remarks>
    /// It follows Markdig 0.31's own rules where they shape the segments: a literal runs to the next character some
    /// inline parser opens on, and joins the literal before it when the two touch; an escape starts a literal; a bracket
    /// closed without a link becomes a "[" of its own, and one never closed is not text at all. Markdig's inline parse
    /// stays the reference: <c>InlineScannerEquivalenceTests</c> compares the two, segment by segment, on the seed and
    /// corpus pages and on generated text, and must be run again when Markdig is updated.
    /// </remarks>
    internal static class InlineScanner
    {
        [System.ThreadStatic]
        private static Scan? _shared;

        /// <summary>True when the block's inlines were read; false (nothing written) when Markdig's inline parse must read them.</summary>
        public static bool TryRead(LeafBlock leaf, MarkdownDocument document, InlineFlattener flattener) =>
            TryRead(leaf, HasLinkReferences(document), flattener);

        /// <summary>True when the page defines <c>[label]: url</c> references (then brackets may be links the scanner does not resolve).</summary>
        public static bool HasLinkReferences(MarkdownDocument document) =>
            document.GetLinkReferenceDefinitions(false) is { Links.Count: > 0 };

        /// <summary>
        /// Where the ")" of a plain link destination starting at <paramref name="start"/> is, or -1: characters
        /// <see cref="IsPlainDestinationChar"/> takes, not empty, closed on the line.
        /// </summary>
        internal static int PlainDestinationEnd(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == ')')
                {
                    return i > start ? i : -1;
                }

                if (!IsPlainDestinationChar(c))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Printable ASCII with nothing Markdig's destination parser treats apart (spaces, angle brackets, parentheses,
        /// escapes, entities, quotes that may open a title): what a link's address written in place holds (')' ends it).
        /// </summary>
        internal static bool IsPlainDestinationChar(char c) =>
            c > ' ' && c < '\u007F' && c != '<' && c != '>' && c != '(' && c != ')' && c != '\\' && c != '&' && c != '"' && c != '\'';

        /// <inheritdoc cref="TryRead(LeafBlock, MarkdownDocument, InlineFlattener)"/>
        public static bool TryRead(LeafBlock leaf, bool pageHasLinkReferences, InlineFlattener flattener)
        {
            if (pageHasLinkReferences || leaf.Inline is not null || leaf is not (ParagraphBlock or HeadingBlock)
                || (leaf is HeadingBlock && leaf.Lines.Count > 1))
            {
                return false;
            }

            var scan = _shared ?? new Scan();
            _shared = null;
            var read = scan.Read(leaf, flattener);
            scan.Clear();
            _shared = scan;
            return read;
        }

        private enum Kind : byte
        {
            Literal,
            /// <summary>A "[" around a link, made inactive by it: a literal of its own.</summary>
            Bracket,
            /// <summary>A "[" that never closed: not text (Markdig keeps it as a container of what follows).</summary>
            OpenBracket,
            Entity,
            Html,
            SoftBreak,
            HardBreak,
            Delimiter,
            LinkStart,
            LinkEnd,
        }

        private struct Token
        {
            public Kind Kind;
            /// <summary>Where the inline starts in the text (an escape's backslash, a bracket, a tag's <c>&lt;</c>).</summary>
            public int Start;
            /// <summary>A literal's or delimiter run's text: [ContentStart, ContentEnd).</summary>
            public int ContentStart;
            public int ContentEnd;
            /// <summary>An entity's characters, a tag (null for one found in place: [ContentStart, ContentEnd)), a link's URL.</summary>
            public string? Text;
            public char DelimiterChar;
            public bool CanOpen;
            public bool CanClose;
            /// <summary>
            /// A link's start and end point at each other, and so do the two runs of an emphasis; -1 for a run left unpaired
            /// (its characters are text).
            /// </summary>
            public int Pair;
        }

        /// <summary>One block's scan: its tokens, open brackets and emphasis counts, reused block after block.</summary>
        private sealed class Scan
        {
            private readonly List<Token> _tokens = new();
            // Open brackets, innermost last: token index, and false once a link inside has made them inactive.
            private readonly List<(int Token, bool Active)> _brackets = new();
            // Emphasis openers not yet closed in the scope being resolved (token indexes).
            private readonly List<int> _openers = new();
            private string _text = "";
            // The token a literal may still grow into (Markdig's "previous inline" when it is a literal), or -1.
            private int _mergeable;

            public void Clear()
            {
                _tokens.Clear();
                _brackets.Clear();
                _openers.Clear();
                _text = "";
            }

            public bool Read(LeafBlock leaf, InlineFlattener flattener)
            {
                var lines = leaf.Lines;
                if (lines.Count == 0)
                {
                    return true;
                }

                _text = lines.Lines[0].Slice.Text;
                _mergeable = -1;
                for (var i = 0; i < lines.Count; i++)
                {
                    var slice = lines.Lines[i].Slice;
                    if (!ReferenceEquals(slice.Text, _text) || !ReadLine(slice.Start, slice.End + 1, i, lines.Count))
                    {
                        return false;
                    }
                }

                // Brackets still open made no link. Markdig's tree keeps them as containers whose own "[" is not text.
                foreach (var (token, _) in _brackets)
                {
                    SetKind(token, Kind.OpenBracket);
                }

                if (!ResolveEmphasis(0, _tokens.Count, allowUnpaired: true))
                {
                    return false;
                }

                Emit(flattener);
                return true;
            }

            /// <summary>One line of the block, [start, end); false to decline the block.</summary>
            private bool ReadLine(int start, int end, int lineIndex, int lineCount)
            {
                var isLast = lineIndex == lineCount - 1;
                var text = _text;
                var p = start;
                while (p < end)
                {
                    var c = text[p];
                    switch (c)
                    {
                        case '\\':
                        {
                            var next = p + 1 < end ? text[p + 1] : isLast ? '\0' : '\n';
                            if (next.IsAsciiPunctuation())
                            {
                                // An escaped character starts a literal of its own (which the text after it joins).
                                _mergeable = Add(new Token { Kind = Kind.Literal, Start = p, ContentStart = p + 1, ContentEnd = p + 2 });
                                p += 2;
                                continue;
                            }

                            if (next == '\n')
                            {
                                // A backslash at the end of a line: a hard break, and the line's break is spent.
                                Add(new Token { Kind = Kind.HardBreak, Start = p });
                                _mergeable = -1;
                                return true;
                            }

                            p = Literal(p, end, isLast);
                            continue;
                        }

                        case '*':
                        case '_':
                        {
                            if (!Delimiter(ref p, start, end, lineIndex, isLast, out var declined))
                            {
                                if (declined)
                                {
                                    return false;
                                }

                                p = Literal(p, end, isLast);
                            }

                            continue;
                        }

                        case '[':
                            _brackets.Add((Add(new Token { Kind = Kind.LinkStart, Start = p }), true));
                            _mergeable = -1;
                            p++;
                            continue;
                        case ']':
                        {
                            if (!CloseBracket(ref p, end, isLast, out var declined))
                            {
                                if (declined)
                                {
                                    return false;
                                }

                                p = Literal(p, end, isLast);
                            }

                            continue;
                        }

                        case '!':
                            if (p + 1 < end && text[p + 1] == '[')
                            {
                                // An image.
                                return false;
                            }

                            p = Literal(p, end, isLast);
                            continue;
                        case '<':
                        {
                            // The plain tags pages use are found in place; Markdig's parser (which copies each tag out) reads the rest.
                            var tagEnd = HtmlTagExtent.Find(text, p, end);
                            if (tagEnd > 0)
                            {
                                Add(new Token { Kind = Kind.Html, Start = p, ContentStart = p, ContentEnd = tagEnd });
                                _mergeable = -1;
                                p = tagEnd;
                                continue;
                            }

                            var slice = new StringSlice(text, p, end - 1);
                            if (LinkHelper.TryParseAutolink(ref slice, out _, out _))
                            {
                                return false;
                            }

                            slice = new StringSlice(text, p, end - 1);
                            if (HtmlHelper.TryParseHtmlTag(ref slice, out var tag))
                            {
                                Add(new Token { Kind = Kind.Html, Start = p, Text = tag });
                                _mergeable = -1;
                                p = slice.Start;
                                continue;
                            }

                            if (!isLast)
                            {
                                // A tag may run over the line: only Markdig sees the whole block.
                                return false;
                            }

                            p = Literal(p, end, isLast);
                            continue;
                        }

                        case '&':
                        {
                            if (TryEntity(p, end, out var value, out var length))
                            {
                                Add(new Token { Kind = Kind.Entity, Start = p, Text = value });
                                _mergeable = -1;
                                p += length;
                                continue;
                            }

                            p = Literal(p, end, isLast);
                            continue;
                        }

                        case '`':
                            // Code spans are rare on these pages: Markdig reads them.
                            return false;
                        default:
                            p = Literal(p, end, isLast);
                            continue;
                    }
                }

                if (!isLast)
                {
                    // Two spaces before the line's end make a hard break; otherwise the break is soft.
                    var hard = end - 2 >= start && text[end - 1].IsSpace() && text[end - 2].IsSpace();
                    Add(new Token { Kind = hard ? Kind.HardBreak : Kind.SoftBreak, Start = end });
                    _mergeable = -1;
                }

                return true;
            }

            /// <summary>
            /// Markdig's literal parser at <paramref name="p"/>: the text up to the next character an inline parser opens on,
            /// trailing spaces dropped before a line break, joined to the literal before it when the two touch.
            /// </summary>
            private int Literal(int p, int end, bool isLast)
            {
                var text = _text;
                var next = p + 1;
                while (next < end && !IsOpening(text[next]))
                {
                    next++;
                }

                var contentEnd = next;
                if (next == end && !isLast)
                {
                    // The next opening character is the line's break.
                    while (contentEnd > p && text[contentEnd - 1].IsSpace())
                    {
                        contentEnd--;
                    }
                }

                AddLiteral(p, contentEnd);
                return next;
            }

            /// <summary>The text [p, contentEnd) as a literal: the one before grows when it ends at p, else a new one (if not empty).</summary>
            private void AddLiteral(int p, int contentEnd)
            {
                if (_mergeable >= 0 && _tokens[_mergeable].ContentEnd == p)
                {
                    var token = _tokens[_mergeable];
                    token.ContentEnd = contentEnd;
                    _tokens[_mergeable] = token;
                }
                else if (contentEnd > p)
                {
                    _mergeable = Add(new Token { Kind = Kind.Literal, Start = p, ContentStart = p, ContentEnd = contentEnd });
                }
            }

            /// <summary>A run of <c>*</c> or <c>_</c> that may open or close emphasis; false when it is plain text (or declined).</summary>
            private bool Delimiter(ref int p, int start, int end, int lineIndex, bool isLast, out bool declined)
            {
                declined = false;
                var text = _text;
                var delimiter = text[p];
                var before = p > start ? text[p - 1] : lineIndex == 0 ? '\0' : '\n';
                if (before == delimiter || (_tokens.Count > 0 && _tokens[_tokens.Count - 1].Kind == Kind.Entity))
                {
                    // After an escaped delimiter or an entity Markdig judges the run by other characters.
                    declined = true;
                    return false;
                }

                var runEnd = p;
                while (runEnd < end && text[runEnd] == delimiter)
                {
                    runEnd++;
                }

                var after = runEnd < end ? text[runEnd] : isLast ? '\0' : '\n';
                if (after == '&')
                {
                    // Markdig decodes an entity after the run to judge it.
                    declined = true;
                    return false;
                }

                CharHelper.CheckOpenCloseDelimiter(before, after, delimiter == '*', out var canOpen, out var canClose);
                if (!canOpen && !canClose)
                {
                    if (runEnd - p > 1 && p > start && text[p - 1] == '\\')
                    {
                        // After an escaped backslash Markdig judges the run's second character afresh.
                        declined = true;
                        return false;
                    }

                    // Plain text: the whole run joins the literal (each of its characters would).
                    AddLiteral(p, runEnd);
                    p = runEnd;
                    return true;
                }

                if (runEnd - p > 2)
                {
                    // Runs of three or more are split by rules the scanner leaves to Markdig.
                    declined = true;
                    return false;
                }

                Add(new Token { Kind = Kind.Delimiter, Start = p, ContentStart = p, ContentEnd = runEnd, DelimiterChar = delimiter, CanOpen = canOpen, CanClose = canClose, Pair = -1 });
                _mergeable = -1;
                p = runEnd;
                return true;
            }

            /// <summary>A <c>]</c>: a link with the innermost open bracket, or a bracket turned to text; false when the <c>]</c> is a literal.</summary>
            private bool CloseBracket(ref int p, int end, bool isLast, out bool declined)
            {
                declined = false;
                if (_brackets.Count == 0)
                {
                    return false;
                }

                var (opener, active) = _brackets[_brackets.Count - 1];
                var text = _text;
                var next = p + 1 < end ? text[p + 1] : isLast ? '\0' : '\n';
                if (active && next == '(')
                {
                    var slice = new StringSlice(text, p + 1, end - 1);
                    var plainEnd = PlainDestinationEnd(text, p + 2, end);
                    string? url = null;
                    if (plainEnd > 0)
                    {
                        // Most destinations are a plain address: nothing for Markdig's parser to unescape or balance.
                        url = text.Substring(p + 2, plainEnd - p - 2);
                        slice.Start = plainEnd + 1;
                    }

                    if (url is not null || LinkHelper.TryParseInlineLink(ref slice, out url, out _, out _, out _))
                    {
                        var close = Add(new Token { Kind = Kind.LinkEnd, Start = p, Pair = opener });
                        var link = _tokens[opener];
                        link.Text = plainEnd > 0 ? url! : HtmlHelper.Unescape(url) ?? "";
                        link.Pair = close;
                        _tokens[opener] = link;
                        _brackets.RemoveAt(_brackets.Count - 1);
                        // No link inside a link: the brackets around it can no longer make one.
                        for (var i = 0; i < _brackets.Count; i++)
                        {
                            _brackets[i] = (_brackets[i].Token, false);
                        }

                        // Emphasis inside the link text is resolved now, within it.
                        if (!ResolveEmphasis(opener + 1, close, allowUnpaired: false))
                        {
                            declined = true;
                            return false;
                        }

                        _mergeable = -1;
                        p = slice.Start;
                        return true;
                    }

                    if (!isLast)
                    {
                        // The link's destination may run over the line.
                        declined = true;
                        return false;
                    }
                }
                else if (active && next == '[')
                {
                    // A reference link's second label.
                    declined = true;
                    return false;
                }

                if (!active)
                {
                    // A bracket around a link: it becomes a "[" of its own, and the "]" starts a literal.
                    SetKind(opener, Kind.Bracket);
                    _brackets.RemoveAt(_brackets.Count - 1);
                    _mergeable = -1;
                    return false;
                }

                // No link: the bracket becomes a "[" of its own, what it held moves out after it, and the "]" joins the
                // literal it held last, if it held one at its own level (an emphasis run in it would hold what follows).
                for (var i = opener + 1; i < _tokens.Count; i++)
                {
                    if (_tokens[i].Kind == Kind.Delimiter)
                    {
                        declined = true;
                        return false;
                    }
                }

                SetKind(opener, Kind.Bracket);
                _brackets.RemoveAt(_brackets.Count - 1);
                return false;
            }

            /// <summary>Markdig's entity parser: a named or numeric character reference and what it stands for.</summary>
            private bool TryEntity(int p, int end, out string value, out int length)
            {
                value = "";
                length = HtmlHelper.ScanEntity(new StringSlice(_text, p, end - 1), out var number, out var nameStart, out var nameLength);
                if (length == 0)
                {
                    return false;
                }

                string? decoded;
                if (nameLength > 0)
                {
                    decoded = EntityHelper.DecodeEntity(new System.ReadOnlySpan<char>(_text.ToCharArray(nameStart, nameLength)));
                }
                else if (number >= 0)
                {
                    decoded = (number == 0 ? null : EntityHelper.DecodeEntity(number)) ?? "\uFFFD";
                }
                else
                {
                    decoded = null;
                }

                if (decoded is null)
                {
                    return false;
                }

                value = decoded;
                return true;
            }

            /// <summary>
            /// Pairs the delimiter runs of tokens [from, to) as Markdig does, for the runs the scanner takes: a closer takes
            /// the nearest opener of its character, which must be of the same length. Links formed inside the range were
            /// resolved when they closed and are skipped. False (declined) for runs of unequal length, and for runs left
            /// unpaired unless <paramref name="allowUnpaired"/> (the block's own level, where Markdig leaves them as text).
            /// </summary>
            private bool ResolveEmphasis(int from, int to, bool allowUnpaired)
            {
                _openers.Clear();
                for (var i = from; i < to; i++)
                {
                    var token = _tokens[i];
                    if (token.Kind == Kind.LinkStart)
                    {
                        i = token.Pair;
                        continue;
                    }

                    if (token.Kind != Kind.Delimiter)
                    {
                        continue;
                    }

                    if (token.CanClose)
                    {
                        var match = _openers.Count - 1;
                        while (match >= 0 && _tokens[_openers[match]].DelimiterChar != token.DelimiterChar)
                        {
                            match--;
                        }

                        if (match >= 0)
                        {
                            var opener = _openers[match];
                            if (Length(opener) != Length(i) || (match < _openers.Count - 1 && !allowUnpaired))
                            {
                                // Runs of unequal length (Markdig splits them), or openers of the other character left
                                // unpaired in between where that is not allowed.
                                return false;
                            }

                            MarkPaired(opener, i);
                            _openers.RemoveRange(match, _openers.Count - match);
                            continue;
                        }
                    }

                    if (token.CanOpen)
                    {
                        _openers.Add(i);
                    }
                    else if (!allowUnpaired)
                    {
                        return false;
                    }
                }

                return allowUnpaired || _openers.Count == 0;
            }

            private int Length(int index) => _tokens[index].ContentEnd - _tokens[index].ContentStart;

            /// <summary>A token's characters; one character (a comma, a bracket: many literals) is a shared string, not a copy.</summary>
            private string Content(int index)
            {
                var token = _tokens[index];
                var length = token.ContentEnd - token.ContentStart;
                return length == 1 ? TextUtil.CharToString(_text, token.ContentStart) : _text.Substring(token.ContentStart, length);
            }

            private void MarkPaired(int opener, int closer)
            {
                var token = _tokens[opener];
                token.Pair = closer;
                _tokens[opener] = token;
                token = _tokens[closer];
                token.Pair = opener;
                _tokens[closer] = token;
            }

            private int Add(Token token)
            {
                _tokens.Add(token);
                return _tokens.Count - 1;
            }

            private void SetKind(int index, Kind kind)
            {
                var token = _tokens[index];
                token.Kind = kind;
                _tokens[index] = token;
            }

            /// <summary>Hands the tokens to the flattener in order, with the emphasis and the link each sits in.</summary>
            private void Emit(InlineFlattener flattener)
            {
                // Each paired run opens (at its opener) or closes (at its closer) a bold or italic span around the tokens between.
                var bold = 0;
                var italic = 0;
                InlineLink? link = null;
                for (var i = 0; i < _tokens.Count; i++)
                {
                    var token = _tokens[i];
                    var style = (bold > 0 ? InlineStyle.Bold : InlineStyle.None) | (italic > 0 ? InlineStyle.Italic : InlineStyle.None);
                    switch (token.Kind)
                    {
                        case Kind.Literal:
                        case Kind.Delimiter when token.Pair < 0:
                            // A literal, or a run left unpaired: its characters are text.
                            flattener.AppendText(Content(i), style, link, token.Start);
                            break;
                        case Kind.Bracket:
                            flattener.AppendText("[", style, link, token.Start);
                            break;
                        case Kind.Entity:
                            flattener.AppendText(token.Text!, style, link, token.Start);
                            break;
                        case Kind.Html when token.Text is null:
                            // A tag found in place (HtmlTagExtent): read where it sits.
                            flattener.AddHtml(_text, token.ContentStart, token.ContentEnd, token.Start);
                            break;
                        case Kind.Html:
                            flattener.AddHtml(token.Text, token.Start);
                            break;
                        case Kind.SoftBreak:
                            flattener.AddSoftBreak(token.Start);
                            break;
                        case Kind.HardBreak:
                            flattener.AddHardBreak();
                            break;
                        case Kind.LinkStart:
                            link = flattener.StartLink(token.Text!, token.Start);
                            break;
                        case Kind.LinkEnd:
                            link = null;
                            break;
                        case Kind.OpenBracket:
                            break;
                        case Kind.Delimiter:
                            var delta = token.Pair > i ? 1 : -1;
                            if (Length(i) >= 2)
                            {
                                bold += delta;
                            }
                            else
                            {
                                italic += delta;
                            }

                            break;
                    }
                }
            }

            /// <summary>The characters some inline parser of Markdig's opens on (besides the line break): where a literal ends.</summary>
            private static bool IsOpening(char c) => c < OpeningTable.Length && OpeningTable[c];

            private static readonly bool[] OpeningTable = MakeOpeningTable();

            private static bool[] MakeOpeningTable()
            {
                var table = new bool[128];
                foreach (var c in "\\*_[]!<&`")
                {
                    table[c] = true;
                }

                return table;
            }
        }
    }
}
