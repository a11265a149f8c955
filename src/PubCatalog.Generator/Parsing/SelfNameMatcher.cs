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
                return TextUtil.Fold(string.Join(" ", givenA)) == TextUtil.Fold(string.Join(" ", givenB));
            }

            // With initials on either side, the shorter run of initials must start the longer one: "ZM" ~ "Ziming" ~ "Z. M.".
            var initialsA = Initials(givenA);
            var initialsB = Initials(givenB);
            return initialsA.StartsWith(initialsB, StringComparison.Ordinal) || initialsB.StartsWith(initialsA, StringComparison.Ordinal);
        }

        private static readonly char[] WordSeparators = { ' ', '\t' };

        // Hoisted: netstandard2.0's Split(params char[]) would allocate the array on every call.
        private static readonly char[] Hyphen = { '-' };

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

        /// <summary>"X", "ZM", "J.P." written as initials: one letter, or up to three capitals.</summary>
        private static bool IsInitials(string word)
        {
            if (word.Length == 1)
            {
                return true;
            }

            if (word.Length > 3)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Initials(string[] given)
        {
            var result = new System.Text.StringBuilder();
            foreach (var word in given)
            {
                foreach (var part in word.Split(Hyphen))
                {
                    if (part.Length == 0)
                    {
                        continue;
                    }

                    result.Append(IsInitials(part) ? TextUtil.Fold(part) : TextUtil.Fold(part.Substring(0, 1)));
                }
            }

            return result.ToString();
        }
    }
}
