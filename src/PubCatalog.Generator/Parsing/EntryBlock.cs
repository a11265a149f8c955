using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>A run of logical lines that may hold one publication: a paragraph or a list item.</summary>
    internal sealed class EntryBlock
    {
        private IReadOnlyList<LogicalLine>? _lines;
        // What makes a direct block's lines when they are asked for.
        private readonly InlineReader? _reader;
        private readonly Markdig.Syntax.LeafBlock? _paragraph;

        public EntryBlock(IReadOnlyList<LogicalLine> lines, int line, int? sectionYear, string? section)
        {
            _lines = lines;
            Line = line;
            SectionYear = sectionYear;
            Section = section;
        }

        /// <summary>
        /// A paragraph <see cref="DirectStackedReader"/> reads: its logical lines are made only if something asks for them
        /// (the buttons an HTML block after it adds), by <paramref name="reader"/>, the page's.
        /// </summary>
        public EntryBlock(DirectParagraph direct, InlineReader reader, Markdig.Syntax.LeafBlock paragraph, int line, int? sectionYear, string? section)
        {
            Direct = direct;
            _reader = reader;
            _paragraph = paragraph;
            Line = line;
            SectionYear = sectionYear;
            Section = section;
        }

        public IReadOnlyList<LogicalLine> Lines => _lines ??= _reader!.ReadLines(_paragraph!);

        /// <summary>True once the block has its logical lines (always, unless it is a direct one never asked for them).</summary>
        public bool HasLines => _lines is not null;

        /// <summary>The paragraph cut for <see cref="DirectStackedReader"/>, or null for a block the readers read from its lines.</summary>
        public DirectParagraph? Direct { get; }

        /// <summary>0-based line where the block starts.</summary>
        public int Line { get; }

        /// <summary>The year of the enclosing <c>## 2025</c> (or <c>**2025**</c>) section, if any.</summary>
        public int? SectionYear { get; }

        /// <summary>The text of the nearest heading above the block, if any.</summary>
        public string? Section { get; }
    }
}
