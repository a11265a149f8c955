using System;
using System.Collections.Generic;
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
                if (CardHeader.TryRead(text, source.LineStart(line), source.LineEnd(line), out _))
                {
                    starts.Add(line);
                }

                var next = line + 1 < source.LineCount ? source.LineStart(line + 1) : text.Length;
                at = next < text.Length ? text.IndexOf(" / ", next, StringComparison.Ordinal) : -1;
            }

            return starts;
        }

        /// <param name="inPlace">
        /// Whether the venue and author line is read in place (the names by <see cref="DirectAuthorLine.TryReadPlain"/> when
        /// in its form), with no logical lines made for it: off only for the tests that compare the two ways.
        /// </param>
        public static void Read(SourceLines source, int start, int end, ParseContext context, List<PublicationModel> entries, bool inPlace = true)
        {
            // The lines are read in place in the file's text: only the fields kept are copied out.
            var text = source.Text;
            var headerStart = source.LineStart(start);
            CardHeader.TryRead(text, headerStart, source.LineEnd(start), out var header);
            var titleLine = Plain(text, header.TitleStart, header.TitleEnd, start, header.TitleStart - headerStart);
            var block = new EntryBlock(new[] { titleLine }, start, null, null);
            var entry = context.StartEntry();
            entry.TitleLine = titleLine;
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine);
            entry.ShortName = text.Substring(header.NameStart, header.NameEnd - header.NameStart);

            System.Text.StringBuilder? summary = null;
            for (var i = start + 1; i < end; i++)
            {
                var lineStart = source.LineStart(i);
                var lineEnd = source.LineEnd(i);
                var (trimmedStart, trimmedEnd) = TextUtil.TrimRange(text, lineStart, lineEnd);
                if (trimmedStart == trimmedEnd)
                {
                    continue;
                }

                if (i == start + 1 && text.IndexOf(Separator, trimmedStart, trimmedEnd - trimmedStart, StringComparison.Ordinal) > trimmedStart)
                {
                    var at = text.IndexOf(Separator, lineStart, lineEnd - lineStart, StringComparison.Ordinal);
                    var venueText = text.Substring(lineStart, at - lineStart);
                    var (venue, year) = context.Venues.Read(venueText, null, entry.Awards);
                    entry.Venue = venue;
                    entry.VenueYear = year;
                    if (inPlace)
                    {
                        // Where the venue's line would be, for the encoding warning: its column and its plain text's length.
                        var (trimmedVenue, venueColumn) = Trimmed(venueText, 0, venueText.Length, 0);
                        entry.VenueAt = (i, venueColumn, TextUtil.CollapseWhitespace(trimmedVenue).Length);
                    }
                    else
                    {
                        entry.VenueLine = Plain(venueText, 0, venueText.Length, i, 0);
                    }

                    var authorsStart = at + Separator.Length;
                    if (!inPlace || !DirectAuthorLine.TryReadPlain(text, authorsStart, lineEnd, i, lineStart, context, entry.Authors))
                    {
                        AuthorListReader.Read(Plain(text, authorsStart, lineEnd, i, authorsStart - lineStart), context, entry.Authors);
                    }
                }
                else if (StartsWith(text, trimmedStart, trimmedEnd, "- "))
                {
                    entry.Highlights.Add(TextUtil.CollapseWhitespace(text.Substring(trimmedStart + 2, trimmedEnd - trimmedStart - 2)));
                }
                else if (text[trimmedStart] == TagMark)
                {
                    AddTags(text, trimmedStart, trimmedEnd, entry.Tags);
                }
                else
                {
                    summary ??= StringBuilderCache.Acquire();
                    if (summary.Length > 0)
                    {
                        summary.Append(' ');
                    }

                    TextUtil.AppendCollapsed(summary, text, trimmedStart, trimmedEnd);
                }
            }

            entry.Summary = summary is null ? null : StringBuilderCache.ToStringAndRelease(summary);
            if (entry.Title.Length == 0)
            {
                var headerText = source.GetLine(start);
                context.Report(DiagnosticDescriptors.MissingTitle, context.At(start, 0, headerText.Length), headerText);
                return;
            }

            if (entry.Authors.Count == 0)
            {
                context.Report(DiagnosticDescriptors.MissingAuthors, context.At(titleLine), entry.Title);
                return;
            }

            entries.Add(entry.Build(block));
        }

        private const char TagMark = '#';

        /// <summary>"#tag #other#third": the words between the marks, trimmed, empty ones left out.</summary>
        private static void AddTags(string text, int start, int end, List<string> tags)
        {
            var partStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && text[i] != TagMark)
                {
                    continue;
                }

                var (tagStart, tagEnd) = TextUtil.TrimRange(text, partStart, i);
                if (tagEnd > tagStart)
                {
                    tags.Add(text.Substring(tagStart, tagEnd - tagStart));
                }

                partStart = i + 1;
            }
        }

        private static bool StartsWith(string text, int start, int end, string prefix) =>
            end - start >= prefix.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0;

        /// <summary>The characters <paramref name="start"/>–<paramref name="end"/> of the text as a line of one plain segment, whitespace around it left out.</summary>
        private static LogicalLine Plain(string text, int start, int end, int line, int column)
        {
            var (trimmed, trimmedColumn) = Trimmed(text, start, end, column);
            var segment = new InlineSegment(trimmed, InlineStyle.None, line, trimmedColumn);
            return new LogicalLine(new[] { segment }, line, trimmedColumn);
        }

        /// <summary>The characters <paramref name="start"/>–<paramref name="end"/> (at <paramref name="column"/>) with the whitespace around them left out, and where they then start.</summary>
        private static (string Text, int Column) Trimmed(string text, int start, int end, int column)
        {
            var (trimmedStart, trimmedEnd) = TextUtil.TrimRange(text, start, end);
            var trimmed = trimmedStart == 0 && trimmedEnd == text.Length ? text : text.Substring(trimmedStart, trimmedEnd - trimmedStart);
            return (trimmed, column + trimmedStart - start);
        }
    }
}
