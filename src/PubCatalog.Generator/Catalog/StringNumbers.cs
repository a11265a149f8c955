using System;
using System.Runtime.InteropServices;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// Numbers strings (ordinal) in the order they are first met, in an open-addressed table: the per-file keys look up
    /// every author of every entry (about 18,000 names a run at 2,000 entries), most of them the very string object met
    /// before (a page's reader makes one per distinct name). A <see cref="System.Collections.Generic.Dictionary{TKey, TValue}"/>
    /// hashes every character of each and reaches its entry through a bucket; here the hash reads a string's length and
    /// its first and last four characters, and the slot holds the string itself, so a string met before is one hash, one
    /// load and one reference comparison away.
    /// </summary>
    internal sealed class StringNumbers
    {
        private string?[] _keys;
        private int[] _numbers;
        private int _count;

        /// <param name="capacity">How many strings to expect: the table starts with twice as many slots.</param>
        public StringNumbers(int capacity)
        {
            var size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _keys = new string?[size];
            _numbers = new int[size];
        }

        /// <summary>How many distinct strings were numbered.</summary>
        public int Count => _count;

        /// <summary>The string's number, <see cref="Count"/> (numbered now, and <paramref name="added"/> set) when it is new.</summary>
        public int Of(string text, out bool added)
        {
            var mask = _keys.Length - 1;
            for (var slot = Hash(text) & mask; ; slot = (slot + 1) & mask)
            {
                var key = _keys[slot];
                if (key is null)
                {
                    added = true;
                    _keys[slot] = text;
                    _numbers[slot] = _count;
                    var number = _count++;
                    if (_count * 2 > _keys.Length)
                    {
                        Grow();
                    }

                    return number;
                }

                if (ReferenceEquals(key, text) || string.Equals(key, text, StringComparison.Ordinal))
                {
                    added = false;
                    return _numbers[slot];
                }
            }
        }

        /// <summary>Empties the table, keeping its slots (and no strings).</summary>
        public void Clear()
        {
            Array.Clear(_keys, 0, _keys.Length);
            _count = 0;
        }

        private void Grow()
        {
            var keys = _keys;
            var numbers = _numbers;
            _keys = new string?[keys.Length * 2];
            _numbers = new int[keys.Length * 2];
            var mask = _keys.Length - 1;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is { } key)
                {
                    var slot = Hash(key) & mask;
                    while (_keys[slot] is not null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _keys[slot] = key;
                    _numbers[slot] = numbers[i];
                }
            }
        }

        /// <summary>The length, the first four and the last four characters, mixed (names of one length differ in those).</summary>
        private static int Hash(string text)
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
    }
}
