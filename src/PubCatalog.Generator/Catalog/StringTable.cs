using System;
using System.Runtime.InteropServices;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// A number per string (ordinal), in an open-addressed table: the catalog's steps look strings up by the tens of
    /// thousands a run (every author of every entry for the per-file keys, every id and member name to make them unique,
    /// every file's names for the index). A <see cref="System.Collections.Generic.Dictionary{TKey, TValue}"/> reaches its
    /// entry through a bucket and, to add, hashes the string a second time; here a slot holds the string, its hash and its
    /// number, a string met before as the same object is found by one reference comparison, and a lookup that adds takes
    /// one probe. A table of names (<see cref="StringTable(int, bool)"/>, <c>hashEnds</c>) hashes only a string's length
    /// and its first and last four characters, where names differ: most of its lookups end at the reference comparison,
    /// and hashing the whole name made the per-file keys a fifth slower. Ids and member names, which share their ends
    /// (<c>…-2024</c>), are hashed whole.
    /// </summary>
    internal sealed class StringTable
    {
        private readonly bool _hashEnds;
        private string?[] _keys;
        private int[] _hashes;
        private int[] _values;
        private int _count;

        /// <param name="capacity">How many strings to expect: the table starts with at least twice as many slots.</param>
        /// <param name="hashEnds">Whether to hash only a string's length and ends (for names).</param>
        public StringTable(int capacity, bool hashEnds = false)
        {
            _hashEnds = hashEnds;
            var size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _keys = new string?[size];
            _hashes = new int[size];
            _values = new int[size];
        }

        /// <summary>How many distinct strings the table holds.</summary>
        public int Count => _count;

        /// <summary>
        /// The string's number, to read or set: a new string is added with 0 (and <paramref name="added"/> set). Valid until
        /// the next string is added.
        /// </summary>
        public ref int GetOrAdd(string key, out bool added)
        {
            var hash = Hash(key);
            var mask = _keys.Length - 1;
            var slot = hash & mask;
            while (_keys[slot] is { } found)
            {
                if (ReferenceEquals(found, key) || (_hashes[slot] == hash && string.Equals(found, key, StringComparison.Ordinal)))
                {
                    added = false;
                    return ref _values[slot];
                }

                slot = (slot + 1) & mask;
            }

            added = true;
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
                mask = _keys.Length - 1;
                slot = hash & mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _values[slot] = 0;
            _count++;
            return ref _values[slot];
        }

        /// <summary>The string's number, if the table has it.</summary>
        public bool TryGetValue(string key, out int value)
        {
            var hash = Hash(key);
            var mask = _keys.Length - 1;
            for (var slot = hash & mask; _keys[slot] is { } found; slot = (slot + 1) & mask)
            {
                if (ReferenceEquals(found, key) || (_hashes[slot] == hash && string.Equals(found, key, StringComparison.Ordinal)))
                {
                    value = _values[slot];
                    return true;
                }
            }

            value = 0;
            return false;
        }

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        /// <summary>Empties the table, keeping its slots (and no strings).</summary>
        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_keys, 0, _keys.Length);
                _count = 0;
            }
        }

        private int Hash(string key) => _hashEnds ? HashOfEnds(key) : TextHash.Of(key.AsSpan());

        /// <summary>The length, the first four and the last four characters, mixed.</summary>
        private static int HashOfEnds(string text)
        {
            const ulong Multiplier = 0x9E3779B97F4A7C15UL;
            var chars = text.AsSpan();
            var hash = (ulong)chars.Length * Multiplier;
            if (chars.Length >= 4)
            {
                hash = unchecked((hash ^ MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars))) * Multiplier);
                hash = unchecked((hash ^ MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars.Slice(chars.Length - 4)))) * Multiplier);
            }
            else
            {
                foreach (var c in chars)
                {
                    hash = unchecked((hash ^ c) * Multiplier);
                }
            }

            return unchecked((int)(hash >> 32));
        }

        private void Grow()
        {
            var keys = _keys;
            var hashes = _hashes;
            var values = _values;
            _keys = new string?[keys.Length * 2];
            _hashes = new int[keys.Length * 2];
            _values = new int[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is { } key)
                {
                    var slot = hashes[i] & mask;
                    while (_keys[slot] is not null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _keys[slot] = key;
                    _hashes[slot] = hashes[i];
                    _values[slot] = values[i];
                }
            }
        }
    }
}
