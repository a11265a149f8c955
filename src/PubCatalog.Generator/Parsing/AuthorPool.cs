using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The authors of one file, each distinct one made once: a page names its owner and its frequent co-authors in entry
    /// after entry, and equal authors need not be separate objects (models compare by value). A name is looked up by the
    /// characters of the buffer it was read into, so a name met before costs no string at all.
    /// </summary>
    internal sealed class AuthorPool
    {
        // The page's owner names: set when the table is taken for a page (the table itself goes from page to page).
        private EquatableArray<string> _selfNames;

        // Chained hash table: _buckets holds 1-based entry numbers (0: empty), each entry the next in its chain. The entries
        // are one array, doubled when full: the table goes from page to page on a thread, so it grows once, and a name
        // found again is one array access away rather than two (a list of chunks).
        private int[] _buckets;
        private Entry[] _entries;
        private int _count;

        // The largest table kept for the next page on the thread: one page of pathological names must not pin it.
        private const int MaxKeptCount = 1 << 14;

        private AuthorPool()
        {
            _buckets = new int[64];
            _entries = new Entry[64];
        }

        /// <summary>
        /// The thread's table, empty, or a new one, for a page whose owner goes by <paramref name="selfNames"/>: a page's
        /// table grows to thousands of names, and making it afresh for every page (its buckets and entries regrown) was 3%
        /// of what a run allocates.
        /// </summary>
        public static AuthorPool Acquire(EquatableArray<string> selfNames)
        {
            var pool = ThreadSpare<AuthorPool>.Take() ?? new AuthorPool();
            pool._selfNames = selfNames;
            return pool;
        }

        /// <summary>
        /// Empties the table and keeps it for the next page on the thread; the pool must not be used after. Its entries
        /// are cleared, so the table does not keep this page's names and authors alive.
        /// </summary>
        public void Release()
        {
            if (_count > MaxKeptCount)
            {
                return;
            }

            System.Array.Clear(_buckets, 0, _buckets.Length);
            System.Array.Clear(_entries, 0, _count);
            _count = 0;
            _selfNames = EquatableArray<string>.Empty;
            ThreadSpare<AuthorPool>.Keep(this);
        }

        /// <summary>
        /// The author named by the buffer's characters <paramref name="start"/> to <paramref name="end"/>: the page's
        /// owner when written in bold or when the name matches a <c>PubCatalogSelf</c> name.
        /// </summary>
        public AuthorModel Get(NameBuffer name, int start, int end, bool bold, bool isEqualContribution) =>
            Get(name.Span(start, end), bold, isEqualContribution);

        /// <summary>The author named by <paramref name="name"/> (a name read in place in a line's text, or a buffer's).</summary>
        public AuthorModel Get(System.ReadOnlySpan<char> name, bool bold, bool isEqualContribution)
        {
            ref var entry = ref Find(name);
            // The match against the owner's names is made once per name, and only when the bold does not decide.
            var isSelf = bold || (entry.MatchesSelf ??= SelfNameMatcher.Matches(_selfNames, entry.Name));
            // The same name mostly comes with the same marks: the last author made for it is kept.
            if (entry.Author is not { } author || author.IsSelf != isSelf || author.IsEqualContribution != isEqualContribution)
            {
                entry.Author = author = AuthorTable.Author(entry.Name, entry.Hash, isSelf, isEqualContribution);
            }

            return author;
        }

        private ref Entry Find(System.ReadOnlySpan<char> name)
        {
            var hash = TextHash.Of(name);
            for (var number = _buckets[hash & (_buckets.Length - 1)]; number != 0;)
            {
                ref var entry = ref EntryAt(number);
                if (entry.Hash == hash && System.MemoryExtensions.SequenceEqual(name, System.MemoryExtensions.AsSpan(entry.Name)))
                {
                    return ref entry;
                }

                number = entry.Next;
            }

            if (_count == _buckets.Length)
            {
                Rehash();
            }

            if (_count == _entries.Length)
            {
                System.Array.Resize(ref _entries, _entries.Length * 2);
            }

            var bucket = hash & (_buckets.Length - 1);
            ref var added = ref EntryAt(++_count);
            added = new Entry { Name = AuthorTable.Name(name, hash), Hash = hash, Next = _buckets[bucket] };
            _buckets[bucket] = _count;
            return ref added;
        }

        private ref Entry EntryAt(int number) => ref _entries[number - 1];

        /// <summary>Twice the buckets, so chains stay about one entry long.</summary>
        private void Rehash()
        {
            _buckets = new int[_buckets.Length * 2];
            for (var number = 1; number <= _count; number++)
            {
                ref var entry = ref EntryAt(number);
                var bucket = entry.Hash & (_buckets.Length - 1);
                entry.Next = _buckets[bucket];
                _buckets[bucket] = number;
            }
        }

        private struct Entry
        {
            public string Name;
            public int Hash;
            public int Next;
            public bool? MatchesSelf;
            public AuthorModel? Author;
        }
    }
}
