using System.Globalization;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Names made unique in the order they are asked for: a name already taken becomes the first free one of
    /// <c>name-2</c>, <c>name-3</c> … (with the separator given). The next number to try is kept per name, so k entries
    /// that share a name cost about k tries, not k²/2: at 20,000 entries, starting from 2 every time made 24,000
    /// throw-away ids, each built and hashed.
    /// </summary>
    internal sealed class UniqueNames
    {
        /// <summary>The largest table kept for the next catalog on the thread (about 3 MB): one huge catalog must not pin it.</summary>
        private const int MaxKeptCount = 1 << 17;

        private string _separator;

        // Every name taken, each with the number to try next when it is asked for again (every number below it is taken:
        // nothing is given back).
        private readonly StringTable _taken;

        /// <param name="separator">What goes between a name and its number.</param>
        /// <param name="capacity">How many names to expect.</param>
        public UniqueNames(string separator, int capacity)
        {
            _separator = separator;
            _taken = new StringTable(capacity);
        }

        /// <summary>
        /// The thread's names, emptied, or new ones (<see cref="Release"/> them when done): the catalog's ids and member
        /// names are made unique over every entry on every run, and at 20,000 entries the table is a large object, whose
        /// making and dropping on each edit brought on gen-2 collections of the driver's whole catalog.
        /// </summary>
        public static UniqueNames Acquire(string separator, int capacity)
        {
            if (ThreadSpare<UniqueNames>.Take() is not { } kept)
            {
                return new UniqueNames(separator, capacity);
            }

            kept._separator = separator;
            return kept;
        }

        /// <summary>Empties the names (so they keep no strings alive) and keeps them for the next catalog; not used after.</summary>
        public void Release()
        {
            if (_taken.Count <= MaxKeptCount)
            {
                _taken.Clear();
                ThreadSpare<UniqueNames>.Keep(this);
            }
        }

        /// <summary>Takes the name as it is; false when it is taken already.</summary>
        public bool TryTake(string name)
        {
            ref var next = ref _taken.GetOrAdd(name, out var added);
            if (!added)
            {
                return false;
            }

            next = 2;
            return true;
        }

        /// <summary>The name, or the first free numbered form of it; taken from now on.</summary>
        public string Take(string name)
        {
            ref var next = ref _taken.GetOrAdd(name, out var added);
            if (added)
            {
                next = 2;
                return name;
            }

            var number = next;
            string candidate;
            do
            {
                candidate = name + _separator + number.ToString(CultureInfo.InvariantCulture);
                number++;
            }
            while (_taken.ContainsKey(candidate));

            // Looked up again: adding the candidate may move the table's slots.
            _taken.GetOrAdd(name, out _) = number;
            _taken.GetOrAdd(candidate, out _) = 2;
            return candidate;
        }
    }
}
