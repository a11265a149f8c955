namespace PubCatalog
{
    /// <summary>Where an entry was written.</summary>
    public sealed class SourceLocation
    {
        /// <summary>Creates a source location.</summary>
        public SourceLocation(string file, int line)
        {
            File = file;
            Line = line;
        }

        /// <summary>The path of the Markdown file as given to the compiler.</summary>
        public string File { get; }

        /// <summary>The 1-based line of the entry's first line.</summary>
        public int Line { get; }

        /// <inheritdoc />
        public override string ToString() => $"{File}({Line})";
    }
}
