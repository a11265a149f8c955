using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Syntax;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads a short Markdown/HTML snippet that is not part of the page's Markdown (a front matter value such as
    /// <c>Sibo Wang, &lt;b&gt;Renchi Yang&lt;/b&gt;</c>) into one logical line whose positions point into the file.
    /// </summary>
    internal static class InlineText
    {
        public static LogicalLine Parse(string text, int line, int column)
        {
            var source = new SourceLines(text.Replace('\n', ' '));
            var document = Markdown.Parse(source.Text, MarkdownDocumentReader.Pipeline);
            var flattener = new InlineFlattener(source);
            foreach (var leaf in document.Descendants<LeafBlock>())
            {
                flattener.Add(leaf.Inline);
            }

            var segments = new List<InlineSegment>();
            foreach (var logical in flattener.Finish())
            {
                if (segments.Count > 0)
                {
                    segments.Add(new InlineSegment(" ", InlineStyle.None, line, column) { IsSoftBreak = true });
                }

                segments.AddRange(logical.Segments.Select(s => new InlineSegment(s.Text, s.Style, line, column + s.Column)
                {
                    Link = s.Link,
                    IsSoftBreak = s.IsSoftBreak,
                }));
            }

            if (segments.Count == 0)
            {
                segments.Add(new InlineSegment(TextUtil.CollapseWhitespace(text), InlineStyle.None, line, column));
            }

            return new LogicalLine(segments, line, column);
        }

        /// <summary>The snippet as plain text: markup removed, entities decoded, whitespace collapsed.</summary>
        public static string Plain(string text) => Parse(text, 0, 0).PlainText;
    }
}
