using System.Collections.Generic;
using Markdig.Parsers;
using Markdig.Syntax;
using PubCatalog.Generator.Diagnostics;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads a page's paragraphs and headings, parsed as blocks only (<see cref="MarkdownDocumentReader.BlockPipeline"/>),
    /// into one <see cref="InlineFlattener"/>: with <see cref="InlineScanner"/> where it takes the block, and with Markdig's
    /// own inline parse where it declines, so every block reads as Markdig's full parse would have it.
    /// </summary>
    internal sealed class InlineReader
    {
        private readonly MarkdownDocument _document;
        private readonly ParseContext _context;
        private readonly bool _hasLinkReferences;
        // Made for the first block the scanner declines (most pages have none).
        private InlineProcessor? _markdigInlines;

        public InlineReader(SourceLines source, MarkdownDocument document, ParseContext context, LineStore lines)
        {
            _document = document;
            _context = context;
            _hasLinkReferences = InlineScanner.HasLinkReferences(document);
            Flattener = new InlineFlattener(source, lines);
        }

        public InlineFlattener Flattener { get; }

        /// <summary>The block's logical lines (the flattener's lines since the last call, then these).</summary>
        public List<LogicalLine> ReadLines(LeafBlock leaf)
        {
            Read(leaf);
            return Flattener.Finish();
        }

        /// <summary>Adds the block's inlines to the flattener's current line (blocks without inlines add nothing).</summary>
        public void Read(LeafBlock leaf)
        {
            PlainBlockParser.EnsureLines(leaf);
            if (leaf.Inline is null && leaf is ParagraphBlock or HeadingBlock && !InlineScanner.TryRead(leaf, _hasLinkReferences, Flattener))
            {
                _markdigInlines ??= new InlineProcessor(_document, MarkdownDocumentReader.InlineParsers, preciseSourcelocation: true, context: null);
                var lineCount = leaf.Lines.Count;
                try
                {
                    _markdigInlines.ProcessInlineLeaf(leaf);
                }
                catch (System.ArgumentException exception) when (MarkdownDocumentReader.IsDepthLimit(exception))
                {
                    // Markdig's depth limit (emphasis or links nested thousands deep): this block is not read, the others are.
                    _context.Report(DiagnosticDescriptors.MarkupTooComplex, _context.At(leaf.Line, leaf.Column, 1),
                        lineCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "Markdown elements are nested too deeply");
                    return;
                }
            }

            Flattener.Add(leaf.Inline);
        }
    }
}
