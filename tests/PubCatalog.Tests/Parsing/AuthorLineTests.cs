using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// Whether a line reads as a list of names (<see cref="AuthorListReader.LooksLikeAuthorLine"/>): every stacked entry's
/// lines are sorted into title, authors and venue by it. Each case is one line of plain or bold segments.
/// </summary>
public sealed class AuthorLineTests
{
    [Theory]
    [InlineData("Ada Lovelace, Charles Babbage")]
    [InlineData("Ada Lovelace; Charles Babbage")]
    [InlineData("Ada Lovelace*, Charles Babbage*, Mary Somerville")]
    [InlineData("Ada Lovelace, Charles Babbage, and Mary Somerville")]
    [InlineData("Ada Lovelace, Charles Babbage †")]
    [InlineData("Zoë Ångström, José Núñez, Łukasz Żółw")]
    [InlineData("A. Lovelace, C. Babbage.")]
    public void A_list_of_names_reads_as_authors(string text) =>
        Assert.True(AuthorListReader.LooksLikeAuthorLine(Line(text)));

    [Theory]
    // One part: one name at most, and a plain one is a title's or a venue's line as often as a single author's.
    [InlineData("Ada Lovelace")]
    [InlineData("Notes on the Analytical Engine")]
    [InlineData("Ada Lovelace and Charles Babbage")]
    // A digit or a sentence mark in any part, before or after a separator, ASCII or not.
    [InlineData("In Proceedings of the Analytical Society, 1843")]
    [InlineData("Ada Lovelace, Charles Babbage (1843)")]
    [InlineData("Ada Lovelace, Ch4rles Babbage")]
    [InlineData("Ada Lovelace, Charles Babbage ٣")]
    [InlineData("Engines: Ada Lovelace, Charles Babbage")]
    [InlineData("Why engines? Ada Lovelace, Charles Babbage")]
    [InlineData("Engines! Ada Lovelace, Charles Babbage")]
    [InlineData("Ada Lovelace (editor), Charles Babbage")]
    // Too many words for a name, or a part that does not start with a letter.
    [InlineData("Ada Lovelace, a note on the engine of the analytical society")]
    [InlineData("Ada Lovelace, -Charles Babbage")]
    public void Other_lines_do_not(string text) =>
        Assert.False(AuthorListReader.LooksLikeAuthorLine(Line(text)));

    [Fact]
    public void One_bold_name_reads_as_the_page_owners_paper_and_one_plain_name_does_not()
    {
        Assert.True(AuthorListReader.LooksLikeAuthorLine(Line("Ada Lovelace", InlineStyle.Bold)));
        Assert.False(AuthorListReader.LooksLikeAuthorLine(Line("Ada Lovelace")));
    }

    [Fact]
    public void A_line_all_in_italics_or_spans_is_a_venue_even_when_it_lists_names()
    {
        Assert.False(AuthorListReader.LooksLikeAuthorLine(Line("Ada Lovelace, Charles Babbage", InlineStyle.Italic)));
        Assert.False(AuthorListReader.LooksLikeAuthorLine(Line("Ada Lovelace, Charles Babbage", InlineStyle.Span)));
    }

    private static LogicalLine Line(string text, InlineStyle style = InlineStyle.None) =>
        new(new[] { new InlineSegment(text, style, 0, 0) }, 0, 0);
}
