using System.Globalization;
using System.Text;
using CsCheck;
using Markdig;
using Markdig.Syntax;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// <see cref="InlineScanner"/> reads a paragraph's or heading's inline Markdown without Markdig's inline parse. Whenever
/// it accepts a block it must give exactly the lines Markdig's inline parse and <see cref="InlineFlattener"/> give (every
/// line, segment, style, position and link); otherwise it must decline having changed nothing, so the fallback reads the
/// block as before. Each text is parsed with both pipelines and the two readings are compared leaf by leaf, over the real
/// pages, generated paragraphs and the common shapes of the seeds.
/// </summary>
public sealed class InlineScannerEquivalenceTests
{
    private static int GeneratedParagraphs => int.TryParse(Environment.GetEnvironmentVariable("PUBCATALOG_SCANNER_CASES"), out var n) ? n : 20_000;

    private readonly ITestOutputHelper _output;

    public InlineScannerEquivalenceTests(ITestOutputHelper output) => _output = output;

    /// <summary>Seeds of failures found so far, replayed on every run.</summary>
    public static TheoryData<string> RegressionSeeds => new()
    {
        "0000000000000", // a fixed case, replayed as a smoke test
    };

    [Fact]
    public void Every_leaf_of_the_seeds_and_the_corpus_reads_the_same()
    {
        var files = Directory.GetFiles(Paths.Seeds)
            .Concat(Directory.GetFiles(Paths.Corpus, "*.md"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var failures = new List<string>();
        var total = new Counts();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var result = Compare(File.ReadAllText(file), name);
            total += result.Counts;
            _output.WriteLine($"{name}: {result.Counts}");
            if (result.Difference is not null)
            {
                failures.Add(result.Difference);
            }
        }

        _output.WriteLine($"all {files.Count} pages: {total}");
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {files.Count} pages read differently:\n{string.Join("\n", failures.Select(f => "  " + f.Split('\n')[0]))}\n\nThe first:\n{failures.FirstOrDefault()}");
        Assert.True(total.Compared > 0, "No paragraph or heading was compared");
        Assert.True(total.Accepted > 0, $"The scanner accepted no leaf of the real pages: {total}");
    }

    [Fact]
    public void Generated_paragraphs_read_the_same_or_are_declined()
    {
        var compared = 0L;
        var accepted = 0L;
        var items = 0L;
        Paragraph.Sample(spec =>
        {
            var counts = Check(spec.Render());
            Interlocked.Add(ref compared, counts.Compared);
            Interlocked.Add(ref accepted, counts.Accepted);
            Interlocked.Add(ref items, counts.ListItems);
        }, iter: GeneratedParagraphs, threads: 2, print: Print);

        var total = new Counts((int)compared, (int)accepted, (int)items);
        _output.WriteLine($"{GeneratedParagraphs} generated texts: {total}");
        Assert.True(accepted * 10 > compared, $"The scanner accepted too few generated leaves: {total}");
    }

    [Theory]
    [MemberData(nameof(RegressionSeeds))]
    public void Regression_seed(string seed) =>
        Paragraph.Sample(spec => Check(spec.Render()), seed: seed, iter: 1, threads: 1, print: Print);

    [Theory]
    [InlineData("Title\\\nYang Zhou, **Ziming Mao**, Ion Stoica\\\n<span style=\"color:green\">NSDI 2024</span>\\\n[<a href=\"https://a.org/p.pdf\">Paper</a>]")]
    [InlineData("**Title**  \n**Lianmin Zheng** \\*, Ying Sheng \\*  \n*In Preprint.*  \n[**[PDF](https://arxiv.org/pdf/1.pdf)**]")]
    [InlineData("**Paper** | [paper](https://a.org) | [code](https://b.org) |")]
    [InlineData("*Can't Be Late*: Optimizing Spot\\\nZhanghao Wu")]
    public void Common_shapes_are_accepted_and_read_the_same(string text)
    {
        var counts = Check(text);
        _output.WriteLine(counts.ToString());
        Assert.Equal(1, counts.Compared);
        Assert.True(counts.Accepted == counts.Compared, $"The scanner declined a common shape: {Escape(text)}");
    }

    // ---- The comparison ----

    /// <summary>Leaves (paragraphs and headings) compared and accepted by the scanner, and list items compared as a whole.</summary>
    private readonly record struct Counts(int Compared, int Accepted, int ListItems)
    {
        public static Counts operator +(Counts a, Counts b) =>
            new(a.Compared + b.Compared, a.Accepted + b.Accepted, a.ListItems + b.ListItems);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture,
                $"{Accepted} of {Compared} leaves accepted ({(Compared == 0 ? 0 : 100.0 * Accepted / Compared):F1}%), {ListItems} list items compared");
    }

