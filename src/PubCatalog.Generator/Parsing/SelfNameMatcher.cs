using System;
using System.Collections.Generic;
using System.Linq;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Matches an author against the <c>PubCatalogSelf</c> names: case- and accent-insensitive, and initials match
    /// given names (<c>X Liu</c> matches <c>Xiaoxuan Liu</c>, <c>ZM Mao</c> matches <c>Ziming Mao</c>).
    /// </summary>
    internal static class SelfNameMatcher
    {
        public static bool Matches(Model.EquatableArray<string> selfNames, string author)
        {
            // Indexed: a foreach over the interface would box the array and its enumerator per author.
            for (var i = 0; i < selfNames.Count; i++)
            {
                if (Matches(selfNames[i], author))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Matches(IEnumerable<string> selfNames, string author)
        {
            foreach (var self in selfNames)
            {
                if (Matches(self, author))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Matches(string self, string author)
        {
            // Most authors differ from the owner in the family name: compare that before splitting either name.
            if (!SameLastWord(self, author))
            {
                return false;
            }

            var a = Words(self);
            var b = Words(author);
            if (a.Length == 0 || b.Length == 0 || TextUtil.Fold(a[a.Length - 1]) != TextUtil.Fold(b[b.Length - 1]))
            {
                return false;
            }

            // Loops and copies rather than LINQ: this runs for every author who shares the owner's family name.
            var givenA = AllButLast(a);
            var givenB = AllButLast(b);
            if (givenA.Length == 0 || givenB.Length == 0)
            {
                return givenA.Length == givenB.Length;
            }

            var abbreviated = AnyInitials(givenA) || AnyInitials(givenB);
            if (!abbreviated)
            {
                // ASCII names fold by lower-casing alone: compared word by word in place, not joined and folded.
                return AllAscii(givenA) && AllAscii(givenB)
                    ? SameWordsIgnoringCase(givenA, givenB)
                    : TextUtil.Fold(string.Join(" ", givenA)) == TextUtil.Fold(string.Join(" ", givenB));
            }

            // With initials on either side, the shorter run of initials must start the longer one: "ZM" ~ "Ziming" ~ "Z. M.".
            var initialsA = Initials(givenA);
            var initialsB = Initials(givenB);
            return initialsA.StartsWith(initialsB, StringComparison.Ordinal) || initialsB.StartsWith(initialsA, StringComparison.Ordinal);
        }

        private static readonly char[] WordSeparators = { ' ', '\t' };

        private static string[] AllButLast(string[] words)
        {
            var given = new string[words.Length - 1];
            Array.Copy(words, given, given.Length);
            return given;
        }

        private static bool AnyInitials(string[] words)
        {
            foreach (var word in words)
            {
                if (IsInitials(word))
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] Words(string name) =>
            name.Replace('.', ' ').Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The last words of both names (as <see cref="Words"/> splits them) fold to the same text; false when either has none.</summary>
        private static bool SameLastWord(string a, string b)
        {
            var (aStart, aEnd) = LastWord(a);
            var (bStart, bEnd) = LastWord(b);
            if (aEnd == aStart || bEnd == bStart)
            {
                return false;
            }

            if (IsAscii(a, aStart, aEnd) && IsAscii(b, bStart, bEnd))
            {
                // ASCII folds by lower-casing alone: compare in place.
                return aEnd - aStart == bEnd - bStart && string.Compare(a, aStart, b, bStart, aEnd - aStart, StringComparison.OrdinalIgnoreCase) == 0;
            }

            return TextUtil.Fold(a.Substring(aStart, aEnd - aStart)) == TextUtil.Fold(b.Substring(bStart, bEnd - bStart));
        }

        private static (int Start, int End) LastWord(string name)
        {
            var end = name.Length;
            while (end > 0 && IsWordSeparator(name[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && !IsWordSeparator(name[start - 1]))
            {
                start--;
            }

            return (start, end);
        }

        private static bool IsWordSeparator(char c) => c == ' ' || c == '\t' || c == '.';

        private static bool IsAscii(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] >= 128)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool AllAscii(string[] words)
        {
            foreach (var word in words)
            {
                if (!IsAscii(word, 0, word.Length))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameWordsIgnoringCase(string[] a, string[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"X", "ZM", "J.P." written as initials: one letter, or up to three capitals.</summary>
        private static bool IsInitials(string word) => IsInitials(word, 0, word.Length);

        private static bool IsInitials(string word, int start, int end)
        {
            var length = end - start;
            if (length == 1)
            {
                return true;
            }

            if (length > 3)
            {
                return false;
            }

            for (var i = start; i < end; i++)
            {
                if (!char.IsUpper(word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Initials(string[] given)
        {
            var result = StringBuilderCache.Acquire();
            foreach (var word in given)
            {
                // The parts of a hyphenated name ("Wei-Lin"), read in place; empty parts are skipped.
                var start = 0;
                while (start <= word.Length)
                {
                    var end = word.IndexOf('-', start);
                    end = end < 0 ? word.Length : end;
                    if (end > start)
                    {
                        AppendInitials(result, word, start, end);
                    }

                    start = end + 1;
                }
            }

            return StringBuilderCache.ToStringAndRelease(result);
        }

        /// <summary>The folded initials a name part stands for: itself when written as initials ("ZM"), else its first letter.</summary>
        private static void AppendInitials(System.Text.StringBuilder result, string word, int start, int end)
        {
            var initialsEnd = IsInitials(word, start, end) ? end : start + 1;
            if (!IsAscii(word, start, initialsEnd))
            {
                result.Append(TextUtil.Fold(word.Substring(start, initialsEnd - start)));
                return;
            }

            // ASCII folds by lower-casing alone.
            for (var i = start; i < initialsEnd; i++)
            {
                result.Append(char.ToLowerInvariant(word[i]));
            }
        }
    }
}
