using System.Text;
using CsCheck;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// The card reader reads a card's venue and author line in place (<see cref="DirectAuthorLine.TryReadPlain"/>, and the
/// venue's position with no line made for it), where it made logical lines for the author-list reader before. Every card
/// page is read both ways (<c>readDirect</c>), and the entries and diagnostics (the encoding warnings' positions among
/// them) must be the same.
/// </summary>
public sealed class CardInPlaceEquivalenceTests
{
    private static readonly PageOptions Options = new(new[] { "Self Name" }.ToEquatableArray(), false);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_synthetic_card_pages_read_the_same(int seed)
    {
        var page = SyntheticPages.Page(PageShape.Card, 200, seed, "c" + seed);
        Assert.Null(Difference(page));

        // And the in-place reading is what read them: most of their author lines are in its form.
        var source = new SourceLines(page);
        var inPlace = 0;
        var lines = 0;
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.GetLine(line);
            var at = text.IndexOf(" · ", StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            lines++;
            var context = new ParseContext("/c.md", Options);
            var start = source.LineStart(line);
            inPlace += DirectAuthorLine.TryReadPlain(page, start + at + 3, source.LineEnd(line), line, start, context, new List<(AuthorModel, int, int)>()) ? 1 : 0;
            context.Finish();
        }

        Assert.True(lines >= 200 && inPlace * 10 > lines * 9, $"{inPlace} of {lines} author lines read in place");
    }

    [Fact]
    public void The_seeds_and_the_corpus_read_the_same()
    {
        foreach (var file in Directory.GetFiles(Paths.Seeds).Concat(Directory.GetFiles(Paths.Corpus, "*.md")).OrderBy(f => f, StringComparer.Ordinal))
        {
            var difference = Difference(File.ReadAllText(file));
            Assert.True(difference is null, $"{Path.GetFileName(file)}: {difference}");
        }
    }

    private static readonly Gen<string> Authors = Gen.OneOf<string>(
        "A Lovelace, B Li*, C Wu", "A Lovelace, B Li", "A Lovelace , B Li", "A Lovelace,B Li", "A Lovelace *, B Li", "A Lovelace**, B Li *",
        "RÃ©mi Ã‰mile, Bo Li", "ÐŸÐž Ada*, ÐŸÐž Bo, Cy ÐŸÐž", "A Lovelace & B Li", "A Lovelace and B Li", "A Lovelace, and B Li", "A  Lovelace, B Li",
        "A Lovelace; B Li", "Ada", "  Ada Lovelace  ", "A Lovelace, B Li,", "A Lovelace, , B Li", "**A Lovelace**, B Li", "A Lovelace\\*, B Li",
        "A B C D E F G H, Bo Li", "A Lovelace †, B Li", "Jean-Luc O'Neil, Bo Li", "A 2 Lovelace, B Li", "Self Name, A Lovelace", "A Lovelace*x, B Li",
        "Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghijk, Bo Li", "A. Lovelace, B. Li.", "Ada Lovelace Jr., ÐŸÐž Li*");

    private static readonly Gen<string> Venue = Gen.OneOf<string>(
        "NSDI 2024", " NSDI  2024", "RÃ©union 2020", "ÐŸÐž  2020", "In submission", "  ÐŸÐž 2021", "OSDI 2023 (Best Paper)");

    private static readonly Gen<string> Card = Gen.Select(Venue, Authors, Gen.Int[1, 99], (venue, authors, n) =>
        new StringBuilder().Append("Paper Paper ").Append(n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(" / Paper: A Title ").Append(n).Append('\n')
            .Append(venue).Append(" · ").Append(authors).Append('\n')
            .Append("Makes a title practical.\n- Fast design.\n#tag#other Systems\n").ToString());

    [Fact]
    public void Generated_cards_read_the_same()
    {
        Card.Array[1, 8].Sample(cards => Difference(string.Concat(cards)) is null, iter: 3_000, threads: 2, print: cards => string.Concat(cards));
    }

    /// <summary>What differs between reading the page in place and with logical lines (null: nothing).</summary>
    private static string? Difference(string text)
    {
        var inPlace = PublicationFileParser.Parse("/c.md", "c.md", text, Options, readDirect: true);
        var lines = PublicationFileParser.Parse("/c.md", "c.md", text, Options, readDirect: false);
        if (!inPlace.Publications.SequenceEqual(lines.Publications))
        {
            return $"entries differ:\n{string.Join("\n", inPlace.Publications)}\nwith lines:\n{string.Join("\n", lines.Publications)}";
        }

        return inPlace.Diagnostics.SequenceEqual(lines.Diagnostics)
            ? null
            : $"diagnostics differ:\n{string.Join("\n", inPlace.Diagnostics)}\nwith lines:\n{string.Join("\n", lines.Diagnostics)}";
    }
}
