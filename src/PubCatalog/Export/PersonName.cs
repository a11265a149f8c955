using System;
using System.Collections.Generic;

namespace PubCatalog
{
    /// <summary>
    /// An author's name split the way citation formats want it: <c>Ethan J. Jackson</c> → given <c>Ethan J.</c>,
    /// family <c>Jackson</c>; <c>Ludwig van Beethoven</c> → family <c>van Beethoven</c>; <c>Jackson, Ethan J.</c> is
    /// read as family-first; a single word is a family name only.
    /// </summary>
    public sealed class PersonName
    {
        private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV",
        };

        private PersonName(string given, string family, string suffix)
        {
            Given = given;
            Family = family;
            Suffix = suffix;
        }

        /// <summary>Given names and initials; empty for a one-word name.</summary>
        public string Given { get; }

        /// <summary>The family name, with its lowercase particles (<c>van</c>, <c>de</c> …).</summary>
        public string Family { get; }

        /// <summary><c>Jr.</c>, <c>III</c> …, or empty.</summary>
        public string Suffix { get; }

        /// <summary>Splits a name as written.</summary>
        public static PersonName Parse(string name)
        {
            name = (name ?? string.Empty).Trim();
            var comma = name.IndexOf(',');
            if (comma >= 0)
            {
                return new PersonName(name.Substring(comma + 1).Trim(), name.Substring(0, comma).Trim(), string.Empty);
            }

            var words = new List<string>(name.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            var suffix = string.Empty;
            if (words.Count >= 3 && Suffixes.Contains(words[words.Count - 1]))
            {
                suffix = words[words.Count - 1];
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count <= 1)
            {
                return new PersonName(string.Empty, words.Count == 1 ? words[0] : string.Empty, suffix);
            }

            // The family name starts at the first lowercase particle before the last word, else is the last word.
            var start = words.Count - 1;
            for (var i = 1; i < words.Count - 1; i++)
            {
                if (char.IsLower(words[i][0]))
                {
                    start = i;
                    break;
                }
            }

            return new PersonName(
                string.Join(" ", words.GetRange(0, start)),
                string.Join(" ", words.GetRange(start, words.Count - start)),
                suffix);
        }

        /// <inheritdoc />
        public override string ToString() =>
            Given.Length == 0 ? Family : Suffix.Length == 0 ? $"{Family}, {Given}" : $"{Family}, {Suffix}, {Given}";
    }
}
