using System.Text;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The authors of one file, each distinct one made once: a page names its owner and its frequent co-authors in entry
    /// after entry, and equal authors need not be separate objects (models compare by value). A name is looked up by the
    /// characters of the builder it was read into, so a name met before costs no string at all.
    /// </summary>
    internal sealed class AuthorPool
    {
        private readonly EquatableArray<string> _selfNames;
        // Chained hash table: _buckets holds 1-based indices into _entries (0: empty), each entry the next in its chain.
        private int[] _buckets = new int[64];
        private Entry[] _entries = new Entry[64];
        private int _count;

        public AuthorPool(EquatableArray<string> selfNames) => _selfNames = selfNames;

        /// <summary>
        /// The author named by the builder's characters <paramref name="start"/> to <paramref name="end"/>: the page's
        /// owner when written in bold or when the name matches a <c>PubCatalogSelf</c> name.
        /// </summary>
        public AuthorModel Get(StringBuilder name, int start, int end, bool bold, bool isEqualContribution)
        {
            ref var entry = ref Find(name, start, end);
            // The match against the owner's names is made once per name, and only when the bold does not decide.
            var isSelf = bold || (entry.MatchesSelf ??= SelfNameMatcher.Matches(_selfNames, entry.Name));
            var variant = (isSelf ? 1 : 0) | (isEqualContribution ? 2 : 0);
            entry.Authors ??= new AuthorModel?[4];
            return entry.Authors[variant] ??= new AuthorModel(entry.Name, isSelf, isEqualContribution);
        }

        private ref Entry Find(StringBuilder name, int start, int end)
        {
            var hash = Hash(name, start, end);
            for (var index = _buckets[hash & (_buckets.Length - 1)]; index != 0; index = _entries[index - 1].Next)
            {
                ref var entry = ref _entries[index - 1];
                if (entry.Hash == hash && Holds(name, start, end, entry.Name))
                {
                    return ref entry;
                }
            }

            if (_count == _entries.Length)
            {
                Grow();
            }

            var bucket = hash & (_buckets.Length - 1);
            _entries[_count] = new Entry { Name = name.ToString(start, end - start), Hash = hash, Next = _buckets[bucket] };
            _buckets[bucket] = ++_count;
            return ref _entries[_count - 1];
        }

        private void Grow()
        {
            System.Array.Resize(ref _entries, _entries.Length * 2);
            _buckets = new int[_buckets.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                var bucket = _entries[i].Hash & (_buckets.Length - 1);
                _entries[i].Next = _buckets[bucket];
                _buckets[bucket] = i + 1;
            }
        }

        private static int Hash(StringBuilder name, int start, int end)
        {
            var hash = unchecked((int)2166136261);
            for (var i = start; i < end; i++)
            {
                hash = unchecked((hash ^ name[i]) * 16777619);
            }

            return hash;
        }

        private static bool Holds(StringBuilder name, int start, int end, string text)
        {
            if (end - start != text.Length)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (name[start + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        private struct Entry
        {
            public string Name;
            public int Hash;
            public int Next;
            public bool? MatchesSelf;
            // Indexed by (self ? 1 : 0) | (equal contribution ? 2 : 0); made as they are asked for.
            public AuthorModel?[]? Authors;
        }
    }
}
