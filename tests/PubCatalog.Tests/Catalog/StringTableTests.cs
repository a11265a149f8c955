using CsCheck;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The catalog's steps number strings with <see cref="StringTable"/>, an open-addressed table that finds a string met
/// before by reference first: strings alike must still get numbers of their own, a string equal to one met before (another
/// object) the same number, and numbers must survive the table's growth.
/// </summary>
public class StringTableTests
{
    /// <summary>Numbers strings in the order first met, as the per-file keys do.</summary>
    private static int Of(StringTable table, string text, out bool added)
    {
        ref var number = ref table.GetOrAdd(text, out added);
        if (added)
        {
            number = table.Count - 1;
        }

        return number;
    }

    [Fact]
    public void Strings_are_numbered_in_the_order_first_met_and_equal_strings_share_a_number()
    {
        var numbers = new StringTable(2);
        Assert.Equal(0, Of(numbers, "Ada Lovelace", out var added));
        Assert.True(added);
        Assert.Equal(1, Of(numbers, "Bo", out _));
        // Equal text in another string object.
        Assert.Equal(0, Of(numbers, new string("Ada Lovelace".ToCharArray()), out added));
        Assert.False(added);
        Assert.Equal(2, Of(numbers, "", out added));
        Assert.True(added);
        Assert.Equal(2, Of(numbers, string.Empty, out added));
        Assert.False(added);
        Assert.Equal(3, numbers.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strings_alike_in_length_and_ends_are_told_apart_through_growth_and_clearing(bool hashEnds)
    {
        // One length, one first four and last four characters: alike at both ends, as ids of one year are.
        var alike = Enumerable.Range(0, 500).Select(i => $"Abcd {i:D4} wxyz").ToList();
        var numbers = new StringTable(4, hashEnds);
        for (var i = 0; i < alike.Count; i++)
        {
            Assert.Equal(i, Of(numbers, alike[i], out var added));
            Assert.True(added);
        }

        for (var i = 0; i < alike.Count; i++)
        {
            Assert.Equal(i, Of(numbers, new string(alike[i].ToCharArray()), out var added));
            Assert.False(added);
        }

        numbers.Clear();
        Assert.Equal(0, numbers.Count);
        Assert.Equal(0, Of(numbers, alike[7], out var again));
        Assert.True(again);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_numbers_are_those_of_a_dictionary_numbering_the_same_strings(bool hashEnds)
    {
        Gen.String[0, 12].Array[0, 300].Sample(texts =>
        {
            var numbers = new StringTable(8, hashEnds);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                if (!expected.TryGetValue(text, out var number))
                {
                    expected.Add(text, number = expected.Count);
                }

                Assert.Equal(number, Of(numbers, text, out _));
            }

            Assert.Equal(expected.Count, numbers.Count);
        }, iter: 300);
    }
}
