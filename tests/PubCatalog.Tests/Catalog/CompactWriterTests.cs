using PubCatalog.Generator.Emit;

namespace PubCatalog.Tests.Catalog;

/// <summary>An entry of a page's data is written in place and its length put before it afterwards (<see cref="CompactWriter.EndLengthPrefixed"/>).</summary>
public class CompactWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(500)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(40000)]
    public void A_length_prefixed_run_reads_as_its_length_then_its_characters(int length)
    {
        var text = new string(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))).ToArray());
        var inPlace = new CompactWriter(16);
        inPlace.Append("before");
        var start = inPlace.BeginLengthPrefixed();
        inPlace.Append(text);
        inPlace.EndLengthPrefixed(start);
        inPlace.Append("after");

        var expected = new CompactWriter(16);
        expected.Append("before");
        expected.Number(length);
        expected.Append(text);
        expected.Append("after");
        Assert.Equal(expected.ToString(), inPlace.ToString());
    }
}
