using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>A run of logical lines that may hold one publication: a paragraph or a list item.</summary>
    internal sealed class EntryBlock
    {
        public EntryBlock(IReadOnlyList<LogicalLine> lines, int line, int? sectionYear, string? section)
        {
            Lines = lines;
            Line = line;
            SectionYear = sectionYear;
            Section = section;
        }

        public IReadOnlyList<LogicalLine> Lines { get; }

        /// <summary>0-based line where the block starts.</summary>
        public int Line { get; }

        /// <summary>The year of the enclosing <c>## 2025</c> (or <c>**2025**</c>) section, if any.</summary>
        public int? SectionYear { get; }

        /// <summary>The text of the nearest heading above the block, if any.</summary>
        public string? Section { get; }
    }
}
