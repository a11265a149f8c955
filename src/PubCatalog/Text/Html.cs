using System.Text;

namespace PubCatalog.Text
{
    /// <summary>HTML encoding for text and double-quoted attribute values.</summary>
    public static class Html
    {
        /// <summary>Encodes <c>&amp; &lt; &gt; " '</c> so the result is safe as element text or inside a double- or single-quoted attribute.</summary>
        public static string Encode(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var builder = new StringBuilder(text!.Length + 16);
            AppendEncoded(builder, text);
            return builder.ToString();
        }

        /// <summary>Appends <paramref name="text"/> encoded as by <see cref="Encode"/>.</summary>
        public static StringBuilder AppendEncoded(StringBuilder builder, string? text)
        {
            if (text is null)
            {
                return builder;
            }

            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    case '\'': builder.Append("&#39;"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder;
        }
    }
}
