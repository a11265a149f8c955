using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A paragraph of emoji-led notes right after an entry (<c>🏆 **Best Paper Award**</c>, <c>🐞 Found 80+ bugs</c>):
    /// honours become the entry's awards, other notes its highlights. Tried last, after every entry shape.
    /// </summary>
    internal sealed class AnnotationReader : IEntryReader
    {
        public bool TryRead(EntryBlock block, ParseContext context, List<PublicationModel> entries)
        {
            if (entries.Count == 0 || !block.Lines.All(l => StartsWithEmoji(l.PlainText)))
            {
                return false;
            }

            var last = entries[entries.Count - 1];
            var awards = last.Awards.ToList();
            var highlights = last.Highlights.ToList();
            foreach (var line in block.Lines)
            {
                var text = TextUtil.CollapseWhitespace(StripEmoji(line.PlainText)).Trim('*', ' ');
                if (text.Length == 0)
                {
                    continue;
                }

                if (line.PlainText.StartsWith("🏆", System.StringComparison.Ordinal) || VenueReader.IsHonour(text) && line.Segments.Any(s => (s.Style & InlineStyle.Bold) != 0))
                {
                    awards.Add(TextUtil.TrimTrailingPeriod(text));
                }
                else
                {
                    highlights.Add(text);
                }
            }

            entries[entries.Count - 1] = last with { Awards = awards.Distinct().ToEquatableArray(), Highlights = highlights.ToEquatableArray() };
            return true;
        }

        private static bool StartsWithEmoji(string text) =>
            text.Length > 0 && (char.IsSurrogate(text[0]) || CharUnicodeInfo.GetUnicodeCategory(text[0]) == UnicodeCategory.OtherSymbol);

        private static string StripEmoji(string text)
        {
            var i = 0;
            while (i < text.Length && (char.IsSurrogate(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.OtherSymbol
                || text[i] == '\uFE0F' || text[i] == '\u200D' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }

            return text.Substring(i);
        }
    }
}
