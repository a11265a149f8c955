using System;
using System.Collections.Generic;
using System.Text;

namespace PubCatalog.Generator.Emit
{
    /// <summary>
    /// The index's streams in the runtime's compact number format (<see cref="CompactData.Number"/>), as
    /// <c>PubCatalog.CompilerServices.PartitionedCatalog</c> reads them: string lists, lookups and year groups.
    /// </summary>
    internal static class CompactStreams
    {
        public static void Number(StringBuilder builder, int value) => CompactData.Number(builder, value);

        /// <summary><c>count, length*</c>, then the characters.</summary>
        public static string Strings(IReadOnlyList<string> values)
        {
            var builder = new StringBuilder();
            Number(builder, values.Count);
            foreach (var value in values)
            {
                Number(builder, value.Length);
            }

            foreach (var value in values)
            {
                builder.Append(value);
            }

            return builder.ToString();
        }

        /// <summary><c>count, value*</c>.</summary>
        public static string Numbers(ICollection<int> values)
        {
            var builder = new StringBuilder();
            Number(builder, values.Count);
            foreach (var value in values)
            {
                Number(builder, value);
            }

            return builder.ToString();
        }

        /// <summary>The keys sorted (ordinal) as a string list, and per key its positions.</summary>
        public static Catalog.StringLookup Lookup(Dictionary<string, List<int>> groups)
        {
            var keys = new List<string>(groups.Keys);
            keys.Sort(StringComparer.Ordinal);
            var positions = new StringBuilder();
            foreach (var key in keys)
            {
                Positions(positions, groups[key]);
            }

            return new Catalog.StringLookup(Strings(keys), positions.ToString());
        }

        /// <summary><c>groups, (year, count, position deltas*)*</c> in the dictionary's order.</summary>
        public static string YearGroups(IDictionary<int, List<int>> groups)
        {
            var builder = new StringBuilder();
            Number(builder, groups.Count);
            foreach (var group in groups)
            {
                Number(builder, group.Key);
                Positions(builder, group.Value);
            }

            return builder.ToString();
        }

        /// <summary><c>count, position deltas*</c>: ascending positions, each as the distance from the one before.</summary>
        private static void Positions(StringBuilder builder, List<int> positions)
        {
            Number(builder, positions.Count);
            var previous = 0;
            foreach (var position in positions)
            {
                Number(builder, position - previous);
                previous = position;
            }
        }
    }
}
