using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Parses a page with Markdig and cuts it into <see cref="EntryBlock"/>s: paragraphs and list items, with the
    /// year of the section they sit in. Front matter, HTML blocks (scripts, comments) and rules are skipped.
    /// </summary>
    internal static class MarkdownDocumentReader
    {
        private static readonly MarkdownPipelineBuilder FullBuilder = NewBuilder();

        /// <summary>
        /// CommonMark plus front matter; pipe tables stay off, since <c>| [paper](url) |</c> rows are link rows, not tables.
        /// What a page would be parsed with in full (the benchmarks' reference); the reader parses blocks with
        /// <see cref="BlockPipeline"/> and inlines with <see cref="InlineScanner"/> or <see cref="InlineParsers"/>.
        /// </summary>
        public static readonly MarkdownPipeline Pipeline = FullBuilder.Build();

        /// <summary><see cref="Pipeline"/>'s inline parsers, for the blocks <see cref="InlineScanner"/> declines.</summary>
        internal static readonly Markdig.Parsers.InlineParserList InlineParsers = new(FullBuilder.InlineParsers);

        /// <summary>
        /// <see cref="Pipeline"/>'s blocks with no inline parse: paragraphs and headings keep their lines
        /// (<see cref="LeafBlock.Lines"/>) and get no <see cref="LeafBlock.Inline"/> until <see cref="InlineReader"/> reads them.
        /// </summary>
        public static readonly MarkdownPipeline BlockPipeline = BuildBlockPipeline();

        private static MarkdownPipelineBuilder NewBuilder() => new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();

        private static MarkdownPipeline BuildBlockPipeline()
        {
            var builder = NewBuilder();
            // Markdig skips the inline parse of a leaf whose ProcessInlines is off, and keeps its lines for us.
            foreach (var parser in builder.BlockParsers)
            {
                if (parser is Markdig.Parsers.ParagraphBlockParser or Markdig.Parsers.HeadingBlockParser)
                {
                    parser.Closed += (_, block) =>
                    {
                        if (block is LeafBlock leaf)
                        {
                            leaf.ProcessInlines = false;
                        }
                    };
                }
            }

            return builder.Build();
        }

        /// <summary>
        /// The page's entry blocks, each handed out once it is complete (the HTML buttons that may follow it are read), so
        /// a block and its part of Markdig's tree are garbage once read rather than kept until the whole page is.
        /// </summary>
        /// <param name="lines">Where the blocks' lines and their segments are kept: released by the caller only once it reads none of the lines.</param>
        /// <param name="readDirect">Whether paragraphs <see cref="DirectStackedReader"/> takes are handed out cut for it (off: every block is read from its lines).</param>
        public static IEnumerable<EntryBlock> Read(SourceLines source, ParseContext context, System.Func<int, bool> isLineTaken, LineStore lines, bool readDirect = false)
        {
            MarkdownDocument document;
            var direct = false;
            try
            {
                var text = MarkupLimits.Guard(source, context);
                // Most pages are paragraphs, headings and comments, cut into blocks here without Markdig's parser.
                var plain = PlainBlockParser.TryParse(text, source);
                document = plain ?? Markdown.Parse(text, BlockPipeline);
                // Direct paragraphs are read from the page's own lines: only where no guard changed them and every
                // paragraph is one of the page's (no list or quote around it).
                direct = readDirect && plain is not null && ReferenceEquals(text, source.Text);
            }
            catch (System.ArgumentException exception) when (IsDepthLimit(exception))
            {
                // Markdig's depth limit (thousands of nested quotes, lists or emphasis markers).
                context.Report(DiagnosticDescriptors.MarkupTooComplex, context.At(0, 0), source.LineCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "Markdown elements are nested too deeply");
                return System.Array.Empty<EntryBlock>();
            }

            // Reported before any block is read, so they come before the readers' diagnostics.
            CheckComments(document, source, context, isLineTaken);
            return ReadBlocks(document, source, context, isLineTaken, lines, direct);
        }

        /// <summary>The exception Markdig throws past its depth limit (thousands of nested quotes, lists, emphasis or links).</summary>
        internal static bool IsDepthLimit(System.ArgumentException exception) =>
            exception.Message.IndexOf("nested", System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Reports the unclosed comments among the blocks <see cref="ReadBlocks"/> walks, in the order it meets them.</summary>
        private static void CheckComments(MarkdownDocument document, SourceLines source, ParseContext context, System.Func<int, bool> isLineTaken)
        {
            var stack = new Stack<Block>();
            for (var i = document.Count - 1; i >= 0; i--)
            {
                stack.Push(document[i]);
            }

            while (stack.Count > 0)
            {
                var block = stack.Pop();
                if (isLineTaken(block.Line))
                {
                    continue;
                }

                if (block is HtmlBlock html)
                {
                    CheckComment(html, source, context);
                }
                else if (block is ContainerBlock container and not ListItemBlock and not LinkReferenceDefinitionGroup)
                {
                    // A list item is read as a whole: the walk does not look at the blocks inside it.
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }
                }
            }
        }

        private static IEnumerable<EntryBlock> ReadBlocks(MarkdownDocument document, SourceLines source, ParseContext context, System.Func<int, bool> isLineTaken, LineStore store, bool direct)
        {
            var state = new SectionState();
            var stack = new Stack<Block>();
            // One inline reader (and flattener) and one walk of a list item's blocks for the whole page, reused block after block.
            var reader = new InlineReader(source, document, context, store);
            var itemStack = new Stack<Block>();
            for (var i = document.Count - 1; i >= 0; i--)
            {
                stack.Push(document[i]);
            }

            // From here the walk's stack alone holds the page's blocks: each one read can be collected.
            document.Clear();

            // The last block found, handed out when the next one is (buttons after it may still join it).
            EntryBlock? pending = null;
            while (stack.Count > 0)
            {
                var block = stack.Pop();
                if (isLineTaken(block.Line))
                {
                    continue;
                }

                EntryBlock? found = null;
                switch (block)
                {
                    case YamlFrontMatterBlock:
                    case ThematicBreakBlock:
                    case LinkReferenceDefinitionGroup:
                        break;
                    case HtmlBlock html:
                        pending = AttachButtons(pending, html, source, state);
                        break;
                    case HeadingBlock heading:
                        state.Enter(Flatten(reader, heading), heading.Level, context);
                        break;
                    case ListItemBlock item:
                        found = NewBlock(FlattenContainer(source, reader, itemStack, item), block.Line, state, context);
                        break;
                    case ParagraphBlock paragraph when direct && DirectStackedReader.TryCut(source, paragraph.Line, PlainBlockParser.LineCount(paragraph), store) is { } cut:
                        // Two logical lines or more: never a bold year. Its lines are made only if buttons join it.
                        found = NewDirectBlock(cut, reader, paragraph, block.Line, state, context, store);
                        break;
                    case ParagraphBlock paragraph:
                        var lines = Flatten(reader, paragraph);
                        if (!state.TryEnterBoldYear(lines))
                        {
                            found = NewBlock(lines, block.Line, state, context);
                        }

                        break;
                    case ContainerBlock container:
                        for (var i = container.Count - 1; i >= 0; i--)
                        {
                            stack.Push(container[i]);
                        }

                        break;
                }

                if (found is not null)
                {
                    if (pending is not null)
                    {
                        yield return pending;
                        // Read: its lines let go of their text, so a long page does not keep every block read alive
                        // through its collections (the store keeps the lines and their arrays until the page is read).
                        Forget(pending, store);
                    }

                    pending = found;
                }
            }

            if (pending is not null)
            {
                yield return pending;
                Forget(pending, store);
            }
        }

        /// <summary>
        /// Empties a block's lines once the readers are done with it (<see cref="LogicalLine.Forget"/>), and hands its
        /// direct paragraph back to the store for the next one.
        /// </summary>
        private static void Forget(EntryBlock block, LineStore store)
        {
            if (block.Direct is { } direct)
            {
                store.ReturnParagraph(direct);
            }

            if (!block.HasLines)
            {
                return;
            }

            // Indexed: a foreach over the IReadOnlyList would box an enumerator for every block of the page.
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i].Forget();
            }
        }

        /// <summary>The block of an entry's lines, or null when it has none or sits in a section that is not publications.</summary>
        private static EntryBlock? NewBlock(List<LogicalLine> lines, int line, SectionState state, ParseContext context)
        {
            if (lines.Count > 0 && state.IsNotPublications)
            {
                // Talks, Teaching, Reviewing …: recognised by the heading and left out of the papers.
                context.SkippedItems++;
            }
            else if (lines.Count > 0)
            {
                state.LastBlockOpen = true;
                return new EntryBlock(lines, line, state.Year, state.Heading);
            }

            return null;
        }

        /// <summary>The block of a paragraph <see cref="DirectStackedReader"/> reads, or null in a section that is not publications (as <see cref="NewBlock"/>).</summary>
        private static EntryBlock? NewDirectBlock(DirectParagraph cut, InlineReader reader, ParagraphBlock paragraph, int line, SectionState state, ParseContext context, LineStore store)
        {
            if (state.IsNotPublications)
            {
                context.SkippedItems++;
                store.ReturnParagraph(cut);
                return null;
            }

            state.LastBlockOpen = true;
            return new EntryBlock(cut, reader, paragraph, line, state.Year, state.Heading);
        }

        /// <summary>An HTML block of buttons (<c>&lt;a href&gt;📄 Paper&lt;/a&gt;</c>) right after an entry holds that entry's links.</summary>
        private static EntryBlock? AttachButtons(EntryBlock? last, HtmlBlock html, SourceLines source, SectionState state)
        {
            var line = HtmlAnchors.Read(source, html.Span.Start, html.Span.End + 1);
            if (line is null || last is null || !state.LastBlockOpen)
            {
                return last;
            }

            return new EntryBlock(new List<LogicalLine>(last.Lines) { line }, last.Line, last.SectionYear, last.Section);
        }

        private static List<LogicalLine> Flatten(InlineReader reader, LeafBlock block) => reader.ReadLines(block);

        /// <summary>A list item's paragraphs and nested lists become the item's lines, one logical line break between blocks.</summary>
        private static List<LogicalLine> FlattenContainer(SourceLines source, InlineReader reader, Stack<Block> stack, ContainerBlock container)
        {
            // Made only for an item with buttons (most have none).
            List<LogicalLine>? buttons = null;
            stack.Clear();
            stack.Push(container);
            while (stack.Count > 0)
            {
                var block = stack.Pop();
                if (block is HtmlBlock html && HtmlAnchors.Read(source, html.Span.Start, html.Span.End + 1) is { } anchors)
                {
                    (buttons ??= new List<LogicalLine>()).Add(anchors);
                }
                else if (block is LeafBlock leaf)
                {
                    reader.Read(leaf);
                    reader.Flattener.BreakLine();
                }
                else if (block is ContainerBlock children)
                {
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(children[i]);
                    }
                }
            }

            var lines = reader.Flattener.Finish();
            if (buttons is not null)
            {
                lines.AddRange(buttons);
            }

            return lines;
        }

        /// <summary>An HTML comment that never closes runs to the end of the file, silently hiding every entry after it.</summary>
        private static void CheckComment(HtmlBlock html, SourceLines source, ParseContext context)
        {
            if (html.Type != HtmlBlockType.Comment)
            {
                return;
            }

            var end = System.Math.Min(source.Text.Length, html.Span.End + 1);
            var start = System.Math.Min(html.Span.Start, end);
            if (source.Text.IndexOf("-->", start, end - start, System.StringComparison.Ordinal) < 0)
            {
                var (line, column) = source.Position(html.Span.Start);
                context.Report(DiagnosticDescriptors.UnclosedComment, new LocationInfo(context.FilePath, line, column, 4),
                    (source.LineCount - line).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>The heading context: the year of a <c>## 2024</c> or <c>**2024**</c> line, and the heading text.</summary>
        private sealed class SectionState
        {
            public int? Year { get; private set; }

            public string? Heading { get; private set; }

            /// <summary>True under a heading such as "Talks" or "Teaching", until a heading of the same or a higher level.</summary>
            public bool IsNotPublications
            {
                get
                {
                    // Each heading's kind is decided once, when it is entered (this is asked for every block).
                    foreach (var heading in _headings)
                    {
                        if (heading.IsNotPublication)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            /// <summary>True while nothing but HTML has come since the last entry block (its buttons may follow).</summary>
            public bool LastBlockOpen { get; set; }

            private readonly List<(int Level, bool IsNotPublication)> _headings = new();

            public void Enter(List<LogicalLine> heading, int level, ParseContext context)
            {
                var text = heading.Count > 0 ? heading[0].PlainText : "";
                Heading = text;
                Year = YearText.TryParseStandaloneYear(text, out var year) ? year : null;
                LastBlockOpen = false;
                _headings.RemoveAll(h => h.Level >= level);
                var isNotPublication = SectionKinds.IsNotPublication(text);
                _headings.Add((level, isNotPublication));
                if (isNotPublication)
                {
                    context.SkippedSections.Add(text);
                }
            }

            public bool TryEnterBoldYear(List<LogicalLine> lines)
            {
                if (lines.Count == 1 && lines[0].IsAll(InlineStyle.Bold) && YearText.TryParseStandaloneYear(lines[0].PlainText, out var year))
                {
                    Year = year;
                    Heading = lines[0].PlainText;
                    return true;
                }

                return false;
            }
        }
    }
}
