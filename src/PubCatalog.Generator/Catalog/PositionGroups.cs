using System;
using System.Collections.Generic;
using PubCatalog.Generator.Emit;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Catalog positions grouped by key (an author, a tag, a venue, a year), for the index's lookups. The groups are kept
    /// flat, as one chain of positions per key in arrays all keys share, not as a list per key: thousands of small lists,
    /// each copied as it grew, were most of the index's garbage. Positions are added in ascending order; an entry that
    /// names the same key twice (an author listed twice, a venue whose acronym is its name) is listed once.
    /// </summary>
    internal sealed class PositionGroups<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _ids;
        private readonly List<TKey> _keys;

        // Per key (by id, in order of first use): its first and last link, and how many positions it has.
        private int[] _first;
        private int[] _last;
        private int[] _count;

        // Per link: a position, and the key's next link (or -1).
        private int[] _position;
        private int[] _next;
        private int _links;

        /// <param name="keys">How many distinct keys to expect.</param>
        /// <param name="positions">How many positions to expect, all keys together.</param>
        public PositionGroups(int keys, int positions, IEqualityComparer<TKey> comparer)
        {
            keys = Math.Max(keys, 4);
            positions = Math.Max(positions, 4);
            _ids = new Dictionary<TKey, int>(keys, comparer);
            _keys = new List<TKey>(keys);
            _first = new int[keys];
            _last = new int[keys];
            _count = new int[keys];
            _position = new int[positions];
            _next = new int[positions];
        }

        /// <summary>How many distinct keys.</summary>
        public int Count => _keys.Count;

        public void Add(TKey key, int position) => AddToId(IdOf(key), position);

        /// <summary>Adds a position to the key numbered <paramref name="id"/> by <see cref="IdOf"/>.</summary>
        public void AddToId(int id, int position)
        {
            if (_count[id] != 0 && _position[_last[id]] == position)
            {
                return;
            }

            if (_links == _position.Length)
            {
                Array.Resize(ref _position, _links * 2);
                Array.Resize(ref _next, _links * 2);
            }

            _position[_links] = position;
            _next[_links] = -1;
            if (_count[id] == 0)
            {
                _first[id] = _links;
            }
            else
            {
                _next[_last[id]] = _links;
            }

            _last[id] = _links;
            _count[id]++;
            _links++;
        }

        /// <summary>
        /// The key's number, a new one for a key not met before. A key is listed (with its positions, in
        /// <see cref="Sorted"/>) once it has a number: number only a key about to get a position.
        /// </summary>
        public int IdOf(TKey key)
        {
            if (_ids.TryGetValue(key, out var id))
            {
                return id;
            }

            id = _keys.Count;
            _ids.Add(key, id);
            _keys.Add(key);
            if (id == _first.Length)
            {
                Array.Resize(ref _first, id * 2);
                Array.Resize(ref _last, id * 2);
                Array.Resize(ref _count, id * 2);
            }

            _count[id] = 0;
            return id;
        }

        /// <summary>The keys in ascending order (<paramref name="comparer"/>, or the keys' own), and each one's id.</summary>
        public (TKey[] Keys, int[] Ids) Sorted(IComparer<TKey>? comparer)
        {
            var keys = _keys.ToArray();
            var ids = new int[keys.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = i;
            }

            Array.Sort(keys, ids, comparer);
            return (keys, ids);
        }

        /// <summary>A key's positions as <c>count, position deltas*</c>: each the distance from the one before.</summary>
        public void WritePositions(CompactWriter writer, int id)
        {
            writer.Number(_count[id]);
            var previous = 0;
            for (var link = _count[id] == 0 ? -1 : _first[id]; link >= 0; link = _next[link])
            {
                writer.Number(_position[link] - previous);
                previous = _position[link];
            }
        }
    }
}
