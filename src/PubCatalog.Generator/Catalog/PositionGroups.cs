using System;
using System.Collections.Generic;
using PubCatalog.Generator.Emit;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Catalog positions grouped by key (an author, a tag, a venue, a year), for the index's lookups. Positions are added
    /// in ascending order; an entry that names the same key twice (an author listed twice, a venue whose acronym is its
    /// name) is listed once. The positions are kept flat, as one list of (key, position) links in the order they come, and
    /// grouped by key once, when the first key's positions are written (a counting sort, which keeps each key's positions
    /// ascending). Not a list per key: thousands of small lists, each copied as it grew, were most of the index's garbage.
    /// Not a chain of links per key either: at 20,000 entries the chains' arrays outgrow the processor's cache, and
    /// following them, one cache miss per position when adding and again when writing, was most of the cut's time.
    /// </summary>
    internal sealed class PositionGroups<TKey>
        where TKey : notnull
    {
        // The keys' numbers: strings (authors, tags, venues) in a string table, other keys (years) in a dictionary.
        private readonly Dictionary<TKey, int>? _ids;
        private readonly StringTable? _stringIds;
        private readonly List<TKey> _keys;

        // Per key (by id, in order of first use): how many positions it has, and its last one (to list an entry once).
        private int[] _count;
        private int[] _lastPosition;

        // Per link, in the order added: the key's id and the position.
        private int[] _linkKey;
        private int[] _linkPosition;
        private int _links;

        // Once grouped: where each key's positions start in the grouped positions, and how many links and keys there were.
        private int[]? _start;
        private int _groupedLinks = -1;
        private int _groupedKeys;

        // The grouped positions (every key's together, the key with id 0 first), in a buffer each thread reuses: the
        // index writes one group's keys before it groups the next, and an array as long as the catalog's author list is
        // a large object, which the collector would otherwise meet once per run. The group that filled it last owns it;
        // another group asking for its positions groups them again.
        [ThreadStatic]
        private static int[]? s_grouped;

        /// <summary>
        /// A group with more positions gets an array of its own, so that one huge catalog does not pin its buffer for the
        /// compiler's lifetime (4 MB: the author list of a catalog of about 90,000 entries).
        /// </summary>
        internal const int MaxSharedLength = 1 << 20;

        private int[]? _ownGrouped;

        /// <summary>
        /// A group with more links than this keeps its two link arrays between runs, in a spare the thread keeps (see
        /// <see cref="Release"/>): 16,000 ints are 64 KB, and a little more would be a large object. Made afresh each run,
        /// the authors' link arrays (23,000 links at 2,000 entries) were most of what an edit's run put on the large-object
        /// heap, and with a driver's whole catalog alive, the gen-2 collections that heap brings on every few edits were
        /// a third of an edit's median run under workstation GC. Arrays of numbers, they hold no object alive.
        /// </summary>
        internal const int KeepLinksAbove = 16_000;

        private readonly bool _keepsLinks;

        // The owner by a number of its own, not a reference, so the buffer keeps no catalog alive after its run.
        [ThreadStatic]
        private static long s_owner;

        private static long s_lastInstance;

        private readonly long _instance = System.Threading.Interlocked.Increment(ref s_lastInstance);

        /// <param name="keys">How many distinct keys to expect.</param>
        /// <param name="positions">How many positions to expect, all keys together.</param>
        public PositionGroups(int keys, int positions, IEqualityComparer<TKey> comparer)
        {
            keys = Math.Max(keys, 4);
            positions = Math.Max(positions, 4);
            if (typeof(TKey) == typeof(string) && ReferenceEquals(comparer, StringComparer.Ordinal))
            {
                _stringIds = new StringTable(keys, hashEnds: true);
            }
            else
            {
                _ids = new Dictionary<TKey, int>(keys, comparer);
            }

            _keys = new List<TKey>(keys);
            _count = new int[keys];
            _lastPosition = new int[keys];
            _keepsLinks = positions > KeepLinksAbove;
            if (_keepsLinks && LinkArrays.Take(positions) is { } spare)
            {
                _linkKey = spare.Keys;
                _linkPosition = spare.Positions;
            }
            else
            {
                _linkKey = new int[positions];
                _linkPosition = new int[positions];
            }
        }

        /// <summary>
        /// Gives a large group's link arrays to the thread's spare, for the next run's group; the group must not be used
        /// after. Arrays past <see cref="MaxSharedLength"/> are not kept, so one huge catalog does not pin them.
        /// </summary>
        public void Release()
        {
            if (_keepsLinks && _linkKey.Length <= MaxSharedLength)
            {
                LinkArrays.Keep(new LinkArrays(_linkKey, _linkPosition));
            }

            _linkKey = _linkPosition = Array.Empty<int>();
            _links = 0;
        }

        /// <summary>
        /// A group's two link arrays, as the thread keeps them between runs: a few pairs, one for each large group of an
        /// index (at 20,000 entries the authors', the tags' and the venues' all are), each group taking back the smallest
        /// pair that fits it. With one pair kept, the groups took it from one another, and the authors' arrays (1.8 MB at
        /// 20,000 entries) were made again on every edit.
        /// </summary>
        private sealed class LinkArrays
        {
            /// <summary>The most pairs kept per thread (of one key type): an index has four groups, the years' apart.</summary>
            private const int MaxKept = 3;

            [ThreadStatic]
            private static List<LinkArrays>? s_kept;

            public LinkArrays(int[] keys, int[] positions)
            {
                Keys = keys;
                Positions = positions;
            }

            public int[] Keys { get; }

            public int[] Positions { get; }

            /// <summary>The smallest pair kept with room for <paramref name="positions"/> links, now the caller's; null when none has.</summary>
            public static LinkArrays? Take(int positions)
            {
                var kept = s_kept;
                var best = -1;
                for (var i = 0; kept is not null && i < kept.Count; i++)
                {
                    if (kept[i].Keys.Length >= positions && (best < 0 || kept[i].Keys.Length < kept[best].Keys.Length))
                    {
                        best = i;
                    }
                }

                if (best < 0)
                {
                    return null;
                }

                var taken = kept![best];
                kept.RemoveAt(best);
                return taken;
            }

            /// <summary>Keeps the pair for the next run's groups; past <see cref="MaxKept"/> pairs, the smallest is let go.</summary>
            public static void Keep(LinkArrays arrays)
            {
                var kept = s_kept ??= new List<LinkArrays>(MaxKept + 1);
                kept.Add(arrays);
                if (kept.Count > MaxKept)
                {
                    var smallest = 0;
                    for (var i = 1; i < kept.Count; i++)
                    {
                        if (kept[i].Keys.Length < kept[smallest].Keys.Length)
                        {
                            smallest = i;
                        }
                    }

                    kept.RemoveAt(smallest);
                }
            }
        }

        /// <summary>How many distinct keys.</summary>
        public int Count => _keys.Count;

        public void Add(TKey key, int position) => AddToId(IdOf(key), position);

        /// <summary>Adds a position to the key numbered <paramref name="id"/> by <see cref="IdOf"/>.</summary>
        public void AddToId(int id, int position)
        {
            if (_count[id] != 0 && _lastPosition[id] == position)
            {
                return;
            }

            if (_links == _linkKey.Length)
            {
                Array.Resize(ref _linkKey, _links * 2);
                Array.Resize(ref _linkPosition, _links * 2);
            }

            _linkKey[_links] = id;
            _linkPosition[_links] = position;
            _links++;
            _lastPosition[id] = position;
            _count[id]++;
        }

        /// <summary>
        /// The key's number, a new one for a key not met before. A key is listed (with its positions, in
        /// <see cref="Sorted"/>) once it has a number: number only a key about to get a position.
        /// </summary>
        public int IdOf(TKey key)
        {
            int id;
            if (_stringIds is not null)
            {
                ref var number = ref _stringIds.GetOrAdd((string)(object)key, out var added);
                if (!added)
                {
                    return number;
                }

                id = number = _keys.Count;
            }
            else
            {
                if (_ids!.TryGetValue(key, out id))
                {
                    return id;
                }

                id = _keys.Count;
                _ids.Add(key, id);
            }

            _keys.Add(key);
            if (id == _count.Length)
            {
                Array.Resize(ref _count, id * 2);
                Array.Resize(ref _lastPosition, id * 2);
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

            if (keys is string[] strings && ReferenceEquals(comparer, StringComparer.Ordinal))
            {
                OrdinalSort.Sort(strings, ids);
            }
            else
            {
                Array.Sort(keys, ids, comparer);
            }

            return (keys, ids);
        }

        /// <summary>A key's positions as <c>count, position deltas*</c>: each the distance from the one before.</summary>
        public void WritePositions(CompactWriter writer, int id)
        {
            // Grouped again when another group took the thread's buffer since, or keys or positions came after the grouping.
            var grouped = _groupedLinks == _links && _groupedKeys == _keys.Count && (_ownGrouped is not null || s_owner == _instance)
                ? _ownGrouped ?? s_grouped!
                : Group();
            var start = _start![id];
            writer.CountAndDeltas(grouped, start, start + _count[id]);
        }

        /// <summary>Every key's positions together, by key id: each key's start, then the links dealt out in order.</summary>
        private int[] Group()
        {
            var keys = _keys.Count;
            var start = _start is { } old && old.Length >= keys + 1 ? old : new int[keys + 1];
            var next = 0;
            for (var id = 0; id < keys; id++)
            {
                start[id] = next;
                next += _count[id];
            }

            start[keys] = next;
            // Each key's cursor starts where its positions start; the links come in ascending position per key.
            var cursor = (int[])start.Clone();
            int[] grouped;
            if (_links > MaxSharedLength)
            {
                grouped = _ownGrouped = new int[_links];
            }
            else
            {
                _ownGrouped = null;
                grouped = s_grouped = s_grouped is { } buffer && buffer.Length >= _links ? buffer : new int[Math.Max(_links, 1024)];
                s_owner = _instance;
            }

            for (var link = 0; link < _links; link++)
            {
                grouped[cursor[_linkKey[link]]++] = _linkPosition[link];
            }

            _start = start;
            _groupedLinks = _links;
            _groupedKeys = keys;
            return grouped;
        }
    }
}