    private readonly record struct Comparison(Counts Counts, string? Difference);

    /// <summary>Compares the text's two readings and fails with the first difference.</summary>
    private static Counts Check(string text)
    {
        var result = Compare(text, "text");
        if (result.Difference is not null)
        {
            Assert.Fail(result.Difference);
        }

        return result.Counts;
    }

    /// <summary>
    /// Parses the text with Markdig's full pipeline and with the block pipeline, and compares every paragraph and heading:
    /// the old reading (<see cref="InlineFlattener.Add"/> of Markdig's inlines) against the scanner's. When the scanner
    /// declines, the caller's fallback runs on the same flattener (Markdig's inlines added after the refusal), which must
    /// still give the old reading: a refusal that wrote a segment, took a link id or opened a span shows there. Each list
    /// item is then compared as a whole, its leaves read into one flattener as the page reader does, so state that carries
    /// from one paragraph of an item to the next (an unclosed <c>&lt;span&gt;</c>, link ids) is compared too.
    /// </summary>
    private static Comparison Compare(string text, string name)
    {
        var source = new SourceLines(text);
        var inlineDocument = Markdown.Parse(source.Text, MarkdownDocumentReader.Pipeline);
        var blockDocument = Markdown.Parse(source.Text, MarkdownDocumentReader.BlockPipeline);

        var oldLeaves = Leaves(inlineDocument);
        var newLeaves = Leaves(blockDocument);
        Assert.True(oldLeaves.Count == newLeaves.Count,
            $"{name}: {oldLeaves.Count} paragraphs and headings with inlines, {newLeaves.Count} with blocks only\n{Describe(text)}");

        var compared = 0;
        var accepted = 0;
        for (var i = 0; i < oldLeaves.Count; i++)
        {
            var oldLeaf = oldLeaves[i];
            var newLeaf = newLeaves[i];
            AssertSameBlock(oldLeaf, newLeaf, name, text);

            var f = new InlineFlattener(source);
            f.Add(oldLeaf.Inline);
            var a = f.Finish();

            var g = new InlineFlattener(source);
            var ok = ReadLeaf(g, oldLeaf, newLeaf, blockDocument, name, text);
            var b = g.Finish();

            compared++;
            if (ok)
            {
                accepted++;
            }

            if (FirstDifference(a, b) is { } difference)
            {
                return new Comparison(new Counts(compared, accepted, 0), Report(name, text, source, oldLeaf, ok, difference, a, b));
            }
        }

        // List items, read whole into one flattener as MarkdownDocumentReader.FlattenContainer does.
        var oldItems = inlineDocument.Descendants<ListItemBlock>().ToList();
        var newItems = blockDocument.Descendants<ListItemBlock>().ToList();
        Assert.True(oldItems.Count == newItems.Count, $"{name}: {oldItems.Count} list items with inlines, {newItems.Count} with blocks only\n{Describe(text)}");
        for (var i = 0; i < oldItems.Count; i++)
        {
            var oldItemLeaves = oldItems[i].Descendants<LeafBlock>().ToList();
            var newItemLeaves = newItems[i].Descendants<LeafBlock>().ToList();
            Assert.True(oldItemLeaves.Count == newItemLeaves.Count, $"{name}: list item {i} has {oldItemLeaves.Count} leaves with inlines, {newItemLeaves.Count} with blocks only\n{Describe(text)}");

            var f = new InlineFlattener(source);
            var g = new InlineFlattener(source);
            var anyAccepted = false;
            for (var j = 0; j < oldItemLeaves.Count; j++)
            {
                f.Add(oldItemLeaves[j].Inline);
                f.BreakLine();
                if (IsRead(newItemLeaves[j]))
                {
                    anyAccepted |= ReadLeaf(g, oldItemLeaves[j], newItemLeaves[j], blockDocument, name, text);
                }
                else
                {
                    g.Add(oldItemLeaves[j].Inline);
                }

                g.BreakLine();
            }

            var a = f.Finish();
            var b = g.Finish();
            if (FirstDifference(a, b) is { } difference)
            {
                return new Comparison(new Counts(compared, accepted, i + 1),
                    Report(name, text, source, oldItems[i], anyAccepted, "list item read whole: " + difference, a, b));
            }
        }

        return new Comparison(new Counts(compared, accepted, oldItems.Count), null);
    }

