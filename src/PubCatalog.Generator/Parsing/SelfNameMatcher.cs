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
            if (a.Length == 0 || b.Length == 0 || TextUtil.Fold(a[a.Length - 1]) != TextUtil.Fold(b[b.Length - 1]))
            {
                return false;
            }

            var givenA = a.Take(a.Length - 1).ToArray();
            var givenB = b.Take(b.Length - 1).ToArray();
            if (givenA.Length == 0 || givenB.Length == 0)
            {
                return givenA.Length == givenB.Length;
            }

            var abbreviated = givenA.Any(IsInitials) || givenB.Any(IsInitials);
            if (!abbreviated)
            {
                return TextUtil.Fold(string.Join(" ", givenA)) == TextUtil.Fold(string.Join(" ", givenB));
            }

            // With initials on either side, the shorter run of initials must start the longer one: "ZM" ~ "Ziming" ~ "Z. M.".
            var initialsA = Initials(givenA);
            var initialsB = Initials(givenB);
            return initialsA.StartsWith(initialsB, StringComparison.Ordinal) || initialsB.StartsWith(initialsA, StringComparison.Ordinal);
        }

        private static string[] Words(string name) =>
            name.Replace('.', ' ').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>"X", "ZM", "J.P." written as initials: one letter, or up to three capitals.</summary>
        private static bool IsInitials(string word) =>
            word.Length == 1 || (word.Length <= 3 && word.All(char.IsUpper));

        private static string Initials(IEnumerable<string> given)
        {
            var result = new System.Text.StringBuilder();
            foreach (var word in given)
            {
                foreach (var part in word.Split('-'))
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
