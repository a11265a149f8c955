using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A whole citation on one logical line (a list item or a hard-wrapped paragraph), in the usual orders:
    /// <c>Authors. Title. Venue, Year.</c>, <c>"Title", Authors, Venue Year</c>,
    /// <c>[Title](url) by Authors. *Venue*, City, Year</c>, <c>Authors: **Title.** Venue</c>. The title is found first
    /// (a link, a quoted or emphasised span, or the second sentence); the authors are the names before or after it;
    /// the rest is the venue. Later lines (after <c>&lt;br&gt;</c>) hold links, honours and rankings.
    /// </summary>
    internal sealed class CitationEntryReader : IEntryReader
    {
        private const string Quotes = "\"“”";

        // Array arguments hoisted: netstandard2.0's params overloads would allocate them on every call.
        private static readonly char[] OpeningQuotes = { '"', '“' };
        private static readonly char[] ClosingQuotes = { '"', '”' };
        private static readonly char[] Space = { ' ' };
        private static readonly char[] Comma = { ',' };
        private static readonly char[] NameListSeparators = { ',', ';' };
        private static readonly char[] NameTrim = { '*', '†', '‡', '#', ' ', '.', '\\' };
        private static readonly char[] WordSeparators = { ' ', '.' };
        private static readonly char[] RestTrim = { ' ', ',', '.', ';', ':' };
        private static readonly char[] LabelTrim = { '[', ']', ' ' };
        private static readonly char[] VenueTrim = { ' ', ',', '.', ':', ';', '"', '“', '”', '·', '|' };
        private static readonly char[] AwardTrim = { '*', ' ' };
        private static readonly char[] PrefixTrim = { ' ', ':' };
        private static readonly char[] DateTrim = { ' ', ',', '.', ';' };

        private static readonly HashSet<string> GenericLinkLabels = new(StringComparer.OrdinalIgnoreCase)
        {
            "link", "url", "here", "web", "online", "view", "open",
        };

        public bool TryRead(EntryBlock block, ParseContext context, List<PublicationModel> entries)
        {
            // A label on a line of its own ("<sub>Journal article</sub>" and a hard break) names the kind of the next line.
            var first = block.Lines.Count > 1 && block.Lines[0].IsAll(InlineStyle.Subscript) ? 1 : 0;
            var line0 = block.Lines[first];
            var run = new CharRun(line0);
            var start = SkipLabel(run, out var label);
            label ??= first == 1 ? block.Lines[0].PlainText : null;
            if (label is not null && SectionKinds.IsNotPublication(label))
            {
                // "<sub>Conference Talk</sub>": a talk listed among the papers is not a paper.
                context.SkippedItems++;
                return true;
            }

            if (block.Lines.Count > first + 1 && IsLoneStyledSpan(run, start))
            {
                return false;
            }

            if (!TryFindTitle(run, start, block.Lines.Count == first + 1, out var title))
            {
                if (LooksLikeCitation(run.Text.Substring(start)))
                {
                    context.Report(DiagnosticDescriptors.EntryFieldNotFound, context.At(line0), "title",
                        Preview(line0.PlainText), "it was left out; write the title as a link, in quotes or in bold");
                    return true;
                }

                return false;
            }

            var extraLinks = ExtraLinkIds(run, title);
            int authorsStart, authorsEnd, venueStart;
            var pre = Trim(run, start, title.ZoneStart, ".,:;" + Quotes);
            if (pre.End > pre.Start)
            {
                if (!IsNameList(Text(run, pre.Start, pre.End, extraLinks)))
                {
                    return false;
                }

                (authorsStart, authorsEnd, venueStart) = (pre.Start, pre.End, title.ZoneEnd);
            }
            else
            {
                (authorsStart, authorsEnd) = FindAuthorsAfter(run, title.ZoneEnd, extraLinks);
                venueStart = authorsEnd;

                // "*Name*: subtitle" over an author line is the stacked shape's title line, not a citation.
                var rest = TextUtil.CollapseWhitespace(Text(run, venueStart, run.Length, extraLinks)).Trim(RestTrim);
                if (authorsEnd > authorsStart && rest.Length == 0 && block.Lines.Count > first + 1)
                {
                    return false;
                }
            }

            // No names and no year after the title: not a citation. Decided before the title is read, since a stacked
            // entry's title line (tried here first) ends this way and reading it would be wasted.
            if (authorsEnd <= authorsStart && !YearText.TryFindLastYear(run.Text.Substring(title.ZoneEnd), out _, out _))
            {
                return false;
            }

            var entry = context.StartEntry();
            var titleLine = run.Slice(title.Start, title.End);
            entry.TitleLine = titleLine;
            (entry.Title, entry.TitleHtml, entry.ExplicitId) = TitleReader.Read(titleLine);
            entry.ShortName = TitleReader.ShortName(entry.Title);
            if (authorsEnd <= authorsStart)
            {
                context.Report(DiagnosticDescriptors.EntryFieldNotFound, context.At(titleLine), "authors", Preview(entry.Title),
                    "it was left out; put the names before the title or right after it");
                return true;
            }

            AuthorListReader.Read(Slice(run, authorsStart, authorsEnd, extraLinks), context, entry.Authors);

            if (title.Url is { } url && IsUsableUrl(url))
            {
                AddLink(entry, context, "Paper", url, titleLine.Segments[0], warnUnknown: false);
            }

            // Link words between the title and the names ("Title" [Slides][7], B.Shastry) are the entry's links.
            for (var i = title.End; i < venueStart; i++)
            {
                if (IsExtra(run, i, extraLinks))
                {
                    var (s, e) = run.LinkRange(i);
                    AddLink(entry, context, TextUtil.CollapseWhitespace(run.Text.Substring(s, e - s)), run.Owner(s).LinkUrl ?? "", run.Owner(s), warnUnknown: true);
                    i = e - 1;
                }
            }

            ReadVenue(run, venueStart, line0, block.Section, label, entry, context);
            for (var i = first + 1; i < block.Lines.Count; i++)
            {
                ReadExtraLine(block.Lines[i], entry, context);
            }

            entries.Add(entry.Build(block));
            return true;
        }

        /// <summary>Leading subscript text is a label naming the entry's kind: "&lt;sub&gt;Journal article&lt;/sub&gt;".</summary>
        private static int SkipLabel(CharRun run, out string? label)
        {
            var i = 0;
            while (i < run.Length && char.IsWhiteSpace(run.Text[i]))
            {
                i++;
            }

            var start = i;
            while (i < run.Length && (run.Style(i) & InlineStyle.Subscript) != 0)
            {
                i++;
            }

            label = i > start ? TextUtil.CollapseWhitespace(run.Text.Substring(start, i - start)) : null;
            return label is null ? 0 : i;
        }

        private static bool TryFindTitle(CharRun run, int start, bool singleLine, out TitleSpan title)
        {
            return TryLinkTitle(run, start, out title) || TryQuotedTitle(run, start, out title)
                || TryStyledTitle(run, start, leadingOnly: true, out title) || TryStyledTitle(run, start, leadingOnly: false, out title)
                || (singleLine && (TrySentenceTitle(run, start, out title) || TryCommaTitle(run, start, out title)));
        }

        /// <summary>
        /// True when the run from <paramref name="start"/> is one bold or italic span and nothing else (whitespace around it),
        /// with no comma and no quote: the title line of a stacked entry (<c>**Title**</c> over its authors). On the first of
        /// several lines such a run is never a citation, and finding that out the long way (a title sought, found, and then
        /// no names and no year after it) was a tenth of reading a page of that shape. Either the span reads as a title, and
        /// nothing follows it; or it does not, and a run with no comma is not a citation missing its title either
        /// (<see cref="LooksLikeCitation"/>). Quotes are left to the long way: a quoted title inside the span changes where the
        /// names would be.
        /// </summary>
        private static bool IsLoneStyledSpan(CharRun run, int start)
        {
            var text = run.Text;
            var i = start;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length || run.IsLink(i))
            {
                return false;
            }

            var style = run.Style(i) & (InlineStyle.Bold | InlineStyle.Italic);
            if (style == 0)
            {
                return false;
            }

            var end = StyledSpanEnd(run, i, style);
            for (var k = end; k < text.Length; k++)
            {
                if (!char.IsWhiteSpace(text[k]))
                {
                    return false;
                }
            }

            for (var k = i; k < end; k++)
            {
                if (text[k] == ',' || Quotes.IndexOf(text[k]) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where the span of text in <paramref name="style"/> (any of its flags) and outside links that starts at
        /// <paramref name="start"/> ends: segment by segment, since style and link are the same for every character of one.
        /// The one walk both the styled-title search and <see cref="IsLoneStyledSpan"/> take, so they agree on the span.
        /// </summary>
        private static int StyledSpanEnd(CharRun run, int start, InlineStyle style)
        {
            var end = start;
            while (end < run.Length && (run.Style(end) & style) != 0 && !run.IsLink(end))
            {
                end = run.SegmentEnd(end);
            }

            return end;
        }

        /// <summary><c>[Title](url)</c> or <c>"[Title](url)"</c>: a link whose label is not a link word ("PDF", "Slides").</summary>
        private static bool TryLinkTitle(CharRun run, int start, out TitleSpan title)
        {
            for (var i = start; i < run.Length; i++)
            {
                if (!run.IsLink(i))
                {
                    // The rest of the segment is not link text either.
                    i = run.SegmentEnd(i) - 1;
                    continue;
                }

                var (linkStart, linkEnd) = run.LinkRange(i);
                var label = TextUtil.CollapseWhitespace(run.Text.Substring(linkStart, linkEnd - linkStart));
                // "PDF" and "Code" are link words; "… design benchmark for motif-scaffolding problems" is a title.
                var words = TextUtil.WordCount(label);
                if ((!LinkReader.IsKnownLabel(label) || words > 3) && IsTitleLike(label) && !VenueReader.IsHonour(label))
                {
                    var (zoneStart, zoneEnd) = ExpandOverQuotes(run, linkStart, linkEnd);
                    var (s, e) = TrimRange(run, linkStart, linkEnd, ",;");
                    title = new TitleSpan(s, e, zoneStart, zoneEnd, run.Owner(linkStart).LinkUrl ?? "");
                    return true;
                }

                i = linkEnd - 1;
            }

            title = default;
            return false;
        }

        /// <summary><c>"Title", Authors</c>: the first quoted span of two words or more.</summary>
        private static bool TryQuotedTitle(CharRun run, int start, out TitleSpan title)
        {
            var open = IndexOfAny(run.Text, OpeningQuotes, start);
            while (open >= 0)
            {
                var close = IndexOfAny(run.Text, ClosingQuotes, open + 1);
                if (close < 0)
                {
                    break;
                }

                var (s, e) = TrimRange(run, open + 1, close, ",;");
                if (IsTitleLike(run.Text.Substring(s, e - s)))
                {
                    title = new TitleSpan(s, e, open, close + 1, null);
                    return true;
                }

                open = IndexOfAny(run.Text, OpeningQuotes, close + 1);
            }

            title = default;
            return false;
        }

        /// <summary>A bold or italic span that is not a list of names: <c>Authors: **Title.**</c>, <c>*Title*, Authors</c>.</summary>
        private static bool TryStyledTitle(CharRun run, int start, bool leadingOnly, out TitleSpan title)
        {
            var i = start;
            while (i < run.Length)
            {
                while (i < run.Length && char.IsWhiteSpace(run.Text[i]))
                {
                    i++;
                }

                if (i >= run.Length)
                {
                    break;
                }

                var style = run.Style(i) & (leadingOnly ? InlineStyle.Bold | InlineStyle.Italic : InlineStyle.Bold);
                if (style != 0 && !run.IsLink(i))
                {
                    var end = StyledSpanEnd(run, i, style);

                    // Owners' names are bold, never italic: an italic span need not be checked against the names.
                    var text = TextUtil.CollapseWhitespace(run.Text.Substring(i, end - i));
                    var isNames = (style & InlineStyle.Bold) != 0 && IsNameList(text);
                    if (IsTitleLike(text) && !isNames && !VenueReader.IsHonour(text) && !YearText.TryFindLastYear(text, out _, out _))
                    {
                        var (s, e) = TrimRange(run, i, end, ",;");
                        var (zoneStart, zoneEnd) = ExpandOverQuotes(run, i, end);
                        title = new TitleSpan(s, e, zoneStart, zoneEnd, null);
                        return true;
                    }

                    i = end;
                }
                else
                {
                    // Nothing else in this segment can start a styled span.
                    i = run.SegmentEnd(i);
                }

                if (leadingOnly)
                {
                    break;
                }
            }

            title = default;
            return false;
        }

        /// <summary><c>Authors. Title. Venue, Year.</c> or <c>Authors: Title. Venue</c>: the sentence after the names.</summary>
        private static bool TrySentenceTitle(CharRun run, int start, out TitleSpan title)
        {
            title = default;
            var text = run.Text;
            var end = SentenceEnd(text, start, allowColon: true);
            // "Pie: Pooling CPU Memory" is a title, not an author and a title: names here have a given and a family name.
            var names = text.Substring(start, end - start);
            if (end >= text.Length || !IsNameList(names) || HasSingleWordName(names))
            {
                return false;
            }

            var titleStart = end + 1;
            while (titleStart < text.Length && char.IsWhiteSpace(text[titleStart]))
            {
                titleStart++;
            }

            var titleEnd = SentenceEnd(text, titleStart, allowColon: false);
            if (titleEnd >= text.Length || !IsTitleLike(text.Substring(titleStart, titleEnd - titleStart)))
            {
                return false;
            }

            title = new TitleSpan(titleStart, titleEnd, titleStart, titleEnd + 1, null);
            return true;
        }

        /// <summary>Some comma-separated name (" and " counting as a comma) is a single word.</summary>
        private static bool HasSingleWordName(string names)
        {
            foreach (var name in names.Replace(" and ", ",").Split(Comma))
            {
                if (name.Trim().IndexOf(' ') < 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Authors, Title, *Venue*</c>: the first comma-separated part after the names that is not a name.</summary>
        private static bool TryCommaTitle(CharRun run, int start, out TitleSpan title)
        {
            title = default;
            var text = run.Text;
            var names = 0;
            var partStart = start;
            for (var i = start; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ',')
                {
                    continue;
                }

                var part = text.Substring(partStart, i - partStart);
                if (IsNameList(part) || (names == 0 && part.Trim().Length == 0))
                {
                    names++;
                }
                else if (names >= 2 && IsTitleLike(part) && i < text.Length && (run.Style(partStart + part.Length - part.TrimStart().Length) & (InlineStyle.Italic | InlineStyle.Bold)) == 0)
                {
                    var (s, e) = Trim(run, partStart, i, "");
                    title = new TitleSpan(s, e, s, e, null);
                    return true;
                }
                else
                {
                    return false;
                }

                partStart = i + 1;
            }

            return false;
        }

        /// <summary>The index of the period (or colon) ending the sentence that starts at <paramref name="from"/>; initials do not end one.</summary>
        private static int SentenceEnd(string text, int from, bool allowColon)
        {
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                var last = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
                if ((c == '.' && last && !IsInitialBefore(text, i)) || (allowColon && c == ':' && last))
                {
                    return i;
                }
            }

            return text.Length;
        }

        private static bool IsInitialBefore(string text, int dot)
        {
            var wordStart = dot;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.Substring(wordStart, dot - wordStart);
            return (word.Length == 1 && char.IsUpper(word[0])) || word is "al" or "Jr" or "Sr" or "St" or "vs" or "Vol" or "No" or "pp";
        }

        /// <summary>The names right after the title: <c>, Authors, Venue</c> or <c> by Authors. *Venue*</c>.</summary>
        private static (int Start, int End) FindAuthorsAfter(CharRun run, int from, HashSet<int> extraLinks)
        {
            var text = run.Text;
            var i = from;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || ".,:;".IndexOf(text[i]) >= 0 || Quotes.IndexOf(text[i]) >= 0 || IsExtra(run, i, extraLinks)))
            {
                i++;
            }

            if (string.Compare(text, i, "by ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += 3;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                var j = i;
                var stop = false;
                while (j < text.Length)
                {
                    var c = text[j];
                    if (c == ',' || c == ';')
                    {
                        break;
                    }

                    if (c == '.' && (j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1])) && !IsInitialBefore(text, j))
                    {
                        stop = true;
                        break;
                    }

                    j++;
                }

                var part = Text(run, i, j, extraLinks).Trim();
                if (part.Length > 0)
                {
                    var (s, e) = TrimRange(run, i, j, "");
                    var allItalic = AllStyled(run, s, e, InlineStyle.Italic);
                    var allBold = AllStyled(run, s, e, InlineStyle.Bold);
                    var rest = Text(run, Math.Min(text.Length, j + 1), text.Length, extraLinks);
                    var venueBeforeDate = allBold && (rest.Trim().Length == 0 || IsDateOnly(rest));
                    if (allItalic || venueBeforeDate || !IsNameList(part))
                    {
                        break;
                    }

                    end = j;
                }

                if (stop)
                {
                    break;
                }

                i = j + 1;
            }

            return (start, end);
        }

        /// <summary>Every non-whitespace character from <paramref name="start"/> to <paramref name="end"/> has the style.</summary>
        private static bool AllStyled(CharRun run, int start, int end, InlineStyle style)
        {
            for (var k = start; k < end; k++)
            {
                if (!char.IsWhiteSpace(run.Text[k]) && (run.Style(k) & style) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static void ReadVenue(CharRun run, int from, LogicalLine line, string? section, string? label, EntryAssembler entry, ParseContext context)
        {
            var text = new StringBuilder();
            var i = from;
            while (i < run.Length)
            {
                if (!run.IsLink(i))
                {
                    // The rest of the segment is not link text either: copied in one step.
                    var segmentEnd = run.SegmentEnd(i);
                    text.Append(run.Text, i, segmentEnd - i);
                    i = segmentEnd;
                    continue;
                }

                var (s, e) = run.LinkRange(i);
                var linkLabel = TextUtil.CollapseWhitespace(run.Text.Substring(s, e - s)).Trim(LabelTrim);
                var url = run.Owner(s).LinkUrl ?? "";
                if (VenueReader.IsHonour(linkLabel) && (!LinkReader.IsKnownLabel(linkLabel) || linkLabel.Split(Space).Length > 3))
                {
                    entry.Awards.Add(TextUtil.TrimTrailingPeriod(linkLabel));
                }
                else if (LinkReader.IsKnownLabel(linkLabel) || GenericLinkLabels.Contains(linkLabel) || linkLabel.Split(Space).Length <= 2)
                {
                    AddLink(entry, context, linkLabel, url, run.Owner(s), warnUnknown: true);
                }
                else
                {
                    text.Append(run.Text, s, e - s);
                }

                i = e;
            }

            var venueText = RemoveNotes(text.ToString(), entry.Awards);
            venueText = TextUtil.CollapseWhitespace(venueText).Trim(VenueTrim);
            if (venueText.Length > 0)
            {
                var (venue, year) = context.Venues.Read(venueText, null, entry.Awards);
                entry.Venue = venue;
                entry.VenueYear = year ?? ShortYear(venueText);
                entry.VenueLine = line;
            }

            var kind = SectionKinds.KindOf(label) ?? SectionKinds.KindOf(section);
            if (kind is not null && entry.Venue.Kind == VenueKinds.Other && venueText.Length > 0)
            {
                entry.Venue = entry.Venue with { Kind = kind };
            }
        }

        /// <summary>Drops "[Oral]"-style honours (kept as awards) and notes such as "(*equal contribution)" or "(alphabetical order)".</summary>
        private static string RemoveNotes(string text, List<string> awards)
        {
            var result = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var close = c == '[' ? text.IndexOf(']', i) : c == '(' ? text.IndexOf(')', i) : -1;
                if (close > i)
                {
                    var inner = text.Substring(i + 1, close - i - 1).Trim();
                    var lower = inner.ToLowerInvariant();
                    if (c == '[' && VenueReader.IsHonour(inner))
                    {
                        awards.Add(TextUtil.UpperFirst(inner));
                        i = close + 1;
                        continue;
                    }

                    if (c == '[' || lower.Contains("equal contribution") || lower.Contains("alphabetical"))
                    {
                        i = close + 1;
                        continue;
                    }
                }

                result.Append(c);
                i++;
            }

            return result.ToString();
        }

        /// <summary>"ICLP'01", "USENIX'05": a two-digit year after an apostrophe, when no four-digit year is written.</summary>
        private static int? ShortYear(string text)
        {
            for (var i = text.Length - 3; i >= 1; i--)
            {
                if ((text[i] == '\'' || text[i] == '’') && char.IsLetter(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
                    && (i + 3 >= text.Length || !char.IsLetterOrDigit(text[i + 3])))
                {
                    var yy = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
                    return yy >= 50 ? 1900 + yy : 2000 + yy;
                }
            }

            return null;
        }

        /// <summary>A line after <c>&lt;br&gt;</c>: <c>**Code:** [url](url)</c> links, or an honour or ranking (<c>**CORE A**</c>).</summary>
        private static void ReadExtraLine(LogicalLine line, EntryAssembler entry, ParseContext context)
        {
            var links = line.Links();
            if (links.Length > 0)
            {
                var prefix = TextUtil.CollapseWhitespace(string.Concat(line.Segments.TakeWhile(s => !s.IsLink).Select(s => s.Text))).TrimEnd(PrefixTrim);
                foreach (var (label, url, first) in links)
                {
                    var at = line.Segments[first];
                    var useful = label.Length > 0 && !label.StartsWith("http", StringComparison.OrdinalIgnoreCase);
                    var name = prefix.Length == 0 ? label : useful && !LinkReader.IsKnownLabel(prefix) ? prefix + " " + label : prefix;
                    AddLink(entry, context, useful && LinkReader.IsKnownLabel(label) && prefix.Length == 0 ? label : name, url, at, warnUnknown: true);
                }

                return;
            }

            var text = TextUtil.CollapseWhitespace(line.PlainText.Replace("🏆", "")).Trim(AwardTrim);
            if (text.Length > 0 && (VenueReader.IsHonour(text) || line.IsAll(InlineStyle.Bold)))
            {
                entry.Awards.Add(TextUtil.TrimTrailingPeriod(text));
            }
            else if (text.Length > 0)
            {
                entry.Highlights.Add(text);
            }
        }

        private static void AddLink(EntryAssembler entry, ParseContext context, string label, string url, InlineSegment at, bool warnUnknown)
        {
            if (!IsUsableUrl(url) || HasUrl(entry.Links, url.Trim()))
            {
                return;
            }

            var problem = UrlPolicy.Check(url);
            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidLinkUrl, context.At(at.Line, at.Column, Math.Max(1, label.Length)), label, entry.Title, problem);
                return;
            }

            var kind = LinkReader.Classify(label);
            if (kind == "Other" && !LinkReader.IsKnownLabel(label))
            {
                kind = LinkReader.Classify(url);
                if (warnUnknown && !GenericLinkLabels.Contains(label))
                {
                    context.Report(DiagnosticDescriptors.UnknownLinkLabel, context.At(at.Line, at.Column, label.Length), label);
                }
            }

            entry.Links.Add(new LinkModel(label, kind, url.Trim()));
        }

        private static bool HasUrl(List<LinkModel> links, string url)
        {
            foreach (var link in links)
            {
                if (link.Url == url)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An empty URL or a bare <c>#</c> is a placeholder for a link the author has not added yet.</summary>
        private static bool IsUsableUrl(string url) => url.Trim().Length > 0 && url.Trim() != "#";

        /// <summary>Known-label links ("[Slides][3]") outside the title: read as links, not as part of the names or venue.</summary>
        // What ExtraLinkIds gives a line without extra links (most): shared, and only ever read.
        private static readonly HashSet<int> NoLinkIds = new();

        private static HashSet<int> ExtraLinkIds(CharRun run, TitleSpan title)
        {
            HashSet<int>? ids = null;
            for (var i = 0; i < run.Length; i++)
            {
                if (!run.IsLink(i))
                {
                    i = run.SegmentEnd(i) - 1;
                    continue;
                }

                if (i < title.Start || i >= title.End)
                {
                    var (s, e) = run.LinkRange(i);
                    if (LinkReader.IsKnownLabel(TextUtil.CollapseWhitespace(run.Text.Substring(s, e - s))))
                    {
                        (ids ??= new HashSet<int>()).Add(run.Owner(i).LinkId);
                    }

                    i = e - 1;
                }
            }

            return ids ?? NoLinkIds;
        }

        private static bool IsExtra(CharRun run, int index, HashSet<int> extraLinks) => run.IsLink(index) && extraLinks.Contains(run.Owner(index).LinkId);

        private static string Text(CharRun run, int start, int end, HashSet<int> extraLinks)
        {
            if (extraLinks.Count == 0 && 0 <= start && start <= end && end <= run.Length)
            {
                // Nothing to blank out (the usual case): the characters as they are, copied at once.
                return run.Text.Substring(start, end - start);
            }

            var builder = new StringBuilder(end - start);
            for (var i = start; i < end; i++)
            {
                builder.Append(IsExtra(run, i, extraLinks) ? ' ' : run.Text[i]);
            }

            return builder.ToString();
        }

        private static LogicalLine Slice(CharRun run, int start, int end, HashSet<int> extraLinks)
        {
            var line = run.Slice(start, end);
            if (extraLinks.Count == 0)
            {
                return line;
            }

            var kept = line.Segments.Where(s => !(s.IsLink && extraLinks.Contains(s.LinkId))).ToList();
            return new LogicalLine(kept, line.Line, line.Column);
        }

        /// <summary>A range with whitespace (and the given punctuation at its end) trimmed.</summary>
        private static (int Start, int End) Trim(CharRun run, int start, int end, string trailing)
        {
            while (start < end && char.IsWhiteSpace(run.Text[start]))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(run.Text[end - 1]) || trailing.IndexOf(run.Text[end - 1]) >= 0))
            {
                end--;
            }

            return (start, end);
        }

        private static (int Start, int End) TrimRange(CharRun run, int start, int end, string trailing) => Trim(run, start, end, trailing);

        private static (int Start, int End) ExpandOverQuotes(CharRun run, int start, int end)
        {
            var s = start;
            while (s > 0 && char.IsWhiteSpace(run.Text[s - 1]))
            {
                s--;
            }

            s = s > 0 && Quotes.IndexOf(run.Text[s - 1]) >= 0 ? s - 1 : start;
            var e = end;
            while (e < run.Length && (run.Text[e] == ',' || run.Text[e] == '.'))
            {
                e++;
            }

            e = e < run.Length && Quotes.IndexOf(run.Text[e]) >= 0 ? e + 1 : end;
            return (s, e);
        }

        private static int IndexOfAny(string text, char[] chars, int from) => from >= text.Length ? -1 : text.IndexOfAny(chars, from);

        private static bool IsTitleLike(string text)
        {
            text = TextUtil.CollapseWhitespace(text);
            var words = TextUtil.WordCount(text);
            return !text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && (words >= 3 || (words == 2 && text.Length >= 16));
        }

        /// <summary>
        /// Names separated by commas, semicolons, "&amp;" or "and", with equal-contribution marks allowed. A name is
        /// mostly capitalised ("Maria Garcia de la Banda", "B.Shastry"); a lone name needs two capitalised words, so
        /// "See my" or "You can also browse my" are not names.
        /// </summary>
        public static bool IsNameList(string text)
        {
            var parts = text.Replace(" and ", ",").Replace(" & ", ",").Split(NameListSeparators);
            var names = 0;
            var lastCapitals = 0;
            foreach (var part in parts)
            {
                var name = TextUtil.CollapseWhitespace(part).Trim(NameTrim);
                if (name.StartsWith("and ", StringComparison.Ordinal))
                {
                    name = name.Substring(4);
                }

                if (name.Length == 0)
                {
                    continue;
                }

                if (!AuthorListReader.LooksLikeName(name) || name.IndexOf('"') >= 0 || name.IndexOf('“') >= 0)
                {
                    return false;
                }

                var words = name.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
                lastCapitals = 0;
                foreach (var word in words)
                {
                    if (char.IsUpper(word[0]))
                    {
                        lastCapitals++;
                    }
                }
                if (lastCapitals == 0 || lastCapitals * 2 < words.Length)
                {
                    return false;
                }

                names++;
            }

            return names > 1 || (names == 1 && lastCapitals >= 2);
        }

        private static bool IsDateOnly(string text)
        {
            var trimmed = text.Trim(DateTrim);
            return trimmed.Length > 0 && trimmed.All(c => char.IsDigit(c) || c == '/' || c == '-' || c == ' ');
        }

        /// <summary>Names, then a year or venue word: a citation whose title we could not find.</summary>
        internal static bool LooksLikeCitation(string text)
        {
            var parts = text.Split(Comma);
            return parts.Length >= 2 && VenueReader.LooksLikeVenue(text)
                && (IsNameList(parts[0]) || CountNameLists(parts) >= 3);
        }

        private static int CountNameLists(string[] parts)
        {
            var count = 0;
            foreach (var part in parts)
            {
                if (IsNameList(part))
                {
                    count++;
                }
            }

            return count;
        }

        private static string Preview(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

        /// <summary>Where the title is (<see cref="Start"/>–<see cref="End"/>) and what belongs to it (quotes around it: the zone).</summary>
        private readonly record struct TitleSpan(int Start, int End, int ZoneStart, int ZoneEnd, string? Url);
    }
}
