using System.Text;
using CsCheck;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// <see cref="DirectStackedReader"/> reads the stacked shape's plainest paragraphs straight from their lines. Whenever it
/// takes one, the page must read exactly as the citation and stacked readers read it from the inline scanner's lines:
/// the same entries (every field and position) and the same diagnostics in the same order. Each page is parsed both
/// ways; the title and author lines it makes are also compared, segment by segment, with the scanner's.
/// </summary>
public sealed class DirectStackedReaderEquivalenceTests
{
    private static int GeneratedPages => int.TryParse(Environment.GetEnvironmentVariable("PUBCATALOG_DIRECT_CASES"), out var n) ? n : 5_000;

    private readonly ITestOutputHelper _output;

    public DirectStackedReaderEquivalenceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_seeds_and_the_corpus_read_the_same()
    {
        var files = Directory.GetFiles(Paths.Seeds)
            .Concat(Directory.GetFiles(Paths.Corpus, "*.md"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var taken = 0;
        foreach (var file in files)
        {
            var outcome = Compare(File.ReadAllText(file));
            _output.WriteLine($"{Path.GetFileName(file)}: {outcome.Taken} of {outcome.Blocks} blocks read directly");
            Assert.True(outcome.Difference is null, $"{Path.GetFileName(file)} reads differently:\n{outcome.Difference}");
            taken += outcome.Taken;
        }

        Assert.True(taken > 0, "No paragraph of the real pages was read directly");
    }

    [Theory]
    [InlineData(PageShape.BackslashHtml)]
    [InlineData(PageShape.BackslashEqual)]
    [InlineData(PageShape.YearSections)]
    [InlineData(PageShape.PipeLinks)]
    public void The_synthetic_stacked_pages_read_the_same(PageShape shape)
    {
        var taken = 0;
        var blocks = 0;
        var inPlace = 0;
        for (var seed = 1; seed <= 5; seed++)
        {
            var outcome = Compare(SyntheticPages.Page(shape, 200, seed, "s" + seed));
            Assert.True(outcome.Difference is null, outcome.Difference);
            taken += outcome.Taken;
            blocks += outcome.Blocks;
            inPlace += outcome.InPlace;
        }

        _output.WriteLine($"{shape}: {taken} of {blocks} blocks read directly, {inPlace} of their author lines in place");
        Assert.True(taken > 0, $"No paragraph of the {shape} pages was read directly");
        Assert.True(inPlace > 0, $"No author line of the {shape} pages was read in place");
    }

    [Theory]
    // Taken.
    [InlineData("**A Title (p-1)**  \nAda Lovelace, **Self Name**\\*, Bo Li  \n(\\* Equal Contribution)  \n*Long Conference ([**NSDI 2024**](https://x.org/n)), Boston, 2024.*  \n[**[PDF](https://x.org/p.pdf)**] [**[Code](https://x.org/c)**]\n")]
    [InlineData("Plain Title: With Words\\\nAda Lovelace, Bo Li, **Self Name**\\\n<span style=\"color:green\">NSDI 2024 (Best Paper Award)</span>\\\n[<a style=\"x\" href=\"https://x.org/p\" target=\"_blank\">Paper</a>] [<a href=\"https://x.org/s\">Slides</a>]\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n*In Preprint.*\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li\n")]
    [InlineData("*Short*: A Plain Title\\\nAda Lovelace, Bo Li\\\n<span>NSDI 2024</span>\n")]
    [InlineData("*Short Two*: A Plain Title\\\nAda Lovelace, Bo Li\\\n<span>NSDI 2024</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n[PDF](javascript:alert(1)) [Weird Label](https://x.org)\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n[PDF](https://x.org) [equal contribution](https://x.org)\n")]
    [InlineData("**Title**  \nRÃ©mi Ã‰mile, Bo Li  \n<span>Conf 2020</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span>Equal contribution</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span style=\"x\">RÃ©union 2020</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n*RÃ©union ([**RÃ‰U 2020**](https://x.org)), Paris, 2020.*  \n[PDF](https://x.org)\n")]
    // Mojibake of letters only (Cyrillic read as Windows-1252), which the direct reader takes: its warnings' positions.
    [InlineData("**ÐŸÐž Title**  \nÐŸÐž Ada, Bo Li\\*, ÐŸÐž Cy  \n<span style=\"x\">ÐŸÐž 2020</span>\n")]
    [InlineData("ÐŸÐž Title\\\nAda Lovelace, Bo Li\\\n*ÐŸÐž ([**NSDI 2024**](https://x.org)), Paris, 2024.*\\\n[ÐŸÐž Paper](https://x.org)\n")]
    [InlineData("## 2023\n\n**Title**  \nAda Lovelace, Bo Li  \n<span>Conf</span>\n")]
    [InlineData("## Talks\n\n**Title**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>\n\n<a href=\"https://x.org/b\">📄 Paper</a>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>\n\n**2019**\n\n<a href=\"https://x.org/b\">Paper</a>\n")]
    // Declined or read another way.
    [InlineData("**Title, with a comma**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>\n")]
    [InlineData("Vaswani A, Shazeer N. Attention is all you need. NeurIPS 2017\\\nAda Lovelace, Bo Li\n")]
    [InlineData("**Title**  \nNot an author line at all  \n<span>Conf 2020</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>  \n<span>Best Paper Award</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n*Venue ([**PDF**](https://x.org)), 2020.*\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n*([**NSDI 2024**](https://x.org))*\n")]
    [InlineData("**Title**  \nAda Lovelace , Bo Li\\\n<span>Conf 2020</span>\n")]
    [InlineData("**Title**\nAda Lovelace, Bo Li  \n<span>Conf 2020</span>\n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n<span>Conf 2020</span>  \n")]
    [InlineData("**Title**  \nAda Lovelace, Bo Li  \n[PDF](https://x.org/a&amp;b)\n")]
    [InlineData("**Title**  \nAda **Self**x, Bo Li  \n<span>Conf 2020</span>\n")]
    [InlineData("**Title**  \nA. Lovelace, **B. Li**  \n<span>Conf 2020</span>\n")]
    public void Shapes_read_the_same(string text)
    {
        var outcome = Compare(text);
        Assert.True(outcome.Difference is null, outcome.Difference);
    }

    [Fact]
    public void The_plain_forms_are_read_directly()
    {
        const string text = "**A Title**  \nAda Lovelace, **Self Name**\\*, Bo Li  \n(\\* Equal Contribution)  \n*Long Conference ([**NSDI 2024**](https://x.org/n)), Boston, 2024.*  \n[**[PDF](https://x.org/p.pdf)**]\n\n"
            + "Plain Title\\\nAda Lovelace, Bo Li\\\n<span style=\"color:green\">NSDI 2024</span>\\\n[<a href=\"https://x.org/p\">Paper</a>]\n";
        var outcome = Compare(text);
        Assert.True(outcome.Difference is null, outcome.Difference);
        Assert.Equal(2, outcome.Taken);
        Assert.Equal(2, outcome.InPlace);
    }

    [Fact]
    public void Generated_paragraphs_read_the_same()
    {
        var taken = 0L;
        var blocks = 0L;
        var inPlace = 0L;
        GeneratedPage.Sample(lines =>
        {
            var outcome = Compare(string.Join("\n", lines) + "\n");
            Interlocked.Add(ref taken, outcome.Taken);
            Interlocked.Add(ref blocks, outcome.Blocks);
            Interlocked.Add(ref inPlace, outcome.InPlace);
            return outcome.Difference is null;
        }, iter: GeneratedPages, threads: 2, print: lines => string.Join("\\n", lines));

        _output.WriteLine($"{blocks} blocks, {taken} read directly, {inPlace} of their author lines in place");
        Assert.True(taken * 20 > blocks, $"Too few generated paragraphs were read directly: {taken} of {blocks}");
        Assert.True(inPlace * 4 > taken, $"Too few author lines were read in place: {inPlace} of {taken}");
    }

    private static readonly Gen<string> Title = Gen.OneOf<string>(
        "**A Title (p-1)**", "**Scalable Serving: Fast**", "Plain Title of a Paper", "**A Title (p-1)**", "Plain: With Colon (p0-3)", "**ÐŸÐž Title**", "ÐŸÐž Plain Title", "**Scalable Serving: Fast**", "Plain Title of a Paper", "Plain: With Colon (p0-3)", "*Short*: rest of it",
        "*Short*: rest of it", "*Two Words*: rest of it", "*Averylongsinglewordname*: rest", "*Short*: in 2024", "*Short*:", "*Short*x: rest",
        "**Title, comma**", "**\"Quoted\"**", "Smith J, Doe A. A citation. In Proc. 2020", "**Ünïcödé Tïtle**", "**Title**x", "** Spaced**",
        "[Linked Title](https://x.org)", "**2024**", "Title with `code`", "Title &amp; entity", "RÃ©sumÃ© of a paper");

    private static readonly Gen<string> Authors = Gen.OneOf<string>(
        "Ada Lovelace, Bo Li", "Ada Lovelace, **Self Name**\\*, Bo Li \\*", "**Self Name**, Ada Lovelace", "A. Lovelace, B. Li, C. Wu", "Ada Lovelace, Bo Li", "Ada Lovelace, **Self Name**\\*, Bo Li \\*", "**Self Name**, Ada Lovelace", "Ada Lovelace and Bo Li",
        "A. Lovelace, B. Li, C. Wu", "Ada Lovelace, **Self Name**", "RÃ©mi Ã‰mile, Bo Li", "Ada Lovelace*, Bo Li*", "Ada Lovelace; Bo Li",
        "Not an author line", "Ada Lovelace", "**Self**\\*, Bo Li", "Ada 2 Lovelace, Bo Li", "Ada Lovelace, Bo Li, **Self Name** \\*",
        "Ada  Lovelace, Bo Li", "Jean-Luc O'Neil, Bo Li", "Ada Lovelace\\*, RÃ©mi Ã‰mile, **Self Name**", "**RÃ©mi Ã‰mile**\\*, Bo Li", "Ada Lovelace\\*, ÐŸÐž Li, **ÐŸÐž Self**", "ÐŸÐž Ada, Bo Li \\*",
        "Ada Lovelace, Bo Li, and Cy Wu", "Ada Lovelace, Bo Li and Cy Wu", "Ada Lovelace \\*, Bo Li \\*, **Self Name** \\*",
        // The edges of the form read in place (DirectAuthorLine): separators, marks, bold, sizes, "and", and what declines it.
        "Ada Lovelace,Bo Li", "Ada Lovelace; **Self Name**", "Ada Lovelace;**Self Name**", "**Self Name**; Bo Li", "**Self Name** \\*, Bo Li",
        "Ada Lovelace\\*\\*, Bo Li, Cy Wu", "A B C D E F G H, Bo Li", "A B C D E F G, Bo Li", "Ada Lovelace Jr., Bo Li.", "Ada Lovelace, Bo Li,",
        "Ada Lovelace, , Bo Li", "Ada AND Bo, Cy Li", "Anders Andersen, Bo Land", "Ada, and Bo", "**Self**", "**Self Name**\\*", "Ada Lovelace \\* , Bo Li",
        "Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghijk, Bo Li", "Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghi..., Bo Li",
        "Ada Lovelace\\*x, Bo Li", "Jean-Luc O'Neil\\*, **Ünïcödé Nàme**, Bo Li", "Ada .Lovelace, Bo Li", "**Self Name.**, Bo Li", "Ada Lovelace, **Self** Name, Bo",
        "Ada Lovelace, Bo Li \\*, ÐŸÐž Wu \\*\\*, **Self Name**\\*, ÐŸÐž Ek", "ÐŸÐž Ada\\*, ÐŸÐž Bo, **ÐŸÐž Cy**, ÐŸÐž Dan", "Ada Lovelace\\, Bo Li", "Ada Lovelace \\*", "Ada \\*\\*, Bo");

    private static readonly Gen<string> Extra = Gen.OneOf<string>(
        "<span style=\"color:green\">NSDI 2024 (Best Paper Award)</span>", "*Long Conference ([**NSDI 2024**](https://conf.example.org/nsdi24/)), Boston, 2024.*",
        "[**[PDF](https://x.org/p.pdf)**] [**[Code](https://x.org/c)**]", "| [paper](https://x.org/p)", "| [code](https://x.org/c) |",
        "[<a href=\"https://x.org/p\">Paper</a>] [<a href=\"https://x.org/v\">Video</a>]", "| [slides](https://x.org/s) |  ",
        "(\\* Equal Contribution)", "(\\* equal contribution, \\+ advising)", "<span style=\"color:green; font-style:italic\">NSDI 2024</span>",
        "<span style=\"color:green\">NSDI 2024 (Best Paper Award)</span>", "<span>arXiv preprint</span>", "<span>Equal contribution</span>",
        "*In Preprint.*", "*Long Conference ([**NSDI 2024**](https://conf.example.org/nsdi24/)), Boston, 2024.*",
        "*Journal ([**TON**](https://x.org)), 2023.*", "*Venue ([**Paper**](https://x.org)), 2023.*", "*([**NSDI 2024**](https://x.org))*",
        "[**[PDF](https://x.org/p.pdf)**] [**[Code](https://x.org/c)**]", "[<a style=\"text-decoration:none\" href=\"https://x.org/p\" target=\"_blank\">Paper</a>]",
        "[<a href=\"https://x.org/p\">Paper</a>] [<a href=\"https://x.org/v\">Video</a>]", "[PDF](https://x.org) [Slides](https://x.org/s)",
        "[paper](javascript:alert(1))", "[Weird](https://x.org)", "[PDF](https://x.org/a&amp;b)", "Best Paper Award", "🏆 Best Paper Award",
        "<span>Conf</span> and more", "*Italic venue 2020*", "*Italic* not all", "[PDF](https://x.org) trailing words", "<br>",
        "| [paper](https://x.org) |", "<span>RÃ©union 2020</span>", "<span style=\"x\">ÐŸÐž 2020</span>", "*ÐŸÐž ([**NSDI 2024**](https://x.org)), Paris, 2024.*", "[ÐŸÐž](https://x.org/p)", "*RÃ©union ([**RÃ‰U 2020**](https://x.org)), Paris, 2020.*",
        "[**[PDF](https://x.org/p)**] [**[RÃ©sumÃ©](https://x.org/r)**]", "[<a href=\"https://x.org/p\">Pa per</a>]", "[PDF](https://x.org/p)<br>",
        "[PDF](https://arxiv.org/abs/2401.01234)", "[PDF](https://x.org/a_b*c[1]~d) [Code](https://x.org/x%20y)", "[**[PDF](https://x.org/a_b*c)**]", "<span style=\"x\">NSDI 2024</span> [PDF](https://x.org)");

    private static readonly Gen<string> Break = Gen.Frequency((6, Gen.Const("  ")), (6, Gen.Const("\\")), (1, Gen.Const("")), (1, Gen.Const("   ")), (1, Gen.Const(" \\")));

    private static readonly Gen<string> Paragraph = Gen.Select(Title, Break, Authors, Gen.Select(Break, Extra, (b, e) => (b, e)).Array[0, 4],
        (title, b1, authors, extras) =>
        {
            var builder = new StringBuilder(title);
            builder.Append(b1).Append('\n').Append(authors);
            foreach (var (b, e) in extras)
            {
                builder.Append(b).Append('\n').Append(e);
            }

            return builder.ToString();
        }).SelectMany(p => Gen.OneOf<string>("", "", "  ", " ").Select(trailing => p + trailing));

    private static readonly Gen<string[]> GeneratedPage = Gen.Frequency(
            (10, Paragraph),
            (1, Gen.OneOf<string>("## 2024", "## Talks", "## Publications", "**2023**", "<!-- hidden -->", "<a href=\"https://x.org\">Paper</a>", "---", "Text line")))
        .Array[1, 6].Select(parts => parts.SelectMany(p => new[] { p, "" }).ToArray());

    /// <param name="InPlace">Of the blocks taken, those whose author line was read in place (<see cref="DirectAuthorLine"/>).</param>
    private readonly record struct Outcome(int Taken, int Blocks, string? Difference, int InPlace = 0);

    /// <summary>Parses the text both ways and says what differs (null: nothing), and how many blocks were read directly.</summary>
    private static Outcome Compare(string text)
    {
        var options = new PageOptions(new[] { "Self Name" }.ToEquatableArray(), false);
        var direct = PublicationFileParser.Parse("/p.md", "p.md", text, options, readDirect: true);
        var slow = PublicationFileParser.Parse("/p.md", "p.md", text, options, readDirect: false);
        var (taken, blocks, lineDifference, inPlace) = CompareLines(text, options);
        string? difference = null;
        if (!direct.Publications.SequenceEqual(slow.Publications))
        {
            difference = $"entries differ for:\n{text}\ndirect:\n{Describe(direct.Publications)}\nreaders:\n{Describe(slow.Publications)}";
        }
        else if (!direct.Diagnostics.SequenceEqual(slow.Diagnostics))
        {
            difference = $"diagnostics differ for:\n{text}\ndirect:\n{string.Join("\n", direct.Diagnostics)}\nreaders:\n{string.Join("\n", slow.Diagnostics)}";
        }

        return new Outcome(taken, blocks, difference ?? lineDifference, inPlace);
    }

    /// <summary>The direct blocks' title and author lines against the inline scanner's lines of the same paragraph.</summary>
    private static (int Taken, int Blocks, string? Difference, int InPlace) CompareLines(string text, PageOptions options)
    {
        var source = new SourceLines(text);
        var context = new ParseContext("/p.md", options);
        var store = LineStore.Acquire();
        var taken = 0;
        var blocks = 0;
        var inPlace = 0;
        string? difference = null;
        foreach (var block in MarkdownDocumentReader.Read(source, context, _ => false, store, readDirect: true))
        {
            blocks++;
            if (block.Direct is not { } cut)
            {
                continue;
            }

            taken++;
            inPlace += cut.AuthorText is null ? 0 : 1;
            // Made now by the inline scanner, as they would be for buttons after the block.
            var lines = block.Lines;
            difference ??= LineDifference(cut.Title!, lines[0])
                ?? (cut.AuthorText is { } authorText ? NamesDifference(authorText, cut.Names, lines[1], options) : LineDifference(cut.Authors!, lines[1]));
        }

        store.Release();
        context.Finish();
        return (taken, blocks, difference, inPlace);
    }

    /// <summary>An author line read in place against the author-list reader's reading of the scanner's line: the test, then each name.</summary>
    private static string? NamesDifference(LineText direct, List<DirectName> names, LogicalLine scanned, PageOptions options)
    {
        if (!AuthorListReader.LooksLikeAuthorLine(scanned))
        {
            return $"read in place as authors, not an author line to the reader: {DescribeLine(scanned)}";
        }

        var context = new ParseContext("/p.md", options);
        var inPlace = new List<(AuthorModel Author, int Line, int Column)>();
        DirectAuthorLine.Read(direct, names, context, inPlace);
        var read = AuthorListReader.Read(scanned, context);
        context.Finish();
        var a = string.Join("; ", inPlace);
        var b = string.Join("; ", read);
        return a == b ? null : $"names differ:\nin place: {a}\nreader:   {b}";
    }

    private static string? LineDifference(LogicalLine direct, LogicalLine scanned)
    {
        var a = DescribeLine(direct);
        var b = DescribeLine(scanned);
        return a == b ? null : $"lines differ:\ndirect:  {a}\nscanned: {b}";
    }

    private static string DescribeLine(LogicalLine line)
    {
        var builder = new StringBuilder().Append($"@{line.Line}:{line.Column} ");
        for (var i = 0; i < line.Segments.Count; i++)
        {
            var s = line.Segments[i];
            builder.Append($"[{s.Text}|{s.Style}|{s.Line}:{s.Column}|{s.LinkId}|{s.IsSoftBreak}]");
        }

        return builder.ToString();
    }

    private static string Describe(IEnumerable<PublicationModel> publications) => string.Join("\n", publications.Select(p => p.ToString()));
}