    /// <summary>The scanner's reading of a leaf into the flattener, or on refusal the fallback's (Markdig's inlines); true when the scanner read it.</summary>
    private static bool ReadLeaf(InlineFlattener flattener, LeafBlock oldLeaf, LeafBlock newLeaf, MarkdownDocument blockDocument, string name, string text)
    {
        bool ok;
        try
        {
            ok = InlineScanner.TryRead(newLeaf, blockDocument, flattener);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"{name}: InlineScanner.TryRead threw on the leaf at line {newLeaf.Line}: {exception}\n{Describe(text)}");
        }

        if (!ok)
        {
            flattener.Add(oldLeaf.Inline);
        }

        return ok;
    }

    /// <summary>The paragraphs and headings the page reader flattens, in document order.</summary>
    private static List<LeafBlock> Leaves(MarkdownDocument document) =>
        MarkdownObjectExtensions.Descendants<LeafBlock>(document).Where(IsRead).ToList();

    private static bool IsRead(LeafBlock leaf) => leaf is ParagraphBlock or HeadingBlock;

    private static void AssertSameBlock(LeafBlock oldLeaf, LeafBlock newLeaf, string name, string text)
    {
        Assert.True(oldLeaf.GetType() == newLeaf.GetType() && oldLeaf.Span == newLeaf.Span,
            $"{name}: the pipelines disagree on a block: {oldLeaf.GetType().Name} {oldLeaf.Span} with inlines, " +
            $"{newLeaf.GetType().Name} {newLeaf.Span} with blocks only\n{Describe(text)}");
    }

    /// <summary>The first difference between the two readings, or null when they are equal.</summary>
    private static string? FirstDifference(List<LogicalLine> a, List<LogicalLine> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var x = a[i];
            var y = b[i];
            var line = $"line {i}: ";
            if (x.Line != y.Line) return line + $"Line {x.Line} vs {y.Line}";
            if (x.Column != y.Column) return line + $"Column {x.Column} vs {y.Column}";
            if (x.PlainText != y.PlainText) return line + $"PlainText {Escape(x.PlainText)} vs {Escape(y.PlainText)}";
            if (x.JoinedText != y.JoinedText) return line + $"JoinedText {Escape(x.JoinedText)} vs {Escape(y.JoinedText)}";
            for (var s = 0; s < Math.Min(x.Segments.Count, y.Segments.Count); s++)
            {
                if (SegmentDifference(x.Segments[s], y.Segments[s]) is { } difference)
                {
                    return line + $"segment {s}: {difference}";
                }
            }

            if (x.Segments.Count != y.Segments.Count) return line + $"{x.Segments.Count} segments vs {y.Segments.Count}";
        }

        return a.Count != b.Count ? $"{a.Count} lines vs {b.Count}" : null;
    }

    private static string? SegmentDifference(InlineSegment x, InlineSegment y)
    {
        if (x.Text != y.Text) return $"Text {Escape(x.Text)} vs {Escape(y.Text)}";
        if (x.Style != y.Style) return $"Style {x.Style} vs {y.Style}";
        if (x.Line != y.Line) return $"Line {x.Line} vs {y.Line}";
        if (x.Column != y.Column) return $"Column {x.Column} vs {y.Column}";
        if (x.IsSoftBreak != y.IsSoftBreak) return $"IsSoftBreak {x.IsSoftBreak} vs {y.IsSoftBreak}";
        if (x.LinkId != y.LinkId) return $"LinkId {x.LinkId} vs {y.LinkId}";
        if (x.LinkUrl != y.LinkUrl) return $"LinkUrl {Escape(x.LinkUrl)} vs {Escape(y.LinkUrl)}";
        if (x.LinkStart != y.LinkStart) return $"LinkStart {x.LinkStart} vs {y.LinkStart}";
        return null;
    }

    private static string Report(string name, string text, SourceLines source, Block block, bool accepted, string difference,
        List<LogicalLine> a, List<LogicalLine> b)
    {
        var builder = new StringBuilder();
        builder.Append(name).Append(": the block at line ").Append(block.Line).Append(accepted ? " (accepted by the scanner)" : " (declined, then read by the fallback)")
            .Append(" reads differently: ").AppendLine(difference);
        var start = Math.Max(0, Math.Min(block.Span.Start, source.Text.Length));
        var end = Math.Max(start, Math.Min(block.Span.End + 1, source.Text.Length));
        builder.Append("block: ").AppendLine(Escape(source.Text.Substring(start, end - start)));
        builder.AppendLine(Describe(text));
        builder.AppendLine("Markdig's inline parse:");
        AppendLines(builder, a);
        builder.AppendLine(accepted ? "InlineScanner:" : "after InlineScanner declined:");
        AppendLines(builder, b);
        return builder.ToString();
    }

    private static void AppendLines(StringBuilder builder, List<LogicalLine> lines)
    {
        if (lines.Count == 0)
        {
            builder.AppendLine("  (no lines)");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            builder.Append(CultureInfo.InvariantCulture, $"  line {i} @({line.Line},{line.Column}) plain={Escape(line.PlainText)} joined={Escape(line.JoinedText)}").AppendLine();
            for (var s = 0; s < line.Segments.Count; s++)
            {
                var segment = line.Segments[s];
                builder.Append(CultureInfo.InvariantCulture, $"    [{s}] {Escape(segment.Text)} {segment.Style} @({segment.Line},{segment.Column})");
                if (segment.IsSoftBreak)
                {
                    builder.Append(" soft");
                }

                if (segment.IsLink)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" link#{segment.LinkId} {Escape(segment.LinkUrl)} from {segment.LinkStart}");
                }

                builder.AppendLine();
            }
        }
    }

    /// <summary>The whole input when it is short (generated texts, examples); a page is named, and its block shown, instead.</summary>
    private static string Describe(string text) => text.Length <= 2000 ? "input: " + Escape(text) : $"input: {text.Length} characters";

    /// <summary>A C# string literal of the text, ready to paste into an <c>[InlineData]</c> (the generator's own escaping).</summary>
    private static string Escape(string? text) => PubCatalog.Generator.Emit.CSharpLiteral.String(text);

    // ---- Generated paragraphs ----

    /// <summary>Tokens that stress the inline rules: emphasis, escapes, links, code, inline HTML, entities, breaks, block starts.</summary>
    private static readonly string[] Tokens =
    {
        "Ziming", "Mao", "Tian", "GPU", "a", "b", "2024", "0", "7", " ", "  ", "\t", "\n", "  \n", "\\\n",
        "*", "**", "***", "_", "__", "\\*", "\\_", "\\", "\\[", "[", "]", "](", "(", ")",
        "[PDF](https://x.org/a.pdf)", "[**[PDF](https://x.org/p?a=1&b=2)**]", "](https://a.b/c \"title\")", "[]", "![img](a.png)",
        "`code`", "`", "<span style=\"color:green\">", "</span>", "<a href=\"https://x.org\">", "</a>", "<br>", "<br/>",
        "<sup>", "</sup>", "<b>", "</b>", "<https://auto.link/x>", "<5", "&amp;", "&#42;", "&nbsp;", "&bogus;", "&",
        ",", ".", ":", ";", "-", "'", "\"", "†", "é", "©", "€", "(c)", "!", "~", "^", "|", "#", "> ", "- ", "1. ",
        // Beyond the required list: reference links (resolved against the document), more HTML, code spans, odd characters.
        "[ref]", "[ref][]", "[Ref]", "[x][ref]", "~~", "<i>", "</i>", "<em>", "</em>", "<sub>", "</sub>", "<!-- c -->",
        "<me@x.org>", "&lt;", "&#x1F600;", "\\&", "``a ` b``", "\u00A0", "😀", "<a href='https://y.org/q'>", "<span>",
        // Link destinations around the plain ones the scanner reads itself: balanced parentheses, escapes, angle
        // brackets, spaces, titles, entities, non-ASCII, empty.
        "](a(b)c)", "](a\\)b)", "](<u v>)", "]( u )", "](u 'tt')", "](u\"t\")", "](x&amp;y)", "](é)", "]()", "](u>v)", "](#top)",
    };

    /// <summary>A generated text: the tokens, how they are wrapped, and whether a link reference definition follows.</summary>
    private sealed record ParagraphSpec(string[] Tokens, int Shape, bool WithDefinition)
    {
        public string Render()
        {
            var text = string.Concat(Tokens);
            text = Shape switch
            {
                // A list item: "- " and continuation lines indented under it.
                1 => "- " + text.Replace("\n", "\n  "),
                // A heading: one line.
                2 => "## " + text.Replace("\n", " "),
                _ => text,
            };

            return WithDefinition ? text + "\n\n[ref]: https://ref.org/r \"T\"\n" : text;
        }
    }

    private static readonly Gen<ParagraphSpec> Paragraph =
        Gen.Select(
            Gen.OneOf(Tokens).Array[1, 40],
            Gen.Frequency((6, 0), (3, 1), (2, 2)),
            Gen.Int[0, 4],
            (tokens, shape, definition) => new ParagraphSpec(tokens, shape, definition == 0));

    private static string Print(ParagraphSpec spec) => Escape(spec.Render());
}
