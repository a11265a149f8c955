using System;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// Two <see cref="StringBuilder"/>s per thread, reused by the readers' short-lived text building (a name, a title and
    /// its HTML, a plain-text line) instead of a new builder and its buffer per call. Deeper nesting gets fresh builders.
    /// </summary>
    internal static class StringBuilderCache
    {
        // Larger builders are not kept: one pathological line must not pin a big buffer for the compiler's lifetime.
        private const int MaxCachedCapacity = 4096;

        [ThreadStatic]
        private static StringBuilder? _cached;

        [ThreadStatic]
        private static StringBuilder? _cachedSecond;

        // Where a short builder's characters are copied to be compared (see Holds).
        [ThreadStatic]
        private static char[]? _compared;

        public static StringBuilder Acquire(int capacity = 64)
        {
            var builder = _cached ?? _cachedSecond;
            if (builder is null || capacity > MaxCachedCapacity)
            {
                return new StringBuilder(Math.Max(capacity, 64));
            }

            if (ReferenceEquals(builder, _cached))
            {
                _cached = null;
            }
            else
            {
                _cachedSecond = null;
            }

            builder.Clear();
            builder.EnsureCapacity(capacity);
            return builder;
        }

        /// <summary>The builder's text; the builder goes back to the cache.</summary>
        public static string ToStringAndRelease(StringBuilder builder)
        {
            var text = builder.ToString();
            Release(builder);
            return text;
        }

        /// <summary>
        /// The builder's text, or <paramref name="same"/> when the builder holds exactly that text (two texts built side by
        /// side are often equal: they then share one string); the builder goes back to the cache.
        /// </summary>
        public static string ToStringAndRelease(StringBuilder builder, string same)
        {
            string text;
            if (builder.Length != same.Length)
            {
                text = builder.ToString();
            }
            else if (builder.Length <= MaxCachedCapacity)
            {
                text = Holds(builder, same) ? same : builder.ToString();
            }
            else
            {
                // A long builder is compared as a string: its indexer walks the chunks, so comparing in place is quadratic.
                var built = builder.ToString();
                text = string.Equals(built, same, StringComparison.Ordinal) ? same : built;
            }

            Release(builder);
            return text;
        }

        /// <summary>
        /// Whether a short builder (at most <see cref="MaxCachedCapacity"/> characters) holds exactly <paramref name="text"/>
        /// (of the same length). Its characters are copied out in one call and compared in one vectorized call: the
        /// builder's indexer would walk its chunks for every character.
        /// </summary>
        private static bool Holds(StringBuilder builder, string text)
        {
            var compared = _compared ??= new char[MaxCachedCapacity];
            builder.CopyTo(0, compared, 0, text.Length);
            return new ReadOnlySpan<char>(compared, 0, text.Length).SequenceEqual(text.AsSpan());
        }

        public static void Release(StringBuilder builder)
        {
            if (builder.Capacity > MaxCachedCapacity)
            {
                return;
            }

            if (_cached is null)
            {
                _cached = builder;
            }
            else if (!ReferenceEquals(_cached, builder))
            {
                _cachedSecond = builder;
            }
        }
    }
}
