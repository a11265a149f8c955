using System;
using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Reads a venue text (<c>NSDI 2024, Outstanding Paper Award</c>, <c>ICLR 2024 (spotlight)</c>,
    /// <c>IEEE Transactions on Networking (TON), 2025.</c>, <c>arXiv preprint</c>) into name, acronym, kind, year and honours.
    /// </summary>
    internal static class VenueReader
    {
        private static readonly char[] NameTrim = { ' ', ',', ';', '-', '–', '·' };
        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };
        private static readonly char[] Parentheses = { '(', ')' };

        private static readonly string[] HonourWords =
        {
            "award", "best", "outstanding", "honorable", "honourable", "distinguished", "spotlight", "oral",
            "long talk", "prize", "winner", "nominee", "nomination", "finalist", "runner-up", "highlight",
        };

        // The letters of each honour word (a word is searched for only in text that holds them all).
        private static readonly int[] HonourLetters = HonourWords.Select(AsciiLetters.Of).ToArray();

        private static readonly string[] JournalWords =
        {
            "transactions", "journal", "letters", "magazine", "technol.", "review", "annals", "record", "acm computing surveys",
        };

        private static readonly (string Word, int Letters)[] JournalWordList = WithLetters(JournalWords);

        private static readonly HashSet<string> JournalAcronyms = new(StringComparer.OrdinalIgnoreCase)
        {
            "TACL", "TON", "ToN", "TPDS", "TOCS", "TOSEM", "TSE", "JMLR", "TPAMI", "TKDE", "TKDD", "TODS", "TOG", "TIT",
            "TMLR", "TASLP", "TIP", "TNNLS", "TOPLAS", "TACO", "TC", "TCAD", "CACM", "PNAS", "Nature", "Science",
            "IEEE Micro", "PVLDB", "VLDBJ",
        };

        private static readonly HashSet<string> WorkshopAcronyms = new(StringComparer.OrdinalIgnoreCase)
        {
            "HotNets", "HotOS", "HotCloud", "HotStorage", "HotMobile", "HotChips", "HotEdge", "HotCarbon",
        };

        // The sets' items as arrays, for the word-by-word scan (an array loop, not a set enumerator per word).
        private static readonly string[] JournalAcronymList = JournalAcronyms.ToArray();

        // The same, grouped by length, so a word is compared only with the items as long as it.
        private static readonly string[][] JournalAcronymsByLength = ByLength(JournalAcronymList);
        private static readonly string[][] WorkshopAcronymsByLength = ByLength(WorkshopAcronyms.ToArray());

        // The most letters a journal acronym has ("IEEE Micro": 9). Text equal to one ignoring case has as many letters.
        private static readonly int MaxJournalAcronymLetters = JournalAcronymList.Max(LetterCount);

        /// <summary>
        /// Reads a venue. <paramref name="badge"/> is the text of a link or bold badge inside it (<c>NSDI 2024</c>); the
        /// honours named in it ("Best Paper Award") are added to <paramref name="awards"/>.
        /// </summary>
        public static (VenueModel Venue, int? Year) Read(string text, string? badge, List<string> awards)
        {
            var raw = TextUtil.CollapseWhitespace(text);
            var trimmed = TextUtil.TrimTrailingPeriod(raw);
            int? year = YearText.TryFindLastYear(trimmed, out var y, out _) ? y : null;

            // Honours: comma-separated parts and parenthesised groups that name one. The first part is the venue's
            // head; of the others only the honours are kept, so the parts are read one by one, not split into a list.
            string? head = null;
            var position = 0;
            var depth = 0;
            while (NextTopLevelPart(trimmed, ref position, ref depth, out var partStart, out var partEnd))
            {
                var part = trimmed.Substring(partStart, partEnd - partStart);
                if (head is null)
                {
                    head = part;
                }
                else if (IsHonour(part))
                {
                    awards.Add(TextUtil.UpperFirst(part));
                }
            }

            head = ExtractParenthesisedHonours(head ?? trimmed, awards);
            head = ExtractTrailingHonours(head, awards);

            var kind = Classify(trimmed, head);
            var (name, acronym) = Name(badge is null ? head : trimmed, badge, kind);
            return (new VenueModel(name, acronym, kind, raw), year);
        }

        public static bool IsHonour(string text)
        {
            if (TextUtil.IsAscii(text))
            {
                // ASCII text: match the words ignoring case in place rather than lower-case a copy.
                var letters = AsciiLetters.Of(text);
                for (var w = 0; w < HonourWords.Length; w++)
                {
                    if (AsciiLetters.MayContain(letters, HonourLetters[w]) && ContainsWordIgnoringAsciiCase(text, HonourWords[w]))
                    {
                        return true;
                    }
                }

                return false;
            }

            var lower = text.ToLowerInvariant();
            var lowerLetters = AsciiLetters.Of(lower);
            for (var w = 0; w < HonourWords.Length; w++)
            {
                if (AsciiLetters.MayContain(lowerLetters, HonourLetters[w]) && ContainsWord(lower, HonourWords[w]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a line reads as a venue: a year, or a venue word.</summary>
        public static bool LooksLikeVenue(string text)
        {
            if (YearText.TryFindLastYear(text, out _, out _))
            {
                return true;
            }

            string? lower = null;
            var letters = LettersOf(text, ref lower);
            return ContainsAny(text, lower, letters, VenueWords);
        }

        /// <summary>
        /// The ASCII letters of the lower-cased text. ASCII text has the same letters in either case and is searched
        /// ignoring case in place, so it is never lower-cased: <paramref name="lower"/> stays null for it.
        /// </summary>
        private static int LettersOf(string text, ref string? lower)
        {
            if (TextUtil.IsAscii(text))
            {
                return AsciiLetters.Of(text);
            }

            lower = text.ToLowerInvariant();
            return AsciiLetters.Of(lower);
        }

        private static readonly (string Word, int Letters)[] VenueWords = WithLetters(
            "preprint", "arxiv", "submission", "submitted", "conference", "proceedings", "journal", "workshop", "symposium", "transactions");

        private static (string Word, int Letters)[] WithLetters(params string[] words) => words.Select(w => (w, AsciiLetters.Of(w))).ToArray();

        private static readonly (string Word, int Letters)[] InSubmissionWords = WithLetters("in submission", "submitted", "under review");
        private static readonly (string Word, int Letters)[] PreprintWords = WithLetters("preprint", "arxiv", "biorxiv", "medrxiv", "ssrn");
        private static readonly (string Word, int Letters)[] ConferenceWords = WithLetters("conference", "symposium", "proceedings");
        private static readonly int WorkshopLetters = AsciiLetters.Of("workshop");

        /// <summary>
        /// <c>text.ToLowerInvariant().Contains(word)</c> for any of the words, skipping those with a letter the text
        /// lacks. <paramref name="lower"/> is what <see cref="LettersOf"/> left: null for ASCII text, which is searched
        /// ignoring case in place (the words are lower-case ASCII, so the answers agree).
        /// </summary>
        private static bool ContainsAny(string text, string? lower, int letters, (string Word, int Letters)[] words)
        {
            foreach (var (word, wordLetters) in words)
            {
                if (AsciiLetters.MayContain(letters, wordLetters)
                    && (lower is null ? text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 : lower.Contains(word)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Classify(string all, string head)
        {
            // Words with a letter the venue lacks are not searched for (the answers are the same, most searches are
            // spared, and most venues are never lower-cased).
            string? lower = null;
            var letters = LettersOf(all, ref lower);
            if (ContainsAny(all, lower, letters, InSubmissionWords))
            {
                return VenueKinds.InSubmission;
            }

            if (ContainsAny(all, lower, letters, PreprintWords))
            {
                return VenueKinds.Preprint;
            }

            if ((AsciiLetters.MayContain(letters, WorkshopLetters) && (lower is null ? ContainsWordIgnoringAsciiCase(all, "workshop") : ContainsWord(lower, "workshop"))) || AnyWordIn(head, WorkshopAcronymsByLength))
            {
                return VenueKinds.Workshop;
            }

            if (ContainsAny(all, lower, letters, JournalWordList) || AnyWordIn(head, JournalAcronymsByLength) || IsJournalAcronymWithYear(head))
            {
                return VenueKinds.Journal;
            }

            if (ContainsAny(all, lower, letters, ConferenceWords) || AnyAcronym(head))
            {
                return VenueKinds.Conference;
            }

            return VenueKinds.Other;
        }

        /// <summary>
        /// The head without its year is a journal acronym ("IEEE Micro 2024"). Taking the year out keeps every letter, so
        /// a head with more letters than any acronym is ruled out before the copy is made.
        /// </summary>
        private static bool IsJournalAcronymWithYear(string head) =>
            LetterCount(head) <= MaxJournalAcronymLetters && JournalAcronyms.Contains(StripYear(head));

        private static int LetterCount(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    count++;
                }
            }

            return count;
        }

        // The words of a venue are read in place (what Words() would split out), and loops stand in for Any(),
        // which allocates a delegate per call.
        private static bool AnyWordIn(string text, string[][] setByLength)
        {
            var start = 0;
            while (NextWord(text, ref start, out var end))
            {
                var length = end - start;
                if (length < setByLength.Length)
                {
                    foreach (var item in setByLength[length])
                    {
                        // The set compares ignoring case: so does this.
                        if (string.Compare(text, start, item, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                        {
                            return true;
                        }
                    }
                }

                start = end;
            }

            return false;
        }

        /// <summary>The items grouped by length: the items of length n at index n.</summary>
        private static string[][] ByLength(string[] items)
        {
            var byLength = new string[items.Max(item => item.Length) + 1][];
            for (var length = 0; length < byLength.Length; length++)
            {
                byLength[length] = items.Where(item => item.Length == length).ToArray();
            }

            return byLength;
        }

        /// <summary>The next word at or after <paramref name="start"/> (moved to its first character), ending at <paramref name="end"/>.</summary>
        private static bool NextWord(string text, ref int start, out int end)
        {
            while (start < text.Length && IsWordSeparator(text[start]))
            {
                start++;
            }

            end = start;
            while (end < text.Length && !IsWordSeparator(text[end]))
            {
                end++;
            }

            return end > start;
        }

        // Compared directly: Array.IndexOf over a separator array is a call per character.
        private static bool IsWordSeparator(char c) => c == ' ' || c == '(' || c == ')' || c == ',' || c == '.';

        private static bool AnyAcronym(string text)
        {
            var start = 0;
            while (NextWord(text, ref start, out var end))
            {
                if (IsAcronym(text, start, end))
                {
                    return true;
                }

                start = end;
            }

            return false;
        }

        private static (string Name, string? Acronym) Name(string head, string? badge, string kind)
        {
            string? acronym = null;
            if (!string.IsNullOrWhiteSpace(badge))
            {
                acronym = StripYear(badge!);
                var open = head.IndexOf('(');
                var before = open > 0 ? head.Substring(0, open).Trim() : "";
                if (before.Length > 0 && acronym.Length > 0)
                {
                    return (CleanName(before), acronym);
                }
            }

            var name = CleanName(RemoveParentheses(StripYear(head)));
            if (kind == VenueKinds.Preprint && name.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                name = "arXiv";
            }
            else if (kind == VenueKinds.Preprint && name.Equals("preprint", StringComparison.OrdinalIgnoreCase))
            {
                name = "Preprint";
            }

            if (acronym is null && IsAcronym(name))
            {
                acronym = name;
            }

            return (name.Length > 0 ? name : TextUtil.TrimTrailingPeriod(head), string.IsNullOrEmpty(acronym) ? null : acronym);
        }

        private static string CleanName(string name)
        {
            name = TextUtil.CollapseWhitespace(name).Trim(NameTrim);
            // The rest is lower-cased only for a name that starts with "In " (few do).
            if (name.StartsWith("In ", StringComparison.Ordinal) && name.Length > 3
                && name.Substring(3).ToLowerInvariant() is not ("submission" or "review" or "press" or "preparation"))
            {
                name = name.Substring(3);
            }

            return TextUtil.UpperFirstIfLetter(TextUtil.TrimTrailingPeriod(name));
        }

        /// <summary>One word with two or more capitals and no spaces: <c>NSDI</c>, <c>EuroSys</c>, <c>NeurIPS</c>.</summary>
        private static bool IsAcronym(string word) => IsAcronym(word, 0, word.Length);

        private static bool IsAcronym(string text, int start, int end)
        {
            var length = end - start;
            if (length < 2 || length > 12 || text.IndexOf(' ', start, length) >= 0)
            {
                return false;
            }

            var capitals = 0;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (char.IsUpper(c))
                {
                    capitals++;
                }
                else if (!char.IsLetterOrDigit(c) && c != '-' && c != '\'')
                {
                    return false;
                }
            }

            return capitals >= 2 && char.IsLetter(text[start]);
        }

        private static string StripYear(string text)
        {
            // No digit, no year: only the whitespace is collapsed.
            if (text.IndexOfAny(Digits) < 0)
            {
                return TextUtil.CollapseWhitespace(text);
            }

            // One pass: every stand-alone year (with an apostrophe before it, "'2024") becomes a space.
            var result = StringBuilderCache.Acquire(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                if (i + 4 <= text.Length && YearText.IsYearAt(text, i))
                {
                    if (result.Length > 0 && (result[result.Length - 1] == '\'' || result[result.Length - 1] == '’'))
                    {
                        result.Length--;
                    }

                    result.Append(' ');
                    i += 4;
                    continue;
                }

                result.Append(text[i++]);
            }

            return TextUtil.CollapseWhitespace(StringBuilderCache.ToStringAndRelease(result));
        }

        private static string RemoveParentheses(string text)
        {
            if (text.IndexOfAny(Parentheses) < 0)
            {
                return text;
            }

            var result = StringBuilderCache.Acquire(text.Length);
            var depth = 0;
            foreach (var c in text)
            {
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0)
                {
                    result.Append(c);
                }
            }

            return StringBuilderCache.ToStringAndRelease(result);
        }

        private static string ExtractParenthesisedHonours(string text, List<string> awards)
        {
            // Without a '(' nothing is taken out: only the whitespace is collapsed.
            if (text.IndexOf('(') < 0)
            {
                return TextUtil.CollapseWhitespace(text);
            }

            var result = StringBuilderCache.Acquire(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf('(', i);
                if (open < 0)
                {
                    break;
                }

                var close = text.IndexOf(')', open + 1);
                if (close < 0)
                {
                    break;
                }

                var inner = text.Substring(open + 1, close - open - 1);
                result.Append(text, i, open - i);
                if (IsHonour(inner))
                {
                    awards.Add(TextUtil.UpperFirst(inner.Trim()));
                }
                else
                {
                    result.Append(text, open, close - open + 1);
                }

                i = close + 1;
            }

            result.Append(text, i, text.Length - i);
            return TextUtil.CollapseWhitespace(StringBuilderCache.ToStringAndRelease(result));
        }

        /// <summary>"NeurIPS 2024 Spotlight", "ACM BCB 2024 Oral": honour words after the year.</summary>
        private static string ExtractTrailingHonours(string text, List<string> awards)
        {
            if (!YearText.TryFindLastYear(text, out _, out var index))
            {
                return text;
            }

            var after = text.Substring(index + 4).Trim();
            if (after.Length > 0 && IsHonour(after) && after.IndexOf('(') < 0)
            {
                awards.Add(TextUtil.UpperFirst(after));
                return text.Substring(0, index + 4).Trim();
            }

            return text;
        }

        /// <summary>
        /// The next part of the text between commas that are not inside parentheses, trimmed; empty parts are skipped.
        /// <paramref name="position"/> and <paramref name="depth"/> carry the scan from one part to the next.
        /// </summary>
        private static bool NextTopLevelPart(string text, ref int position, ref int depth, out int start, out int end)
        {
            while (position <= text.Length)
            {
                var partStart = position;
                var i = position;
                for (; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == '(')
                    {
                        depth++;
                    }
                    else if (c == ')')
                    {
                        depth = Math.Max(0, depth - 1);
                    }
                    else if (c == ',' && depth == 0)
                    {
                        break;
                    }
                }

                // Past the comma, or past the end when the last part was read.
                position = i + 1;
                (start, end) = TextUtil.TrimRange(text, partStart, i);
                if (end > start)
                {
                    return true;
                }
            }

            start = end = 0;
            return false;
        }

        /// <summary><see cref="ContainsWord"/> on the lower-cased text, for ASCII text that is not lower-cased.</summary>
        private static bool ContainsWordIgnoringAsciiCase(string text, string word)
        {
            var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var end = at + word.Length;
                var after = end >= text.Length || !char.IsLetter(text[end]) || text[end] == 's' || text[end] == 'S';
                if (before && after)
                {
                    return true;
                }

                at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
            }

            return false;
        }

        private static bool ContainsWord(string lower, string word)
        {
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var before = at == 0 || !char.IsLetter(lower[at - 1]);
                var end = at + word.Length;
                var after = end >= lower.Length || !char.IsLetter(lower[end]) || lower[end] == 's';
                if (before && after)
                {
                    return true;
                }

                at = lower.IndexOf(word, at + 1, StringComparison.Ordinal);
            }

            return false;
        }
    }
}
