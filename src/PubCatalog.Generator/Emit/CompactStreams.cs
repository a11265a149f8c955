using System;
using System.Collections.Generic;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// The index's streams in the runtime's compact number format (<see cref="CompactWriter.Number"/>), as
    /// <c>PubCatalog.CompilerServices.PartitionedCatalog</c> reads them: string lists, lookups and year groups.
    /// </summary>
    internal static class CompactStreams
    {
        // One writer per thread, reused for every stream (a generator may run on several threads at once): each stream
        // leaves as a string of its exact length, so the writer's growing buffer is not made again for each.
        [ThreadStatic]
        private static CompactWriter? s_writer;

        /// <summary><c>count, length*</c>, then the characters.</summary>
        public static string Strings(IReadOnlyList<string> values)
        {
            var writer = Writer();
            writer.Number(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                writer.Number(values[i].Length);
            }

            for (var i = 0; i < values.Count; i++)
            {
                writer.Append(values[i]);
            }

            return writer.ToString();
        }

        /// <summary><c>count, value*</c>.</summary>
        public static string Numbers(IReadOnlyList<int> values)
        {
            var writer = Writer();
            writer.Number(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                writer.Number(values[i]);
            }

            return writer.ToString();
        }

        /// <summary>The keys sorted (ordinal) as a string list, and per key its positions.</summary>
        public static StringLookup Lookup(PositionGroups<string> groups)
        {
            var (keys, ids) = groups.Sorted(StringComparer.Ordinal);
            var writer = Writer();
            foreach (var id in ids)
            {
                groups.WritePositions(writer, id);
            }

            var positions = writer.ToString();
            return new StringLookup(Strings(keys), positions);
        }

        /// <summary><c>groups, (year, count, position deltas*)*</c> in the order of <paramref name="years"/> (with their ids).</summary>
        public static string YearGroups(PositionGroups<int> groups, int[] years, int[] ids)
        {
            var writer = Writer();
            writer.Number(years.Length);
            for (var i = 0; i < years.Length; i++)
            {
                writer.Number(years[i]);
                groups.WritePositions(writer, ids[i]);
            }

            return writer.ToString();
        }

        private static CompactWriter Writer()
        {
            var writer = s_writer ??= new CompactWriter(1 << 12);
            writer.Clear();
            return writer;
        }
    }
}
