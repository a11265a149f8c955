using System;
using System.Collections.Generic;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// The index's streams in the runtime's compact number format (<see cref="CompactWriter.Number"/>), as
    /// <c>PubCatalog.CompilerServices.PartitionedCatalog</c> reads them: string lists, lookups and year groups.
    /// </summary>
    internal static class CompactStreams
    {
        /// <summary><c>count, length*</c>, then the characters.</summary>
        public static string Strings(IReadOnlyList<string> values)
        {
            var writer = new CompactWriter();
            writer.Number(values.Count);
            foreach (var value in values)
            {
                writer.Number(value.Length);
            }

            foreach (var value in values)
            {
                writer.Append(value);
            }

            return writer.ToString();
        }

        /// <summary><c>count, value*</c>.</summary>
        public static string Numbers(ICollection<int> values)
        {
            var writer = new CompactWriter();
            writer.Number(values.Count);
            foreach (var value in values)
            {
                writer.Number(value);
            }

            return writer.ToString();
        }

        /// <summary>The keys sorted (ordinal) as a string list, and per key its positions.</summary>
        public static Catalog.StringLookup Lookup(Dictionary<string, List<int>> groups)
        {
            var keys = new List<string>(groups.Keys);
            keys.Sort(StringComparer.Ordinal);
            var positions = new CompactWriter();
            foreach (var key in keys)
            {
                Positions(positions, groups[key]);
            }

            return new Catalog.StringLookup(Strings(keys), positions.ToString());
        }

        /// <summary><c>groups, (year, count, position deltas*)*</c> in the dictionary's order.</summary>
        public static string YearGroups(IDictionary<int, List<int>> groups)
        {
            var writer = new CompactWriter();
            writer.Number(groups.Count);
            foreach (var group in groups)
            {
                writer.Number(group.Key);
                Positions(writer, group.Value);
            }

            return writer.ToString();
        }

        /// <summary><c>count, position deltas*</c>: ascending positions, each as the distance from the one before.</summary>
        private static void Positions(CompactWriter writer, List<int> positions)
        {
            writer.Number(positions.Count);
            var previous = 0;
            foreach (var position in positions)
            {
                writer.Number(position - previous);
                previous = position;
            }
        }
    }
}
