using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Robustness;

/// <summary>
/// The generator (TitleHtml, at compile time) and the runtime library (display helpers, at run time) each carry an HTML
/// encoder, since they are separate assemblies; they must encode alike, or a title would read differently in two places.
/// </summary>
public class HtmlEncodingTwinsTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("<script>alert('x') & \"y\"</script>")]
    [InlineData("Can't Be Late: A < B > C")]
    [InlineData("ünïcödé 中文 \U0001F600 \u202E")]
    [InlineData("")]
    public void Generator_and_runtime_encode_html_the_same(string text)
    {
        Assert.Equal(PubCatalog.Text.Html.Encode(text), TextUtil.HtmlEncode(text));
    }

    [Fact]
    public void Every_character_below_256_encodes_the_same()
    {
        var all = new string(Enumerable.Range(0, 256).Select(i => (char)i).ToArray());

        Assert.Equal(PubCatalog.Text.Html.Encode(all), TextUtil.HtmlEncode(all));
    }
}
