using System;
using System.Text;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// One <see cref="StringBuilder"/> per thread, reused by the readers' short-lived text building (a name, a title, a
    /// plain-text line) instead of a new builder and its buffer per call. Nested use gets a fresh builder.
    /// </summary>
    internal static class StringBuilderCache
    {
        // Larger builders are not kept: one pathological line must not pin a big buffer for the compiler's lifetime.
        private const int MaxCachedCapacity = 4096;

        [ThreadStatic]
        private static StringBuilder? _cached;

        public static StringBuilder Acquire(int capacity = 64)
        {
            var builder = _cached;
            if (builder is not null && capacity <= builder.Capacity)
            {
                _cached = null;
                builder.Clear();
                return builder;
            }

            return new StringBuilder(Math.Max(capacity, 16));
        }

        /// <summary>The builder's text; the builder goes back to the cache.</summary>
        public static string ToStringAndRelease(StringBuilder builder)
        {
            var text = builder.ToString();
            Release(builder);
            return text;
        }

        public static void Release(StringBuilder builder)
        {
            if (builder.Capacity <= MaxCachedCapacity)
            {
                _cached = builder;
            }
        }
    }
}
