using System;
using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The shape most pages use: one field per line, lines ended by a backslash, two spaces or <c>&lt;br&gt;</c>.
    /// Title, then authors, then the venue (often in a <c>&lt;span&gt;</c> or italics), then a row of links,
    /// with an optional <c>(* Equal Contribution)</c> note and honour lines.
    /// </summary>
    internal sealed class StackedEntryReader : IEntryReader
    {
        private static readonly char[] Separators = { '|', '·', '[', ']', ' ' };
        private static readonly char[] AwardTrim = { '*', ' ' };

        public bool TryRead(EntryBlock block, ParseContext context, List<PublicationModel> entries)
        {
            var lines = block.Lines;
            if (lines.Count < 2 || !LooksLikeEntry(lines))
            {
                return false;
            }

            var entry = context.StartEntry();
            var next = 0;
            // The comma first: a title line's own author-line test (a pass over it) is then made only for the few with one.
            if (lines[0].PlainText.IndexOf(',') >= 0 && !AuthorListReader.LooksLikeAuthorLine(lines[1]) && AuthorListReader.LooksLikeAuthorLine(lines[0]))
            {
                context.Report(DiagnosticDescriptors.MissingTitle, context.At(lines[0]), Preview(lines[0].PlainText));
                return true;
            }

            var (titleLine, titleLinks) = SplitTrailingLinks(lines[0]);
            entry.TitleLine = titleLine;
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine);
            entry.ShortName = TitleReader.ShortName(entry.Title);
            if (entry.Title.Length == 0)
            {
                context.Report(DiagnosticDescriptors.MissingTitle, context.At(lines[0]), Preview(lines[0].ToString()));
                return true;
            }

            next = 1;
            if (IsAuthorLine(lines[1]))
            {
                AuthorListReader.Read(lines[1], context, entry.Authors);

                next = 2;
            }

            if (entry.Authors.Count == 0)
            {
                context.Report(DiagnosticDescriptors.MissingAuthors, context.At(lines[0]), entry.Title);
                return true;
            }

            if (titleLinks is not null)
            {
                LinkReader.Read(titleLinks, entry.Title, context, entry.Links);
            }

            for (var i = next; i < lines.Count; i++)
            {
                ReadExtraLine(lines[i], entry, context);
            }

            entries.Add(entry.Build(block));
            return true;
        }

        /// <summary>"*Title*⏎[PDF](…) · [Code](…)": a title line whose wrapped tail is a row of links.</summary>
        private static (LogicalLine Title, LogicalLine? Links) SplitTrailingLinks(LogicalLine line)
        {
            for (var i = 1; i < line.Segments.Count; i++)
            {
                // A tail without links cannot be a link row: skip building it.
                if (!line.Segments[i].IsSoftBreak || !HasLinkAfter(line.Segments, i))
                {
                    continue;
                }

                var head = line.Segments.Take(i).ToList();
                var tail = line.Segments.Skip(i + 1).ToList();
                var tailLine = new LogicalLine(tail, line.Line, line.Column);
                if (tail.Count > 0 && IsLinkRow(tailLine) && head.Any(s => !s.IsLink && !string.IsNullOrWhiteSpace(s.Text)))
                {
                    return (new LogicalLine(head, line.Line, line.Column), tailLine);
                }
            }

            return (line, null);
        }

        private static bool HasLinkAfter(SegmentList segments, int index)
        {
            for (var i = index + 1; i < segments.Count; i++)
            {
                if (segments[i].IsLink)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A block is an entry when some line after the first is a venue, a link row or an author list.</summary>
        private static bool LooksLikeEntry(IReadOnlyList<LogicalLine> lines)
        {
            // "[Google Scholar](…)  [dblp](…)  [orcid](…)": a list of links is not an entry.
            if (AllLinkRows(lines))
            {
                return false;
            }

            for (var i = 1; i < lines.Count; i++)
            {
                if (IsLinkRow(lines[i]) || IsMarkedVenue(lines[i]) || AuthorListReader.LooksLikeAuthorLine(lines[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AllLinkRows(IReadOnlyList<LogicalLine> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!IsLinkRow(lines[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAuthorLine(LogicalLine line) =>
            AuthorListReader.LooksLikeAuthorLine(line)
            || (!IsLinkRow(line) && !IsMarkedVenue(line) && !VenueReader.LooksLikeVenue(line.PlainText) && line.PlainText.IndexOf(',') >= 0);

        private static void ReadExtraLine(LogicalLine line, EntryAssembler entry, ParseContext context)
        {
            if (IsEqualContributionNote(line.PlainText))
            {
                return;
            }

            if (IsLinkRow(line))
            {
                LinkReader.Read(line, entry.Title, context, entry.Links);
                return;
            }

            if (entry.VenueLine is null)
            {
                ReadVenueLine(line, entry, context);
                return;
            }

            if (VenueReader.IsHonour(line.PlainText))
            {
                entry.Awards.Add(TextUtil.TrimTrailingPeriod(line.TextOutsideLinks().Replace("🏆", "").Trim(AwardTrim)));
            }

            LinkReader.Read(line, entry.Title, context, entry.Links);
        }

        private static void ReadVenueLine(LogicalLine line, EntryAssembler entry, ParseContext context)
        {
            // Links on a venue line are either the venue's badge ("([**NSDI 2024**](url))") or the entry's own links ("[Slides](url)").
            string? badge = null;
            var venueText = StringBuilderCache.Acquire();
            // Made only when the line has links of its own (most venue lines have none).
            HashSet<int>? ownLinkIds = null;
            foreach (var link in line.Links())
            {
                var kind = LinkReader.Classify(link.Label);
                if (kind != "Other" || LinkReader.IsKnownLabel(link.Label, kind) && link.Label.Length > 0)
                {
                    (ownLinkIds ??= new HashSet<int>()).Add(line.Segments[link.First].LinkId);
                }
                else
                {
                    badge ??= link.Label;
                }
            }

            badge ??= BoldBadge(line);
            // Indexed loops (the segments are an IReadOnlyList: foreach would allocate an enumerator).
            var segments = line.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (!segment.IsLink || ownLinkIds is null || !ownLinkIds.Contains(segment.LinkId))
                {
                    venueText.Append(segment.Text);
                }
            }

            // Most venue lines keep all their text, already collapsed: it is then the line's plain text, shared rather than copied.
            var (venue, year) = context.Venues.Read(TrimSeparators(StringBuilderCache.ToStringAndRelease(venueText, line.PlainText)), badge, entry.Awards);
            entry.Venue = venue;
            entry.VenueLine = line;
            entry.VenueYear = year;
            if (ownLinkIds is not null)
            {
                LinkReader.Read(new LogicalLine(SegmentsOfLinks(segments, ownLinkIds), line.Line, line.Column), entry.Title, context, entry.Links);
            }
        }

        /// <summary>The segments that belong to one of the links, in order (a loop: a lambda here would capture the set in a closure made on every call).</summary>
        private static List<InlineSegment> SegmentsOfLinks(SegmentList segments, HashSet<int> linkIds)
        {
            var linkSegments = new List<InlineSegment>();
            for (var i = 0; i < segments.Count; i++)
            {
                if (linkIds.Contains(segments[i].LinkId))
                {
                    linkSegments.Add(segments[i]);
                }
            }

            return linkSegments;
        }

        /// <summary>A bold part of a line that is not bold as a whole: "(**TOCS'25**)".</summary>
        private static string? BoldBadge(LogicalLine line)
        {
            if (line.IsAll(InlineStyle.Bold))
            {
                return null;
            }

            foreach (var segment in line.Segments)
            {
                if ((segment.Style & InlineStyle.Bold) != 0 && !string.IsNullOrWhiteSpace(segment.Text))
                {
                    var text = segment.Text.Trim();
                    return text.Length <= 25 ? text : null;
                }
            }

            return null;
        }

        internal static string TrimSeparators(string text) => text.Trim().Trim(Separators);

        public static bool IsLinkRow(LogicalLine line) =>
            line.HasLinks && line.IsOnlyPunctuationOutsideLinks;

        /// <summary>A venue written in a <c>&lt;span&gt;</c> or in italics, or text that names a venue and a year.</summary>
        private static bool IsMarkedVenue(LogicalLine line) =>
            line.IsAll(InlineStyle.Span) || (line.IsAll(InlineStyle.Italic) && VenueReader.LooksLikeVenue(line.PlainText))
            || line.IsAll(InlineStyle.Italic) && line.PlainText.Length < 200;

        // Lower-casing keeps the length: test that first, so most lines are not copied.
        internal static bool IsEqualContributionNote(string text) => text.Length < 60 && SaysEqualContribution(text);

        /// <summary>The text holds "equal contribution" in any case. ASCII text (for which lower-casing and ignoring case agree) is searched in place.</summary>
        internal static bool SaysEqualContribution(string text) =>
            TextUtil.IsAscii(text)
                ? text.IndexOf("equal contribution", StringComparison.OrdinalIgnoreCase) >= 0
                : text.ToLowerInvariant().Contains("equal contribution");

        internal static string Preview(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
