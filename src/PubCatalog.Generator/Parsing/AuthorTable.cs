using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Author names and authors recently made by any page this process read, in fixed-size tables (as Roslyn's own
    /// <c>StringTable</c> keeps identifier text): a lab's pages name the same co-authors in file after file, and a build
    /// server or the IDE reads the same pages run after run. A name found here is not made again, so what the driver keeps
    /// holds one string and one author per name rather than one per file. That matters because the collector copies what
    /// a run keeps, gen 0 into gen 1 into gen 2: 10–13 ms of pause per full run of the 2,000-entry workload, whose ten
    /// pages made 5,617 name strings and 7,197 authors for 1,025 names.
    /// <para>
    /// Safe without locks: a slot holds a reference, read and written whole; a reader checks the text (and the marks) of
    /// what it finds, and a writer may replace what another thread put there, which only costs a string made again. The
    /// tables never hold more than their 8,192 slots each, of names up to <see cref="MaxLength"/> characters (about 2 MB
    /// at most, for the life of the process), and what they hold changes no output: models compare by value, and a name or
    /// author is the same value whichever page made it first.
    /// </para>
    /// </summary>
    internal static class AuthorTable
    {
        private const int SlotBits = 13;

        /// <summary>
        /// The longest name kept (real names are far shorter): a page of pathological "names" must not leave megabytes in
        /// a table that lives as long as the compiler server.
        /// </summary>
        public const int MaxLength = 64;

        private static readonly string?[] s_names = new string?[1 << SlotBits];

        // One author per slot, whichever marks it was last made with: a name mostly comes with the same marks.
        private static readonly AuthorModel?[] s_authors = new AuthorModel?[1 << SlotBits];

        /// <summary>The characters as a string, the table's if it has it.</summary>
        public static string Name(System.ReadOnlySpan<char> chars, int hash)
        {
            if (chars.Length > MaxLength)
            {
                return chars.ToString();
            }

            var slot = hash & ((1 << SlotBits) - 1);
            var cached = s_names[slot];
            if (cached is not null && System.MemoryExtensions.SequenceEqual(chars, System.MemoryExtensions.AsSpan(cached)))
            {
                return cached;
            }

            var made = chars.ToString();
            s_names[slot] = made;
            return made;
        }

        /// <summary>The author with this name and these marks, the table's if it has one.</summary>
        public static AuthorModel Author(string name, int hash, bool isSelf, bool isEqualContribution)
        {
            if (name.Length > MaxLength)
            {
                return new AuthorModel(name, isSelf, isEqualContribution);
            }

            var slot = hash & ((1 << SlotBits) - 1);
            var cached = s_authors[slot];
            if (cached is not null && cached.IsSelf == isSelf && cached.IsEqualContribution == isEqualContribution
                && (ReferenceEquals(cached.Name, name) || cached.Name == name))
            {
                return cached;
            }

            var made = new AuthorModel(name, isSelf, isEqualContribution);
            s_authors[slot] = made;
            return made;
        }

        /// <summary>
        /// Empties both tables: for measuring a run that finds nothing of the runs before it (the benchmarks' profile
        /// tool, <c>PUBCATALOG_COLD_TABLES=1</c>). Not called by the generator.
        /// </summary>
        internal static void Clear()
        {
            System.Array.Clear(s_names, 0, s_names.Length);
            System.Array.Clear(s_authors, 0, s_authors.Length);
        }
    }
}
