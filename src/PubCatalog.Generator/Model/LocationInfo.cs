using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PubCatalog.Generator.Model
{
    /// <summary>
    /// A place in a Markdown file, kept as plain values so models stay equatable; turned into a
    /// <see cref="Location"/> only when a diagnostic is reported.
    /// </summary>
    /// <param name="FilePath">The path of the additional file.</param>
    /// <param name="Line">0-based line.</param>
    /// <param name="Column">0-based column.</param>
    /// <param name="Length">Length of the offending text on that line (0 for a point).</param>
    internal sealed record LocationInfo(string FilePath, int Line, int Column, int Length)
    {
        public Location ToLocation()
        {
            var start = new LinePosition(Line, Column);
            var end = new LinePosition(Line, Column + Length);
            // The span is unknown here (no SourceText kept): IDEs and the command line use the line span.
            return Location.Create(FilePath, new TextSpan(0, 0), new LinePositionSpan(start, end));
        }
    }
}
