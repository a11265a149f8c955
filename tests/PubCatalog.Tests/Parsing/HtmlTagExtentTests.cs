using CsCheck;
using Markdig.Helpers;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// <see cref="HtmlTagExtent"/> finds the plain inline tags without Markdig's tag parser. Wherever it accepts a tag,
/// Markdig must read the same characters as one tag (and not as an autolink, which Markdig tries first); where it
/// declines, the scanner asks Markdig, so declining is always safe.
/// </summary>
public sealed class HtmlTagExtentTests
{
    [Theory]
    [InlineData("</span>", 7)]
    [InlineData("</span >", 8)]
    [InlineData("<br>", 4)]
    [InlineData("<br/>", 5)]
    [InlineData("<br />", 6)]
    [InlineData("<span style=\"color:green; font-style:italic\">NSDI</span>", 45)]
    [InlineData("<a style=\"text-decoration:none\" href=\"https://x.org/p.pdf\" target=\"_blank\">Paper</a>", 75)]
    [InlineData("<a href='https://y.org/q' target=_blank>", 40)]
    [InlineData("<a href=x/>", 11)]
    [InlineData("<input disabled>", 16)]
    [InlineData("<h2-x data-x = 'v'>", 19)]
    public void Finds_where_a_plain_tag_ends(string text, int end) => Assert.Equal(end, HtmlTagExtent.Find(text, 0, text.Length));

    [Theory]
    // Left to Markdig: not tags at all, or tags of kinds the finder does not read (comments, tabs, line breaks).
    [InlineData("<5")]
    [InlineData("< span>")]
    [InlineData("<https://auto.link/x>")]
    [InlineData("<me@x.org>")]
    [InlineData("<!-- c -->")]
    [InlineData("<span\tclass=\"x\">")]
    [InlineData("<a href=\"x\nb\">")]
    [InlineData("<a href=\"x\"target=\"y\">")]
    [InlineData("<a href=>")]
    [InlineData("<span")]
    [InlineData("</span x>")]
    [InlineData("<a href=\"é\" title=é>")]
    public void Declines_what_it_does_not_read(string text) => Assert.Equal(-1, HtmlTagExtent.Find(text, 0, text.Length));

    [Fact]
    public void Stops_at_the_end_it_is_given()
    {
        const string text = "x <span> y";
        Assert.Equal(8, HtmlTagExtent.Find(text, 2, text.Length));
        Assert.Equal(-1, HtmlTagExtent.Find(text, 2, 7));
    }

    [Fact]
    public void Every_tag_it_finds_is_the_tag_Markdig_reads()
    {
        var accepted = 0;
        Text.Sample(text =>
        {
            var end = HtmlTagExtent.Find(text, 0, text.Length);
            if (end < 0)
            {
                return true;
            }

            Interlocked.Increment(ref accepted);
            var autolink = new StringSlice(text);
            var tag = new StringSlice(text);
            return !LinkHelper.TryParseAutolink(ref autolink, out _, out _)
                && HtmlHelper.TryParseHtmlTag(ref tag, out var markdigTag)
                && tag.Start == end
                && markdigTag == text.Substring(0, end);
        }, iter: 200_000, threads: 2);

        // The generator is built to make tags: a run that accepted almost none would prove nothing.
        Assert.True(accepted > 20_000, $"only {accepted} generated texts were accepted as tags");
    }

    /// <summary>Pieces Markdig's tag grammar turns on: names, spaces, quotes, equals signs, slashes and characters it refuses.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        "a", "span", "br", "h2-x", "A", "x9", "-", "_", ":", "9", " ", "  ", "\t", "\n", "=", " = ", "\"", "'", "\"v\"", "'v'",
        "\"a b\"", "href", "data-x", "x.y", "_z", ":q", "/", ">", "/>", "<", "`", "é", "https://x.org/p?a=1&b=2", "@", "v");

    /// <summary>An attribute as pages write them, or a piece in its place.</summary>
    private static readonly Gen<string> Attribute = Gen.Frequency(
        (6, Gen.Select(Gen.Frequency((6, Gen.OneOf(" ", "  ")), (1, Gen.OneOf("\t", ""))),
            Gen.Frequency((6, Gen.OneOf("href", "style", "data-x", "_z", ":q", "x.y")), (1, Gen.OneOf("9a", "é"))),
            Gen.OneOf("", "=", " = ", "=\t"), Gen.OneOf("", "\"v\"", "'v w'", "v", "\"a\nb\"", "x/", "a`b", "'", "\"https://x.org/p?a=1&b=2\""),
            (space, name, equals, value) => space + name + equals + value)),
        (1, Piece));

    /// <summary>Tag-shaped text: a start and a name, attributes or loose pieces, and an ending (or none).</summary>
    private static readonly Gen<string> Text =
        Gen.Select(
            Gen.Frequency((8, Gen.Const("<")), (4, Gen.Const("</")), (1, Gen.OneOf("< ", "<!", "<?"))),
            Gen.Frequency((8, Gen.OneOf("a", "span", "br", "h2-x", "A9")), (1, Gen.OneOf("9", "-x", ""))),
            Gen.Frequency((8, Attribute), (1, Piece)).Array[0, 4],
            Gen.Frequency((6, Gen.OneOf(">", "/>", " >", " />")), (1, Gen.OneOf("", "x", "\t>"))),
            (start, name, middle, end) => start + name + string.Concat(middle) + end);
}
