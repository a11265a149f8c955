using System.Collections.Generic;
using Markdig.Syntax.Inlines;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Turns Markdig's inline tree (Markdown emphasis and links, and the inline HTML pages mix in: <c>&lt;span&gt;</c>,
    /// <c>&lt;a href&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;br&gt;</c>) into logical lines of styled segments.
    /// Iterative, so 10,000 nested emphasis markers cannot overflow the stack. One flattener serves a whole page,
    /// block after block (<see cref="Finish"/> starts the next), so its buffers are not regrown for every paragraph.
    /// </summary>
    internal sealed class InlineFlattener
    {
        private readonly SourceLines _source;
        // The block's lines; made when its first line ends, handed over by Finish.
        private List<LogicalLine>? _lines;
        // The line being read; copied into the store when it ends, then reused.
        private InlineSegment[] _current = new InlineSegment[16];
        private int _currentCount;
        // Where the lines and their segments are kept.
        private readonly LineStore _store;
        private int _nextLinkId;

        // The walk stack, shared by every flattener on the thread: a flattener per block would regrow its own.
        [System.ThreadStatic]
        private static Stack<Frame>? _sharedStack;

        // Inline HTML opens and closes across siblings, so its state lives here rather than on the walk stack.
        private int _spanDepth;
        private int _boldDepth;
        private int _italicDepth;
        private int _supDepth;
        private int _subDepth;
        private InlineLink? _htmlLink;

        /// <summary>A flattener whose lines and their segments are kept in <paramref name="store"/>.</summary>
        public InlineFlattener(SourceLines source, LineStore store)
        {
            _source = source;
            _store = store;
        }

        /// <summary>A flattener with a store of its own (a snippet's).</summary>
        public InlineFlattener(SourceLines source)
            : this(source, new LineStore())
        {
        }

        /// <summary>Flattens one container (a paragraph's or heading's inlines); may be called for several in a row.</summary>
        public void Add(ContainerInline? root)
        {
            if (root is null)
            {
                return;
            }

            var stack = _sharedStack ?? new Stack<Frame>(16);
            _sharedStack = null;
            stack.Clear();
            stack.Push(new Frame(root.FirstChild, InlineStyle.None, null));
            while (stack.Count > 0)
            {
                // Siblings are walked in a loop; the stack only keeps where to go on after a container's children.
                var frame = stack.Pop();
                var node = frame.Next;
                while (node is not null)
                {
                    var next = node.NextSibling;
                    if (node is LiteralInline literal)
                    {
                        // Most inlines are text: tested first, before the container types.
                        Append(TextOf(literal.Content), frame, literal.Span.Start);
                        node = next;
                        continue;
                    }

                    // Containers and leaves told apart by one type test: each failed test of a (non-sealed) Markdig
                    // type walks the node's base types, and a leaf used to fail four container tests first.
                    if (node is ContainerInline container && TryEnter(container, frame, out var child))
                    {
                        stack.Push(frame with { Next = next });
                        frame = child;
                        node = child.Next;
                        continue;
                    }

                    Visit(node, frame);
                    node = next;
                }
            }

            _sharedStack = stack;
        }

        /// <summary>Ends the current logical line (a new block or list item starts).</summary>
        public void BreakLine() => FlushLine();

        // What InlineScanner hands over, inline by inline, in place of Markdig's tree.

        /// <summary>A literal's (or entity's) text at <paramref name="offset"/>, with the emphasis and link around it.</summary>
        public void AppendText(string text, InlineStyle style, InlineLink? link, int offset) => Append(text, new Frame(null, style, link), offset);

        /// <summary>An inline HTML tag (<c>&lt;span&gt;</c>, <c>&lt;a href&gt;</c>, <c>&lt;br&gt;</c> …) starting at <paramref name="offset"/>.</summary>
        public void AddHtml(string tag, int offset) => VisitHtml(tag, 0, tag.Length, offset);

        /// <summary>The inline HTML tag that is the characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>, at <paramref name="offset"/>.</summary>
        public void AddHtml(string text, int start, int end, int offset) => VisitHtml(text, start, end, offset);

        /// <summary>A soft line break; <paramref name="offset"/> is the end of the line it ends.</summary>
        public void AddSoftBreak(int offset) =>
            AddSegment(new InlineSegment(" ", InlineStyle.None, Position(offset).Line, 0) { IsSoftBreak = true });

        /// <summary>A hard line break: the logical line ends.</summary>
        public void AddHardBreak() => FlushLine();

        /// <summary>A Markdown link starting at <paramref name="offset"/> (its <c>[</c>); its text follows.</summary>
        public InlineLink StartLink(string url, int offset) => NewLink(url, offset);

        /// <summary>The logical lines of the block read since the last call, blank lines dropped; the next block starts afresh.</summary>
        public List<LogicalLine> Finish()
        {
            FlushLine();
            var lines = _lines ?? new List<LogicalLine>();
            _lines = null;
            // Link ids and inline HTML do not carry over from one block to the next.
            _nextLinkId = 0;
            _spanDepth = _boldDepth = _italicDepth = _supDepth = _subDepth = 0;
            _htmlLink = null;
            return lines;
        }

        /// <summary>A container whose children are read next (emphasis, a link, a plain container), with the frame for them.</summary>
        private bool TryEnter(ContainerInline node, Frame frame, out Frame child)
        {
            switch (node)
            {
                case EmphasisInline emphasis:
                    var style = emphasis.DelimiterCount >= 2 ? InlineStyle.Bold : InlineStyle.Italic;
                    if (emphasis.DelimiterChar == '~')
                    {
                        style = emphasis.DelimiterCount >= 2 ? InlineStyle.None : InlineStyle.Subscript;
                    }
                    else if (emphasis.DelimiterChar == '^')
                    {
                        style = InlineStyle.Superscript;
                    }

                    child = frame with { Next = emphasis.FirstChild, Style = frame.Style | style };
                    return true;
                case LinkInline link when !link.IsImage:
                    child = new Frame(link.FirstChild, frame.Style, NewLink(link.Url ?? "", link.Span.Start));
                    return true;
                case LinkInline:
                    // An image: nothing of it is read.
                    child = default;
                    return false;
                default:
                    child = frame with { Next = node.FirstChild };
                    return true;
            }
        }

        /// <summary>A leaf inline: text, an entity, code, a line break, an autolink or inline HTML.</summary>
        private void Visit(Inline node, Frame frame)
        {
            // The commonest leaves first (the types are unrelated, so the order decides nothing else).
            switch (node)
            {
                case HtmlInline html:
                    var tag = html.Tag ?? "";
                    VisitHtml(tag, 0, tag.Length, html.Span.Start);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        FlushLine();
                    }
                    else
                    {
                        AddSoftBreak(lineBreak.Span.Start);
                    }

                    break;
                case AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    Append(autolink.Url, new Frame(null, frame.Style, NewLink(url, autolink.Span.Start)), autolink.Span.Start);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.ToString(), frame, entity.Span.Start);
                    break;
                case CodeInline code:
                    Append(code.Content, frame with { Style = frame.Style | InlineStyle.Code }, code.Span.Start);
                    break;
            }
        }

        private void VisitHtml(string html, int start, int end, int offset)
        {
            var tag = HtmlTag.Parse(html, start, end);
            var delta = tag.IsClosing ? -1 : tag.IsSelfClosing ? 0 : 1;
            switch (tag.Name)
            {
                case "br":
                    FlushLine();
                    break;
                case "span":
                    _spanDepth = System.Math.Max(0, _spanDepth + delta);
                    break;
                case "b":
                case "strong":
                    _boldDepth = System.Math.Max(0, _boldDepth + delta);
                    break;
                case "i":
                case "em":
                    _italicDepth = System.Math.Max(0, _italicDepth + delta);
                    break;
                case "sup":
                    _supDepth = System.Math.Max(0, _supDepth + delta);
                    break;
                case "sub":
                    _subDepth = System.Math.Max(0, _subDepth + delta);
                    break;
                case "a" when tag.IsClosing:
                    _htmlLink = null;
                    break;
                case "a" when tag.Href is not null:
                    _htmlLink = NewLink(tag.Href, offset);
                    break;
            }
        }

        private void Append(string text, Frame frame, int offset)
        {
            if (text.Length == 0)
            {
                return;
            }

            var style = frame.Style;
            if (_spanDepth > 0) style |= InlineStyle.Span;
            if (_boldDepth > 0) style |= InlineStyle.Bold;
            if (_italicDepth > 0) style |= InlineStyle.Italic;
            if (_supDepth > 0) style |= InlineStyle.Superscript;
            if (_subDepth > 0) style |= InlineStyle.Subscript;

            var (line, column) = Position(offset);
            AddSegment(new InlineSegment(text, style, line, column) { Link = frame.Link ?? _htmlLink });
        }

        private void AddSegment(in InlineSegment segment)
        {
            if (_currentCount == _current.Length)
            {
                System.Array.Resize(ref _current, _current.Length * 2);
            }

            _current[_currentCount++] = segment;
        }

        private (int Line, int Column) Position(int offset) => _source.Position(offset);

        /// <summary>A link starting at the offset, with the block's next id.</summary>
        private InlineLink NewLink(string url, int offset) => new(_nextLinkId++, url, Position(offset));

        /// <summary>A literal's text; one ASCII character (a comma, a bracket: many literals) is a shared string, not a copy.</summary>
        private static string TextOf(Markdig.Helpers.StringSlice content) =>
            content.Length == 1 ? TextUtil.CharToString(content.Text, content.Start) : content.ToString();

        private void FlushLine()
        {
            for (var i = 0; i < _currentCount; i++)
            {
                ref readonly var first = ref _current[i];
                if (!first.IsSoftBreak && !string.IsNullOrWhiteSpace(first.Text))
                {
                    var line = _store.Line(_store.Add(_current, _currentCount), first.Line, StartColumn(first));
                    if (!line.IsBlank)
                    {
                        (_lines ??= new List<LogicalLine>()).Add(line);
                    }
                    else
                    {
                        _store.TakeBackLastLine();
                    }

                    break;
                }
            }

            // Cleared, so the buffer keeps no strings or links of the page alive.
            System.Array.Clear(_current, 0, _currentCount);
            _currentCount = 0;
        }

        /// <summary>Where the line's text starts, including emphasis markers before it: <c>*Can't Be Late*</c> starts at the <c>*</c>.</summary>
        private int StartColumn(in InlineSegment first)
        {
            var leading = 0;
            while (leading < first.Text.Length && char.IsWhiteSpace(first.Text[leading]))
            {
                leading++;
            }

            return BeforeMarkers(_source.Text, _source.LineStart(first.Line), _source.LineLength(first.Line), first.Column + leading);
        }

        /// <summary>
        /// <paramref name="column"/> of the line starting at <paramref name="lineStart"/>, moved back over the emphasis,
        /// bracket and code markers right before it: where a logical line whose text starts there is said to start.
        /// </summary>
        internal static int BeforeMarkers(string text, int lineStart, int lineLength, int column)
        {
            while (column > 0 && column <= lineLength && text[lineStart + column - 1] is '*' or '_' or '[' or '~' or '`')
            {
                column--;
            }

            return column;
        }

        private readonly record struct Frame(Inline? Next, InlineStyle Style, InlineLink? Link);
    }
}
