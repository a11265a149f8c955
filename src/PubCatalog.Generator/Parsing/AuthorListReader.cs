using System.Collections.Generic;
using System.Text;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads an author line: names split at top-level commas (and a final "and"), bold names are the page owner,
    /// <c>*</c>, <c>\*</c>, <c>†</c> or <c>‡</c> after a name (with or without a space) mark equal contribution.
    /// </summary>
    internal static class AuthorListReader
    {
        private const int MaxNameWords = 7;
        private const int MaxNameLength = 60;

        // Array arguments hoisted: netstandard2.0's params overloads would allocate them on every call.
        private static readonly char[] NameSeparators = { ',', ';' };
        private static readonly char[] NameEnd = { '*', '†', '‡', ' ', '.' };
        private static readonly char[] Space = { ' ' };

        public static List<(AuthorModel Author, InlineSegment Segment)> Read(LogicalLine line, ParseContext context)
        {
            var authors = new List<(AuthorModel, InlineSegment)>();
            var name = new StringBuilder();
            var boldChars = 0;
            var plainChars = 0;
            InlineSegment? first = null;

            void Flush()
            {
                var text = TextUtil.CollapseWhitespace(name.ToString());
                var equal = false;
                var end = text.Length;
                while (end > 0 && (IsEqualMark(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
                {
                    equal |= IsEqualMark(text[end - 1]);
                    end--;
                }

                text = text.Substring(0, end);

                text = StripLeadingAnd(text).Trim();
                if (text.Length > 0 && first is not null)
                {
                    var isSelf = boldChars > plainChars || SelfNameMatcher.Matches(context.Options.SelfNames, text);
                    authors.Add((new AuthorModel(text, isSelf, equal), first));
                }

                name.Clear();
                boldChars = 0;
                plainChars = 0;
                first = null;
            }

            foreach (var segment in line.Segments)
            {
                var text = segment.Text;
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == ',' || c == ';' || (c == '&' && !segment.IsLink))
                    {
                        Flush();
                        continue;
                    }

                    if (first is null && !char.IsWhiteSpace(c))
                    {
                        first = new InlineSegment(text.Substring(i, 1), segment.Style, segment.Line, segment.Column + i);
                    }

                    if (!char.IsWhiteSpace(c) && !IsEqualMark(c))
                    {
                        if ((segment.Style & InlineStyle.Bold) != 0)
                        {
                            boldChars++;
                        }
                        else
                        {
                            plainChars++;
                        }
                    }

                    name.Append(c);
                }
            }

            Flush();
            return SplitFinalAnd(authors);
        }

        /// <summary>True when the line reads as a list of names rather than a title or a venue.</summary>
        public static bool LooksLikeAuthorLine(LogicalLine line) =>
            line.LooksLikeAuthorLine ??= ComputeLooksLikeAuthorLine(line);

        private static bool ComputeLooksLikeAuthorLine(LogicalLine line)
        {
            var text = line.PlainText;
            if (text.Length == 0 || line.IsAll(InlineStyle.Span) || line.IsAll(InlineStyle.Italic))
            {
                return false;
            }

            var parts = text.Split(NameSeparators);
            var names = 0;
            foreach (var part in parts)
            {
                var name = StripLeadingAnd(part.Trim().TrimEnd(NameEnd));
                if (name.Length == 0)
                {
                    continue;
                }

                if (!LooksLikeName(name))
                {
                    return false;
                }

                names++;
            }

            return names >= 2 || (names == 1 && HasBold(line));
        }

        public static bool LooksLikeName(string name)
        {
            if (name.Length > MaxNameLength)
            {
                return false;
            }

            var words = name.Split(Space, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > MaxNameWords)
            {
                return false;
            }

            foreach (var word in words)
            {
                foreach (var c in word)
                {
                    if (char.IsDigit(c) || c == ':' || c == '(' || c == ')' || c == '?' || c == '!')
                    {
                        return false;
                    }
                }
            }

            return char.IsLetter(words[0][0]);
        }

        private static bool HasBold(LogicalLine line)
        {
            foreach (var segment in line.Segments)
            {
                if ((segment.Style & InlineStyle.Bold) != 0 && !string.IsNullOrWhiteSpace(segment.Text))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsEqualMark(char c) => c == '*' || c == '†' || c == '‡';

        private static string StripLeadingAnd(string text) =>
            text.StartsWith("and ", System.StringComparison.OrdinalIgnoreCase) ? text.Substring(4) : text;

        /// <summary>"A, B and C" has no comma before C: split the last name at " and ".</summary>
        private static List<(AuthorModel Author, InlineSegment Segment)> SplitFinalAnd(List<(AuthorModel Author, InlineSegment Segment)> authors)
        {
            if (authors.Count == 0)
            {
                return authors;
            }

            var (last, segment) = authors[authors.Count - 1];
            var at = last.Name.IndexOf(" and ", System.StringComparison.Ordinal);
            if (at <= 0)
            {
                return authors;
            }

            var left = last.Name.Substring(0, at).Trim();
            var right = last.Name.Substring(at + 5).Trim();
            if (!LooksLikeName(left) || !LooksLikeName(right))
            {
                return authors;
            }

            authors[authors.Count - 1] = (last with { Name = left }, segment);
            authors.Add((last with { Name = right }, segment));
            return authors;
        }
    }
}
