using System;
using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Cards scraped from a portfolio page, one field per line and no blank lines between cards:
    /// <c>Foundry Foundry 01 / Foundry: Title</c>, <c>Venue · Authors</c>, a summary, <c>- highlight</c> lines and a
    /// <c>#tag#tag</c> line. Read from the raw lines, since Markdown would fold the next card into the last bullet.
    /// </summary>
    internal static class CardEntryReader
    {
        private const string Separator = " · ";

        /// <summary>The 0-based lines that start a card.</summary>
        public static List<int> FindCardStarts(SourceLines source)
        {
            // Only a line with " / " can be a header: find those in the text rather than copy out every line.
            var starts = new List<int>();
            var text = source.Text;
            var at = text.IndexOf(" / ", StringComparison.Ordinal);
            while (at >= 0)
            {
                var line = source.Position(at).Line;
                if (TryReadHeader(source.GetLine(line), out _, out _))
                {
                    starts.Add(line);
                }

                var next = line + 1 < source.LineCount ? source.LineStart(line + 1) : text.Length;
                at = next < text.Length ? text.IndexOf(" / ", next, StringComparison.Ordinal) : -1;
            }

            return starts;
        }

        /// <summary>"Name Name 01 / Title": the card's name written twice (the badge and its caption), a number, the title.</summary>
        public static bool TryReadHeader(string line, out string name, out string title)
        {
            name = title = "";
            var slash = line.IndexOf(" / ", StringComparison.Ordinal);
            if (slash <= 0)
            {
                return false;
            }

            var numberStart = line.LastIndexOf(' ', slash - 1) + 1;
            var number = line.Substring(numberStart, slash - numberStart);
            if (number.Length == 0 || number.Length > 3 || !AllDigits(number) || numberStart < 3)
            {
                return false;
            }

            var names = line.Substring(0, numberStart - 1).Trim();
            if (names.Length % 2 == 0)
            {
                return false;
            }

            var half = names.Length / 2;
            var first = names.Substring(0, half);
            var second = names.Substring(half + 1);
            if (names[half] != ' ' || !string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || first.Trim().Length == 0)
            {
                return false;
            }

            name = second;
            title = line.Substring(slash + 3).Trim();
            return title.Length > 0;
        }

        public static void Read(SourceLines source, int start, int end, ParseContext context, List<PublicationModel> entries)
        {
            var header = source.GetLine(start);
            TryReadHeader(header, out var name, out var titleText);
            var titleColumn = header.Length - titleText.Length - (header.Length - header.TrimEnd().Length);
            var titleLine = Plain(titleText, start, Math.Max(0, titleColumn));
            var block = new EntryBlock(new[] { titleLine }, start, null, null);
            var entry = new EntryAssembler(context) { TitleLine = titleLine };
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine.Segments);
            entry.ShortName = name;

            System.Text.StringBuilder? summary = null;
            for (var i = start + 1; i < end; i++)
            {
                var text = source.GetLine(i);
                var trimmed = text.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (i == start + 1 && trimmed.IndexOf(Separator, StringComparison.Ordinal) > 0)
                {
                    var at = text.IndexOf(Separator, StringComparison.Ordinal);
                    var (venue, year, awards) = VenueReader.Read(text.Substring(0, at), null);
                    entry.Venue = venue;
                    entry.VenueYear = year;
                    entry.VenueLine = Plain(text.Substring(0, at), i, 0);
                    entry.Awards.AddRange(awards);
                    var authorColumn = at + Separator.Length;
                    entry.AddAuthors(AuthorListReader.Read(Plain(text.Substring(authorColumn), i, authorColumn), context));
                }
                else if (trimmed.StartsWith("- ", StringComparison.Ordinal))
                {
                    entry.Highlights.Add(TextUtil.CollapseWhitespace(trimmed.Substring(2)));
                }
                else if (trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    entry.Tags.AddRange(trimmed.Split(TagSeparator, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0));
                }
                else
                {
                    summary ??= new System.Text.StringBuilder();
                    summary.Append(summary.Length > 0 ? " " : "").Append(TextUtil.CollapseWhitespace(trimmed));
                }
            }

            entry.Summary = summary?.ToString();
            if (entry.Title.Length == 0)
            {
                context.Report(DiagnosticDescriptors.MissingTitle, context.At(start, 0, header.Length), header);
                return;
            }

            if (entry.Authors.Count == 0)
            {
                context.Report(DiagnosticDescriptors.MissingAuthors, context.At(titleLine), entry.Title);
                return;
            }

            entries.Add(entry.Build(block));
        }

        private static bool AllDigits(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly char[] TagSeparator = { '#' };

        private static LogicalLine Plain(string text, int line, int column)
        {
            var leading = text.Length - text.TrimStart().Length;
            var segment = new InlineSegment(text.Trim(), InlineStyle.None, line, column + leading);
            return new LogicalLine(new[] { segment }, line, column + leading);
        }
    }
}
