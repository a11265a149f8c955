using PubCatalog.Generator.Catalog;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// Ids, member names and part names are made unique by <see cref="UniqueNames"/>, which remembers the next number per
/// name instead of counting up from 2 each time: it must give exactly what counting up from 2 gives.
/// </summary>
public class UniqueNamesTests
{
    [Fact]
    public void A_taken_name_gets_the_first_free_number_after_it()
    {
        var names = new UniqueNames("-", 4);

        Assert.Equal("a", names.Take("a"));
        Assert.Equal("a-2", names.Take("a"));
        Assert.Equal("a-3", names.Take("a-3"));
        Assert.Equal("a-4", names.Take("a"));
        Assert.Equal("a-2-2", names.Take("a-2"));
        Assert.True(names.TryTake("a-5"));
        Assert.False(names.TryTake("a-5"));
        Assert.Equal("a-6", names.Take("a"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void It_gives_what_counting_up_from_two_gives(int seed)
    {
        // Few distinct names, some of which look numbered already, so that taken numbers and names interleave.
        var random = new Random(seed);
        string[] pool = ["x", "x-2", "x-3", "y", "y-2-2", "x-2-2", "z"];
        var names = new UniqueNames("-", 0);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < 2000; step++)
        {
            var name = pool[random.Next(pool.Length)];
            if (random.Next(10) == 0)
            {
                Assert.Equal(taken.Add(name), names.TryTake(name));
                continue;
            }

            var expected = name;
            for (var n = 2; !taken.Add(expected); n++)
            {
                expected = name + "-" + n;
            }

            Assert.Equal(expected, names.Take(name));
        }
    }
}
