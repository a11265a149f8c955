using System.Collections;
using System.Collections.Generic;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// A line's segments: a stretch of an array that may hold other lines' segments too (the flattener writes a page's
    /// lines one after another into shared arrays, <see cref="LineStore"/>), so a line costs no array of its own.
    /// </summary>
    internal readonly struct SegmentList : IReadOnlyList<InlineSegment>
    {
        private readonly InlineSegment[] _items;
        private readonly int _start;

        public SegmentList(InlineSegment[] items, int start, int count)
        {
            _items = items;
            _start = start;
            Count = count;
        }

        /// <summary>A list of its own.</summary>
        public SegmentList(InlineSegment[] items)
            : this(items, 0, items.Length)
        {
        }

        public int Count { get; }

        public InlineSegment this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(index));
                }

                return _items[_start + index];
            }
        }

        public Enumerator GetEnumerator() => new(this);

        IEnumerator<InlineSegment> IEnumerable<InlineSegment>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Empties the segments where they are kept (so the array keeps none of their text alive).</summary>
        public void Clear()
        {
            if (_items is not null)
            {
                System.Array.Clear(_items, _start, Count);
            }
        }

        /// <summary>A copy in an array of its own.</summary>
        public InlineSegment[] ToArray()
        {
            var copy = new InlineSegment[Count];
            System.Array.Copy(_items, _start, copy, 0, Count);
            return copy;
        }

        public struct Enumerator : IEnumerator<InlineSegment>
        {
            private readonly SegmentList _list;
            private int _index;

            public Enumerator(SegmentList list)
            {
                _list = list;
                _index = -1;
            }

            public readonly InlineSegment Current => _list._items[_list._start + _index];

            readonly object IEnumerator.Current => Current;

            public bool MoveNext() => ++_index < _list.Count;

            public void Reset() => _index = -1;

            public readonly void Dispose()
            {
            }
        }
    }
}
