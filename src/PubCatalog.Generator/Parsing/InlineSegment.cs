namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A run of inline text with the formatting around it, flattened out of Markdig's inline tree: the unit every
    /// field reader works on.
    /// </summary>
    /// <remarks>
    /// A struct, kept in the arrays a page's lines share (<see cref="LineStore"/>), which go on to the next page: as
    /// objects, the segments and each line's array of them were 13% of what a run allocated (1.5 of 11.3 MB at 2,000
    /// entries).
    /// </remarks>
    internal readonly struct InlineSegment
    {
        public InlineSegment(string text, InlineStyle style, int line, int column)
        {
            Text = text;
            Style = style;
            Line = line;
            Column = column;
        }

        /// <summary>Plain text, entities decoded.</summary>
        public string Text { get; }

        public InlineStyle Style { get; }

        /// <summary>0-based line in the file.</summary>
        public int Line { get; }

        /// <summary>0-based column in the file.</summary>
        public int Column { get; }

        /// <summary>The link the text is inside, shared by the link's segments; null outside links.</summary>
        public InlineLink? Link { get; init; }

        /// <summary>For link text: the link's URL (possibly empty); null outside links.</summary>
        public string? LinkUrl => Link?.Url;

        /// <summary>For link text: the id its link's segments share; -1 outside links.</summary>
        public int LinkId => Link?.Id ?? -1;

        /// <summary>For link text: the 0-based line and column where the link itself starts (its <c>[</c> or <c>&lt;a</c>).</summary>
        public (int Line, int Column) LinkStart => Link?.Start ?? default;

        /// <summary>True for the space a soft line break stands for.</summary>
        public bool IsSoftBreak { get; init; }

        public bool IsLink => Link is not null;

        public override string ToString() => Text;
    }

    /// <summary>The inline formatting in force around a segment.</summary>
    [System.Flags]
    internal enum InlineStyle
    {
        None = 0,
        Bold = 1,
        Italic = 2,
        Superscript = 4,
        Subscript = 8,
        Code = 16,
        /// <summary>Inside an HTML <c>&lt;span&gt;</c>, the venue marker of several page templates.</summary>
        Span = 32,
    }
}
