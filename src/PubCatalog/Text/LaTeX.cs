using System.Text;

namespace PubCatalog.Text
{
    /// <summary>Escapes text for a BibTeX field value (the characters LaTeX treats specially; UTF-8 letters are kept).</summary>
    public static class LaTeX
    {
        /// <summary>Escapes <c>\ { } $ &amp; % # _ ~ ^</c> so the text reads back as written.</summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var builder = new StringBuilder(text!.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '\\': builder.Append("\\textbackslash{}"); break;
                    case '{': builder.Append("\\{"); break;
                    case '}': builder.Append("\\}"); break;
                    case '$': builder.Append("\\$"); break;
                    case '&': builder.Append("\\&"); break;
                    case '%': builder.Append("\\%"); break;
                    case '#': builder.Append("\\#"); break;
                    case '_': builder.Append("\\_"); break;
                    case '~': builder.Append("\\textasciitilde{}"); break;
                    case '^': builder.Append("\\textasciicircum{}"); break;
                    case '\r':
                    case '\n':
                    case '\t':
                        builder.Append(' ');
                        break;
                    default: builder.Append(c); break;
                }
            }

            return builder.ToString();
        }
    }
}
