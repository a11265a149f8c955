using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The authors the pages read on a thread name, each distinct one made once: a page names its owner and its frequent
    /// co-authors in entry after entry (and a site's other pages the same people), and equal authors need not be separate
    /// objects (models compare by value). A name is looked up by the characters of the buffer it was read into, so a name
    /// met before costs no string at all.
    /// </summary>
    internal sealed class AuthorPool
    {
        // The page's owner names: set when the table is taken for a page (the table itself goes from page to page).
        private EquatableArray<string> _selfNames;

        // Chained hash table: _buckets holds 1-based entry numbers (0: empty), each entry the next in its chain. The entries
        // are one array, doubled when full: the table goes from page to page on a thread, so it grows once, and a name
        // found again is one array access away rather than two (a list of chunks).
        private int[] _buckets;

        // Whether a name longer than the process's table keeps was added: the table is then emptied after its page.
        private bool _holdsLongNames;
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
        /// The thread's table (holding the names of the pages it read before, when their owner was the same), or a new
        /// one, for a page whose owner goes by <paramref name="selfNames"/>: a page's table grows to thousands of names, and
        /// making it afresh for every page (its buckets and entries regrown) was 3% of what a run allocates.
        /// </summary>
        public static AuthorPool Acquire(EquatableArray<string> selfNames)
        {
            var pool = ThreadSpare<AuthorPool>.Take() ?? new AuthorPool();
            // A site's pages share most of their co-authors: the names the pages before met stay in the table, so a name
            // is new once per thread rather than once per page (a new name is looked up in the process's tables, a few
            // cache misses: about a quarter of reading the stacked pages' names). Whether a name is the owner's is
            // forgotten for a page of another owner (a project's pages may have several: a lab's members), the names kept.
            if (!pool._selfNames.Equals(selfNames))
            {
                pool.ForgetOwner();
                pool._selfNames = selfNames;
            }

            return pool;
        }

        /// <summary>
        /// Keeps the table, names and all, for the next page on the thread; the pool must not be used after. What it keeps
        /// alive is little more than the process's <see cref="AuthorTable"/> keeps anyway (the same strings and authors),
        /// and a table past <see cref="MaxKeptCount"/> names is let go.
        /// </summary>
        public void Release()
        {
            if (_count > MaxKeptCount)
            {
                return;
            }

            // Pathological names (longer than any real one) are not kept past their page, as the process's table does not keep them.
            if (_holdsLongNames)
            {
                Clear();
            }

            ThreadSpare<AuthorPool>.Keep(this);
        }

        /// <summary>
        /// Forgets which names are the owner's, for a page of another owner: each is matched again when met. The authors
        /// kept for a name stay: each is kept with its own marks.
        /// </summary>
        private void ForgetOwner()
        {
            for (var i = 0; i < _count; i++)
            {
                _entries[i].MatchesSelf = null;
            }
        }

        /// <summary>Empties the table (its names, and whether each is the owner's).</summary>
        private void Clear()
        {
            System.Array.Clear(_buckets, 0, _buckets.Length);
            System.Array.Clear(_entries, 0, _count);
            _count = 0;
            _holdsLongNames = false;
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
            // An author per pair of marks the name came with (owner, equal contribution): the same name comes with
            // either mark on and off from entry to entry, and each pair is looked up in the process's table once.
            ref var author = ref Entry.Author(ref entry, isSelf, isEqualContribution);
            return author ??= AuthorTable.Author(entry.Name, entry.Hash, isSelf, isEqualContribution);
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

            _holdsLongNames |= name.Length > AuthorTable.MaxLength;
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
            public AuthorModel? Plain;
            public AuthorModel? Self;
            public AuthorModel? Equal;
            public AuthorModel? SelfEqual;

            /// <summary>The author kept for the name with these marks (null until made).</summary>
            public static ref AuthorModel? Author(ref Entry entry, bool isSelf, bool isEqualContribution)
            {
                if (isSelf)
                {
                    return ref isEqualContribution ? ref entry.SelfEqual : ref entry.Self;
                }

                return ref isEqualContribution ? ref entry.Equal : ref entry.Plain;
            }
        }
    }
}
