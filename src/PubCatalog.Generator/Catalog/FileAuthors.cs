using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Catalog
{
    /// <summary>
    /// The authors of one file's entries with each distinct name numbered once, made in the per-file step of the pipeline.
    /// The index groups the catalog's positions by author through these numbers: after an edit to one page, a name of the
    /// other pages is looked up once per page rather than once per entry that lists it (at 20,000 entries, 200,000 look-ups
    /// of strings scattered over the heap were most of the cut's time).
    /// </summary>
    /// <param name="Names">The distinct names, by number.</param>
    /// <param name="Starts">Where each entry's numbers start in <paramref name="Numbers"/>, then one past the last entry's.</param>
    /// <param name="Numbers">Each entry's authors' numbers in the order the entry lists them, entry after entry.</param>
    internal sealed record FileAuthors(EquatableArray<string> Names, EquatableArray<int> Starts, EquatableArray<int> Numbers)
    {
        public static FileAuthors For(EquatableArray<PublicationModel> publications)
        {
            var total = 0;
            foreach (var publication in publications)
            {
                total += publication.Authors.Count;
            }

            // A page's reader makes one string per distinct name, so most look-ups end at the reference comparison.
            var numberOf = new Dictionary<string, int>(Math.Max(publications.Count, 4), StringComparer.Ordinal);
            var names = ImmutableArray.CreateBuilder<string>();
            var starts = ImmutableArray.CreateBuilder<int>(publications.Count + 1);
            var numbers = ImmutableArray.CreateBuilder<int>(total);
            foreach (var publication in publications)
            {
                starts.Add(numbers.Count);
                foreach (var author in publication.Authors)
                {
                    if (!numberOf.TryGetValue(author.Name, out var number))
                    {
                        number = names.Count;
                        numberOf.Add(author.Name, number);
                        names.Add(author.Name);
                    }

                    numbers.Add(number);
                }
            }

            starts.Add(numbers.Count);
            return new FileAuthors(new EquatableArray<string>(names.ToImmutable()), new EquatableArray<int>(starts.MoveToImmutable()), new EquatableArray<int>(numbers.MoveToImmutable()));
        }
    }
}
