using CsCheck;
using PubCatalog.Generator.Catalog;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The index sorts its string keys by a number made of their first characters, then in full where the numbers are equal
/// (<see cref="OrdinalSort"/>): the order must be <see cref="StringComparer.Ordinal"/>'s exactly, items moving with
/// their keys, whatever the strings hold (characters past ASCII, U+007F, NUL, one a prefix of another).
/// </summary>
public class OrdinalSortTests
{
    [Fact]
    public void Sorts_as_the_ordinal_comparer_does_with_each_item_beside_its_key()
    {
        // Few characters, so that strings share long prefixes; the edges of the packing among them.
        const string Alphabet = "abB \0\u007e\u007f\u0080é\u2019\uffff";
        var key = Gen.Int[0, Alphabet.Length - 1].Array[0, 14].Select(picks => new string(picks.Select(i => Alphabet[i]).ToArray()));
        var keys = key.HashSet[0, 60].Select(set => set.ToArray());
        keys.Sample(original =>
        {
            var sorted = (string[])original.Clone();
            var items = Enumerable.Range(0, sorted.Length).ToArray();
            OrdinalSort.Sort(sorted, items);

            var expected = original.OrderBy(k => k, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, sorted);
            for (var i = 0; i < sorted.Length; i++)
            {
                Assert.Same(original[items[i]], sorted[i]);
            }

            var keysAlone = (string[])original.Clone();
            OrdinalSort.Sort(keysAlone);
            Assert.Equal(expected, keysAlone);
        }, iter: 3000);
    }

    [Fact]
    public void Keys_sort_by_their_whole_text_past_the_packed_characters()
    {
        string[] keys = ["Lianmin Zheng", "Lianmin Gonzalez", "Lianmin", "Lianmin G", "Lianmin Ga", "Lianmin\u0080", "Lianmin\u007f"];
        var items = Enumerable.Range(0, keys.Length).ToArray();
        OrdinalSort.Sort(keys, items);

        Assert.Equal(["Lianmin", "Lianmin G", "Lianmin Ga", "Lianmin Gonzalez", "Lianmin Zheng", "Lianmin\u007f", "Lianmin\u0080"], keys);
        Assert.Equal([2, 3, 4, 1, 0, 6, 5], items);
    }

    [Theory]
    [InlineData("", "a")]
    [InlineData("a", "a\0")]
    [InlineData("a\0", "a\0b")]
    [InlineData("abcdefghi", "abcdefghij")]
    [InlineData("\u007e", "\u007f")]
    [InlineData("z", "\u00e9")]
    public void A_packed_key_is_never_above_the_key_of_a_string_ordered_after_it(string first, string second)
    {
        Assert.True(string.CompareOrdinal(first, second) < 0);
        Assert.True(OrdinalSort.Pack(first) <= OrdinalSort.Pack(second));
    }
}
