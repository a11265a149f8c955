using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// C# property names for the publications: PascalCase from the short name or the title's first words
    /// (<c>SkyLB</c>, <c>CantBeLate</c>), always a valid non-keyword identifier, disambiguated by year, then by number.
    /// </summary>
    internal static class MemberNames
    {
        private const int MaxWords = 6;

        /// <summary>C# rejects identifiers over 512 characters (CS0645); a readable name is far shorter.</summary>
        private const int MaxLength = 64;

        /// <summary>Names the generated class already uses, plus <see cref="object"/>'s members.</summary>
        private static readonly HashSet<string> Reserved = new()
        {
            "All", "Count", "ById", "ByYear", "ByAuthor", "ByTag", "ByVenue", "Years", "Authors", "Tags", "Venues",
            "FindById", "Items", "Data", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        public static string[] Assign(IReadOnlyList<PublicationModel> publications, string className)
        {
            var fromText = new string[publications.Count];
            for (var i = 0; i < fromText.Length; i++)
            {
                fromText[i] = FromText(publications[i].ShortName ?? publications[i].Title);
            }

            var names = new string[publications.Count];
            Assign(publications, fromText, className, names);
            return names;
        }

        /// <param name="fromText">Each publication's <see cref="FromText"/> name, computed beforehand (once per file).</param>
        /// <param name="names">Where the names go, one per publication, in order (it may be longer).</param>
        public static void Assign(IReadOnlyList<PublicationModel> publications, IReadOnlyList<string> fromText, string className, string[] names)
        {
            // Each name's group of like names, numbered as met: the second pass reads its group's size, not the name's hash.
            // The tables are the thread's, emptied after: at 20,000 entries each is a large object (see UniqueNames.Acquire).
            var bases = System.Buffers.ArrayPool<string>.Shared.Rent(publications.Count);
            var groupOf = System.Buffers.ArrayPool<int>.Shared.Rent(publications.Count);
            var table = GroupTable.Acquire();
            var groups = table.Groups;
            var groupSizes = table.Sizes;
            for (var i = 0; i < publications.Count; i++)
            {
                var name = fromText[i];
                if (name == className || Reserved.Contains(name))
                {
                    name += "Paper";
                }

                ref var number = ref groups.GetOrAdd(name, out var added);
                if (added)
                {
                    number = groupSizes.Count;
                    groupSizes.Add(0);
                }

                var group = number;
                groupSizes[group]++;
                groupOf[i] = group;
                bases[i] = name;
            }

            var taken = UniqueNames.Acquire("_", publications.Count);
            for (var i = 0; i < publications.Count; i++)
            {
                var name = bases[i];
                if (groupSizes[groupOf[i]] > 1 && publications[i].Year is int year)
                {
                    name += year.ToString(CultureInfo.InvariantCulture);
                }

                names[i] = taken.Take(name);
            }

            taken.Release();
            table.Release();
            System.Array.Clear(bases, 0, publications.Count);
            System.Buffers.ArrayPool<string>.Shared.Return(bases);
            System.Buffers.ArrayPool<int>.Shared.Return(groupOf);
        }

        /// <summary>The groups of like names and their sizes, one table per thread, emptied after each catalog.</summary>
        private sealed class GroupTable
        {
            /// <summary>The largest table kept (about 3 MB): one huge catalog must not pin it for the compiler's lifetime.</summary>
            private const int MaxKeptCount = 1 << 17;

            public StringTable Groups { get; } = new(64);

            public List<int> Sizes { get; } = new();

            public static GroupTable Acquire() => ThreadSpare<GroupTable>.Take() ?? new GroupTable();

            /// <summary>Empties the table (so it keeps no strings alive) and keeps it for the next catalog; not used after.</summary>
            public void Release()
            {
                if (Groups.Count <= MaxKeptCount)
                {
                    Groups.Clear();
                    Sizes.Clear();
                    ThreadSpare<GroupTable>.Keep(this);
                }
            }
        }

        /// <summary>PascalCase of the letters and digits of the text; "Paper" first when it would start with a digit or be empty.</summary>
        public static string FromText(string text) => AsciiKeyText.IsAsciiBesidesApostrophes(text) ? PascalCaseAscii(text) : FromAnyText(text);

        /// <summary><see cref="FromText"/> of any text, checked against Roslyn's identifier rules; the ASCII path must give the same.</summary>
        internal static string FromAnyText(string text)
        {
            var name = PascalCase(text);
            if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            {
                name = "Paper" + name;
            }

            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
                || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            {
                name = "Paper" + name;
            }

            return SyntaxFacts.IsValidIdentifier(name) ? name : "Paper";
        }

        /// <summary>
        /// <see cref="FromText"/> of ASCII text (apostrophes apart), in one pass: its normal form is itself, and its letters
        /// and digits are the ASCII ones. The identifier checks are not needed: C# keywords, contextual ones too, are all
        /// lower-case, so ASCII letters and digits that start with an upper-case letter are a valid identifier and never a
        /// keyword; "Paper" goes first when the name would start with a digit or be empty.
        /// </summary>
        private static string PascalCaseAscii(string text)
        {
            const string Prefix = "Paper";
            var chars = AsciiKeyText.Buffer(Prefix.Length + MaxLength);
            var length = Prefix.Length;
            var words = 0;
            var startOfWord = true;
            foreach (var c in text)
            {
                if (c == AsciiKeyText.Apostrophe || c == AsciiKeyText.TypographicApostrophe)
                {
                    continue;
                }

                if (AsciiKeyText.IsAsciiLetterOrDigit(c))
                {
                    if (length - Prefix.Length >= MaxLength)
                    {
                        break;
                    }

                    if (startOfWord)
                    {
                        if (++words > MaxWords)
                        {
                            break;
                        }

                        chars[length++] = AsciiKeyText.ToUpper(c);
                        startOfWord = false;
                    }
                    else
                    {
                        chars[length++] = c;
                    }
                }
                else
                {
                    startOfWord = true;
                }
            }

            if (length > Prefix.Length && !(chars[Prefix.Length] >= '0' && chars[Prefix.Length] <= '9'))
            {
                return new string(chars, Prefix.Length, length - Prefix.Length);
            }

            Prefix.CopyTo(0, chars, 0, Prefix.Length);
            return new string(chars, 0, length);
        }

        /// <summary>The first words' letters and digits, each word capitalized, of the text's composed normal form.</summary>
        private static string PascalCase(string text)
        {
            var builder = new StringBuilder();
            var words = 0;
            var startOfWord = true;
            foreach (var c in TextUtil.Normalize(text.Replace("'", "").Replace("’", ""), NormalizationForm.FormC))
            {
                if (IsIdentifierPart(c))
                {
                    if (builder.Length >= MaxLength)
                    {
                        break;
                    }

                    if (startOfWord)
                    {
                        if (++words > MaxWords)
                        {
                            break;
                        }

                        builder.Append(char.ToUpperInvariant(c));
                        startOfWord = false;
                    }
                    else
                    {
                        builder.Append(c);
                    }
                }
                else
                {
                    startOfWord = true;
                }
            }

            return builder.ToString();
        }

        /// <summary>Letters and digits only; combining marks and connectors are left out, so a name never starts oddly.</summary>
        private static bool IsIdentifierPart(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return false;
            }
        }
    }
}
