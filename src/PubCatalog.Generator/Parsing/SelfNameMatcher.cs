using System;
using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Matches an author against the <c>PubCatalogSelf</c> names: case- and accent-insensitive, and initials match
    /// given names (<c>X Liu</c> matches <c>Xiaoxuan Liu</c>, <c>ZM Mao</c> matches <c>Ziming Mao</c>).
    /// </summary>
    internal static class SelfNameMatcher
    {
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
            var a = Words(self);
            var b = Words(author);
            if (a.Length == 0 || b.Length == 0 || a[a.Length - 1] != b[b.Length - 1])
            {
                return false;
            }

            // Same family name: the given names must agree, as full names or as initials.
            var givenA = string.Join(" ", a, 0, a.Length - 1);
            var givenB = string.Join(" ", b, 0, b.Length - 1);
            if (givenA.Length == 0 || givenB.Length == 0)
            {
                return givenA.Length == givenB.Length;
            }

            return givenA == givenB || InitialsOf(givenA).StartsWith(Initials(givenB), StringComparison.Ordinal)
                || InitialsOf(givenB).StartsWith(Initials(givenA), StringComparison.Ordinal)
                || Initials(givenA)[0] == Initials(givenB)[0] && (IsInitials(givenA) || IsInitials(givenB));
        }

        private static string[] Words(string name) =>
            TextUtil.Fold(name).Replace('.', ' ').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

        private static bool IsInitials(string given)
        {
            foreach (var word in given.Split(' '))
            {
                if (word.Length > 3)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"ziming" → "z"; "zm" (written as initials) → "zm".</summary>
        private static string Initials(string given) => IsInitials(given) ? given.Replace(" ", "") : InitialsOf(given);

        private static string InitialsOf(string given)
        {
            var result = new System.Text.StringBuilder();
            foreach (var word in given.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries))
            {
                result.Append(word[0]);
            }

            return result.ToString();
        }
    }
}
