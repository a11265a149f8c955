using CsCheck;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The per-file keys number strings with <see cref="StringNumbers"/>, whose hash reads only a string's length and its
/// first and last four characters: strings that share those must still get numbers of their own, and a string equal to
/// one met before (another object) the same number.
/// </summary>
public class StringNumbersTests
{
    [Fact]
    public void Strings_are_numbered_in_the_order_first_met_and_equal_strings_share_a_number()
    {
        var numbers = new StringNumbers(2);
        Assert.Equal(0, numbers.Of("Ada Lovelace", out var added));
        Assert.True(added);
        Assert.Equal(1, numbers.Of("Bo", out _));
        // Equal text in another string object.
        Assert.Equal(0, numbers.Of(new string("Ada Lovelace".ToCharArray()), out added));
        Assert.False(added);
        Assert.Equal(2, numbers.Of("", out added));
        Assert.True(added);
        Assert.Equal(2, numbers.Of(string.Empty, out added));
        Assert.False(added);
        Assert.Equal(3, numbers.Count);
    }

    [Fact]
    public void Strings_alike_in_length_and_ends_are_told_apart_through_growth_and_clearing()
    {
        // One length, one first four and last four characters: one hash for all of them.
        var alike = Enumerable.Range(0, 500).Select(i => $"Abcd {i:D4} wxyz").ToList();
        var numbers = new StringNumbers(4);
        for (var i = 0; i < alike.Count; i++)
        {
            Assert.Equal(i, numbers.Of(alike[i], out var added));
            Assert.True(added);
        }

        for (var i = 0; i < alike.Count; i++)
        {
            Assert.Equal(i, numbers.Of(new string(alike[i].ToCharArray()), out var added));
            Assert.False(added);
        }

        numbers.Clear();
        Assert.Equal(0, numbers.Count);
        Assert.Equal(0, numbers.Of(alike[7], out var again));
        Assert.True(again);
    }

    [Fact]
    public void The_numbers_are_those_of_a_dictionary_numbering_the_same_strings()
    {
        Gen.String[0, 12].Array[0, 300].Sample(texts =>
        {
            var numbers = new StringNumbers(8);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                if (!expected.TryGetValue(text, out var number))
                {
                    expected.Add(text, number = expected.Count);
                }

                Assert.Equal(number, numbers.Of(text, out _));
            }

            Assert.Equal(expected.Count, numbers.Count);
        }, iter: 300);
    }
}
