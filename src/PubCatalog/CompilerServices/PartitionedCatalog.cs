using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace PubCatalog.CompilerServices
{
    /// <summary>
    /// The whole catalog over its page parts. Generated code only: the generator writes each page's publications as a
    /// <see cref="CompactCatalog"/> in a file of its own (so editing one page re-emits one file), and a class derived from
    /// this one that puts them back in catalog order. A part is created the first time one of its publications is read.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class PartitionedCatalog : IReadOnlyList<Publication>
    {
        private readonly string _partOf;

        // What Part returned, kept here so a read after the first is an array look-up. Always the same instance per
        // part, so a racing store changes nothing.
        private readonly CompactCatalog?[] _loaded;
        private int[]? _localIndex;
        private Dictionary<string, int>? _positionById;

        /// <summary>Creates the catalog; nothing is decoded yet.</summary>
        /// <param name="partOf">One compact digit per catalog position: the part its publication is in.</param>
        /// <param name="partCount">How many parts there are, numbered as in <paramref name="partOf"/>.</param>
        protected PartitionedCatalog(string partOf, int partCount)
        {
            _partOf = partOf;
            _loaded = new CompactCatalog?[partCount];
        }

        /// <inheritdoc />
        public int Count => _partOf.Length;

        /// <inheritdoc />
        public Publication this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_partOf.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                var locals = _localIndex ?? CreateLocalIndex();
                return Part(PartNumber(_partOf[index]))[locals[index]];
            }
        }

        /// <summary>The publication with this id, or null: one dictionary look-up (the first call decodes every id, nothing else).</summary>
        public Publication? FindById(string id)
        {
            if (id is null)
            {
                return null;
            }

            var byId = _positionById ?? CreatePositionById();
            return byId.TryGetValue(id, out var position) ? this[position] : null;
        }

        /// <summary>Every publication by id (decodes them all).</summary>
        public IReadOnlyDictionary<string, Publication> CreateById()
        {
            var byId = new Dictionary<string, Publication>(Count, StringComparer.Ordinal);
            for (var part = 0; part < _loaded.Length; part++)
            {
                foreach (var pair in Part(part).CreateById())
                {
                    byId[pair.Key] = pair.Value;
                }
            }

            return byId;
        }

        /// <summary>A lookup: <paramref name="keys"/> is a string list (<c>count, length*, characters</c>), <paramref name="stream"/> holds per key <c>count, position deltas*</c>.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<Publication>> StringGroups(string keys, string stream)
        {
            var names = Strings(keys);
            var reader = new CompactReader(stream, 0);
            var groups = new Dictionary<string, IReadOnlyList<Publication>>(names.Length, StringComparer.Ordinal);
            foreach (var name in names)
            {
                groups[name] = ReadPositions(ref reader);
            }

            return groups;
        }

        /// <summary>A lookup keyed by year: <c>groups, (year, count, position deltas*)*</c>.</summary>
        public IReadOnlyDictionary<int, IReadOnlyList<Publication>> IntGroups(string stream)
        {
            var reader = new CompactReader(stream, 0);
            var count = reader.ReadInt();
            var groups = new Dictionary<int, IReadOnlyList<Publication>>(count);
            for (var g = 0; g < count; g++)
            {
                var key = reader.ReadInt();
                groups[key] = ReadPositions(ref reader);
            }

            return groups;
        }

        /// <summary>A string list: <c>count, length*</c>, then the strings' characters.</summary>
        public static string[] Strings(string text) => CompactCatalog.DecodeStrings(text);

        /// <summary>A list of numbers: <c>count, int*</c>.</summary>
        public static IReadOnlyList<int> Ints(string stream)
        {
            var reader = new CompactReader(stream, 0);
            var values = new int[reader.ReadInt()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.ReadInt();
            }

            return values;
        }

        /// <inheritdoc />
        public IEnumerator<Publication> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>A part by number, created on first use.</summary>
        public CompactCatalog Part(int part) => _loaded[part] ?? (_loaded[part] = CreatePart(part));

        /// <summary>
        /// Part <paramref name="part"/>: the same instance on every call, so a publication read through its member and
        /// through <c>All</c> is the same object (the generated class returns a static field that the runtime
        /// initializes once). Only called with a number below the part count given to the constructor.
        /// </summary>
        protected abstract CompactCatalog CreatePart(int part);

        /// <summary>A publication's index within its part: parts keep catalog order, so it is the count of earlier positions in the same part.</summary>
        private int[] CreateLocalIndex()
        {
            var next = new int[_loaded.Length];
            var locals = new int[_partOf.Length];
            for (var i = 0; i < locals.Length; i++)
            {
                locals[i] = next[PartNumber(_partOf[i])]++;
            }

            // A racing reader may store its own, equal array; either one is right.
            _localIndex = locals;
            return locals;
        }

        /// <summary>Every id's catalog position, from the parts' id indexes and the positions of each part's entries.</summary>
        private Dictionary<string, int> CreatePositionById()
        {
            var positions = new int[_loaded.Length][];
            var counts = new int[_loaded.Length];
            foreach (var digit in _partOf)
            {
                counts[PartNumber(digit)]++;
            }

            for (var part = 0; part < positions.Length; part++)
            {
                positions[part] = new int[counts[part]];
                counts[part] = 0;
            }

            for (var position = 0; position < _partOf.Length; position++)
            {
                var part = PartNumber(_partOf[position]);
                positions[part][counts[part]++] = position;
            }

            var byId = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (var part = 0; part < positions.Length; part++)
            {
                foreach (var pair in Part(part).IdIndex())
                {
                    byId[pair.Key] = positions[part][pair.Value];
                }
            }

            _positionById = byId;
            return byId;
        }

        /// <summary>Part numbers are single digits of the compact alphabet: <c>0-9</c>, then <c>A-V</c> for 10–31.</summary>
        private static int PartNumber(char digit) => digit <= '9' ? digit - '0' : digit - 'A' + 10;

        private IReadOnlyList<Publication> ReadPositions(ref CompactReader reader)
        {
            var positions = new int[reader.ReadInt()];
            var previous = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                previous += reader.ReadInt();
                positions[i] = previous;
            }

            return new Selection(this, positions);
        }

        /// <summary>Some publications of the catalog, by position, in catalog order.</summary>
        private sealed class Selection : IReadOnlyList<Publication>
        {
            private readonly PartitionedCatalog _catalog;
            private readonly int[] _positions;

            public Selection(PartitionedCatalog catalog, int[] positions)
            {
                _catalog = catalog;
                _positions = positions;
            }

            public int Count => _positions.Length;

            public Publication this[int index] => _catalog[_positions[index]];

            public IEnumerator<Publication> GetEnumerator()
            {
                foreach (var position in _positions)
                {
                    yield return _catalog[position];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
