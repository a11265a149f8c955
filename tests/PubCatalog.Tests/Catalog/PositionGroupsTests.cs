using CsCheck;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Emit;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The index's position groups (<see cref="PositionGroups{TKey}"/>) keep their positions flat and group them by key when
/// first written, in a buffer each thread shares between groups: what they write must be each key's positions in order,
/// each once, whatever order the groups are filled and written in.
/// </summary>
public class PositionGroupsTests
{
    [Fact]
    public void Each_key_writes_its_own_positions_in_order_and_an_entry_naming_a_key_twice_once()
    {
        var groups = new PositionGroups<string>(2, 2, StringComparer.Ordinal);
        groups.Add("b", 0);
        groups.Add("a", 0);
        groups.Add("b", 3);
        groups.Add("b", 3);
        groups.Add("a", 7);
        groups.Add("b", 9);

        Assert.Equal([3, 0, 3, 6], Written(groups, groups.IdOf("b")));
        Assert.Equal([2, 0, 7], Written(groups, groups.IdOf("a")));
        Assert.Equal([0], Written(groups, groups.IdOf("c")));
    }

    [Fact]
    public void Groups_written_in_turn_or_added_to_after_writing_still_write_their_own_positions()
    {
        // Each step adds to or writes one of three groups, so one group's writing may come between another's, and a group
        // may get positions after its first write: each write must match a plain list per key.
        var steps = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 5], Gen.Int[0, 3], Gen.Bool).Array[1, 120];
        steps.Sample(plan =>
        {
            var groups = new[] { NewGroups(), NewGroups(), NewGroups() };
            var model = new[] { new Dictionary<int, List<int>>(), new Dictionary<int, List<int>>(), new Dictionary<int, List<int>>() };
            var position = new int[3];
            foreach (var (group, key, advance, write) in plan)
            {
                if (write)
                {
                    var expected = model[group].TryGetValue(key, out var list) ? list : [];
                    Assert.Equal(Encoded(expected), Written(groups[group], groups[group].IdOf(key)));
                    model[group].TryAdd(key, []);
                    continue;
                }

                position[group] += advance;
                var positions = model[group].TryGetValue(key, out var existing) ? existing : model[group][key] = [];
                if (positions.Count == 0 || positions[^1] != position[group])
                {
                    positions.Add(position[group]);
                }

                groups[group].Add(key, position[group]);
            }
        }, iter: 3000);
    }

    [Fact]
    public void A_group_too_large_to_share_the_threads_buffer_keeps_its_own_while_another_group_writes()
    {
        // Two keys taking turns, one position each, past the shared buffer's limit; a small group writes in between.
        var large = NewGroups();
        var count = PositionGroups<int>.MaxSharedLength + 2;
        for (var position = 0; position < count; position++)
        {
            large.Add(position % 2, position);
        }

        var small = NewGroups();
        small.Add(7, 3);
        var odd = Encoded(Enumerable.Range(0, count).Where(p => p % 2 == 1).ToList());
        Assert.Equal(odd, Written(large, large.IdOf(1)));
        Assert.Equal([1, 3], Written(small, small.IdOf(7)));
        Assert.Equal(odd, Written(large, large.IdOf(1)));
        Assert.Equal(Encoded(Enumerable.Range(0, count).Where(p => p % 2 == 0).ToList()), Written(large, large.IdOf(0)));
    }

    [Fact]
    public void A_large_groups_link_arrays_kept_for_the_next_run_carry_nothing_of_the_last_one_into_it()
    {
        // Three runs on one thread, each sized past the threshold, so the second and third fill the arrays the run before
        // released: the third has fewer links than the second, and a key of the second's only.
        var links = PositionGroups<int>.KeepLinksAbove + 100;
        foreach (var (keys, count) in new[] { (3, links), (5, links * 2), (2, links) })
        {
            var groups = new PositionGroups<int>(keys, count, EqualityComparer<int>.Default);
            for (var position = 0; position < count; position++)
            {
                groups.Add(position % keys, position);
            }

            for (var key = 0; key < keys; key++)
            {
                Assert.Equal(Encoded(Enumerable.Range(0, count).Where(p => p % keys == key).ToList()), Written(groups, groups.IdOf(key)));
            }

            Assert.Equal([0], Written(groups, groups.IdOf(keys)));
            groups.Release();
        }
    }

    [Fact]
    public void Two_large_groups_alive_at_once_never_share_the_kept_arrays()
    {
        // A run released its arrays; then two large groups are made and filled in turn, as the index fills its authors and
        // venues: only one may take the kept arrays.
        var count = PositionGroups<int>.KeepLinksAbove + 50;
        var earlier = new PositionGroups<int>(1, count, EqualityComparer<int>.Default);
        earlier.Add(0, 1);
        earlier.Release();

        var first = new PositionGroups<int>(2, count, EqualityComparer<int>.Default);
        var second = new PositionGroups<int>(3, count, EqualityComparer<int>.Default);
        for (var position = 0; position < count; position++)
        {
            first.Add(position % 2, position);
            second.Add(position % 3, 2 * position);
        }

        for (var key = 0; key < 2; key++)
        {
            Assert.Equal(Encoded(Enumerable.Range(0, count).Where(p => p % 2 == key).ToList()), Written(first, first.IdOf(key)));
        }

        for (var key = 0; key < 3; key++)
        {
            Assert.Equal(Encoded(Enumerable.Range(0, count).Where(p => p % 3 == key).Select(p => 2 * p).ToList()), Written(second, second.IdOf(key)));
        }
    }

    private static PositionGroups<int> NewGroups() => new(1, 1, EqualityComparer<int>.Default);

    private static List<int> Written<TKey>(PositionGroups<TKey> groups, int id)
        where TKey : notnull
    {
        var writer = new CompactWriter();
        groups.WritePositions(writer, id);
        return Decode(writer.ToString());
    }

    /// <summary><c>count, position deltas*</c>, as <see cref="PositionGroups{TKey}.WritePositions"/> writes them.</summary>
    private static List<int> Encoded(List<int> positions)
    {
        var numbers = new List<int> { positions.Count };
        var previous = 0;
        foreach (var position in positions)
        {
            numbers.Add(position - previous);
            previous = position;
        }

        return numbers;
    }

    private static List<int> Decode(string digits)
    {
        var reader = new PubCatalog.CompilerServices.CompactReader(digits, 0);
        var numbers = new List<int>();
        while (reader.Position < digits.Length)
        {
            numbers.Add(reader.ReadInt());
        }

        return numbers;
    }
}
