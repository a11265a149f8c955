using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.CompilerServices;
using PubCatalog.Generator.Emit;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// Page data is written in packed blocks of 32 entries (the generator's <see cref="TextPacker"/>, the runtime's
/// <c>CompactCatalog.Unpack</c>); these tests hold the two to each other and read large pages back.
/// </summary>
public class PackedBlockTests
{
    /// <summary>Few distinct characters make long repeats, overlapping ones included; emoji and quotes are the edge cases.</summary>
    private static readonly Gen<string> RepetitiveText =
        Gen.OneOf<string>("a", "b", "ab", "Xin Liu", "\"", "😀", "https://example.org/", "\u00e9", "\U0001F4DA\U0001F4DA")
            .Array[0, 400].Select(parts => string.Concat(parts));

    [Fact]
    public void Unpacking_what_the_generator_packed_gives_the_text_back()
    {
        RepetitiveText.Sample(text => Assert.Equal(text, new string(CompactCatalog.Unpack(TextPacker.Pack(text)))), iter: 2000);
        Gen.String.Sample(text => Assert.Equal(text, new string(CompactCatalog.Unpack(TextPacker.Pack(text)))), iter: 2000);
    }

    [Fact]
    public void The_generator_and_the_runtime_agree_on_the_block_layout()
    {
        Assert.Equal(CompactCatalog.MinimumMatch, TextPacker.MinimumMatch);
        Assert.Equal(CompactCatalog.EntriesPerBlock, CompactData.EntriesPerBlock);
        Assert.Equal(CompactCatalog.Columns, CompactData.Column.Count);
    }

    [Fact]
    public void Text_that_packs_longer_than_itself_still_round_trips()
    {
        // The packer writes into a buffer sized before it packs, so it must allow for output longer than the input: a
        // match of the minimum length far back, after a run of 32 or more literals, costs a character more than it saves
        // (two digits of literal count, one of length, three of distance). Here runs of 32 characters never seen before
        // alternate with 5-character tokens first written more than 1,024 characters back; the packer's skipping over
        // unmatched text finds only some of them, so the output is a few characters longer than the text.
        var fresh = 0x4E00;
        string Unique(int count) => new(Enumerable.Range(0, count).Select(_ => (char)fresh++).ToArray());
        var tokens = Enumerable.Range(0, 200).Select(_ => Unique(TextPacker.MinimumMatch)).ToList();
        var text = string.Concat(tokens.Select(token => token + Unique(32))) + string.Concat(tokens.Select(token => Unique(32) + token));

        var packed = TextPacker.Pack(text);

        Assert.True(packed.Length > text.Length, $"{text.Length} characters packed to {packed.Length}");
        Assert.Equal(text, new string(CompactCatalog.Unpack(packed)));
    }

    [Fact]
    public void Matches_far_back_cost_more_than_they_save_and_the_output_still_fits()
    {
        // A distance of 32,768 or more takes four digits, so a match of the minimum length after a short run of literals
        // costs six characters for the five it replaces (one digit of literal count, one of length, four of distance).
        // Here 40,000 characters never seen before are followed by 1,500 such runs: 20 new characters, then 5 copied from
        // the first part, far enough back. The packer finds only the copies of positions it remembered while stepping
        // over the first part (about one in twenty), and still the output is tens of characters longer than the text
        // (77,500 → 77,579): the buffer it sizes before packing must allow for more than a constant (a buffer of the
        // text's length plus 8 fails here).
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        void AppendFresh(int count)
        {
            for (var i = 0; i < count; i++)
            {
                // CJK ideographs and Hangul: no surrogates, and 5-character repeats by chance are out of the question.
                text.Append((char)(random.Next(2) == 0 ? random.Next(0x4E00, 0x9FFF) : random.Next(0xAC00, 0xD7A3)));
            }
        }

        AppendFresh(40_000);
        var far = text.ToString();
        for (var run = 0; run < 1_500; run++)
        {
            AppendFresh(20);
            var from = random.Next(0, 7_000 - TextPacker.MinimumMatch);
            text.Append(far, from, TextPacker.MinimumMatch);
        }

        var packed = TextPacker.Pack(text.ToString());

        Assert.True(packed.Length > text.Length + 50, $"{text.Length} characters packed to {packed.Length}");
        Assert.Equal(text.ToString(), new string(CompactCatalog.Unpack(packed)));
    }

    [Fact]
    public void Repeats_are_packed_and_no_match_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("Xin Liu 😀, Ada Lovelace 📚; ", 200));
        var packed = TextPacker.Pack(text);

        Assert.True(packed.Length * 20 < text.Length, $"{text.Length} characters packed to {packed.Length}");
        for (var i = 0; i < packed.Length; i++)
        {
            Assert.False(char.IsLowSurrogate(packed[i]) && (i == 0 || !char.IsHighSurrogate(packed[i - 1])), $"lone low surrogate at {i}");
            Assert.False(char.IsHighSurrogate(packed[i]) && (i + 1 == packed.Length || !char.IsLowSurrogate(packed[i + 1])), $"lone high surrogate at {i}");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_page_of_several_blocks_reads_back_in_any_order(bool packed)
    {
        // Three blocks, the last one short. Read backwards, then by id, then all of them again.
        var (count, files, run) = ThreeBlockPage(packed);
        Assert.Contains("private static class Block2", run.Source);
        var catalog = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        var all = CatalogLoader.All(catalog);

        var backwards = Enumerable.Range(0, all.Count).Reverse().Select(i => all[i]).ToList();
        var findById = catalog.GetMethod("FindById")!;
        foreach (var publication in backwards)
        {
            Assert.Same(publication, findById.Invoke(null, [publication.Id]));
        }

        Assert.Equal(count, backwards.Select(p => p.Title).Distinct().Count());
        Assert.Equal(count, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
    }

    [Fact]
    public void FindById_before_any_block_is_decoded_reads_the_ids_from_the_packed_blocks()
    {
        // The id index reads the ids column of blocks not decoded yet, without decoding them: checked on a fresh load of
        // the catalog (nothing decoded), its ids learned from another load, the last block's first.
        var (_, _, run) = ThreeBlockPage();
        var expected = CatalogLoader.All(CatalogLoader.LoadCatalogType(run.OutputCompilation)).Select(p => (p.Id, p.Title)).ToList();

        var fresh = CatalogLoader.LoadCatalogType(run.OutputCompilation);
        var findById = fresh.GetMethod("FindById")!;
        foreach (var (id, title) in Enumerable.Reverse(expected))
        {
            var found = (Publication?)findById.Invoke(null, [id]);
            Assert.Equal(title, found?.Title);
        }

        Assert.Null(findById.Invoke(null, ["no-such-paper"]));
    }

    [Fact]
    public void Ids_made_from_the_title_and_year_are_left_out_of_the_page_data_and_made_again_at_run_time()
    {
        // One id of each kind: made from the title and year; made from a short name, twice in one year, so the second
        // gets a number; chosen by the page; made from text beyond ASCII; undated; and a paper on two pages, dated on one.
        TestFile[] files =
        [
            new("/project/a.md",
                "Alpha Paper on Caching\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2020</span>\n\n"
                + "SkyLB: One Balancer\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2026</span>\n\n"
                + "SkyLB: Another Balancer\\\nXin Liu, Ada Lovelace\\\n<span>OSDI 2026</span>\n\n"
                + "Chosen Paper {#my-own-id}\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2021</span>\n\n"
                + "Réseaux Rapides\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2022</span>\n\n"
                + "Gamma Paper\\\nXin Liu, Ada Lovelace\\\n<span>A Workshop</span>\n\n"
                + "Delta Paper\\\nXin Liu, Ada Lovelace\\\n<span>A Workshop</span>\n\n"),
            new("/project/b.md", "Delta Paper\\\nXin Liu, Ada Lovelace\\\n<span>NSDI 2023</span>\n\n"),
        ];
        var entries = CatalogRoundTrip.ExpectedCatalog(files).Model.Entries;
        var ids = entries.Select(e => e.Id).ToList();
        Assert.Equal(["skylb-2026", "skylb-2026-2", "delta-paper-2023", "reseaux-rapides-2022", "my-own-id", "alpha-paper-on-caching-2020", "gamma-paper"], ids);

        // The flag the page data trusts without making the slug again is set only on ids that are made so, on the entries
        // the catalog keeps as their file made them: not the combined paper nor the two SkyLB papers, whose member names
        // the catalog told apart (SkyLB2026, SkyLB2026_2), so the page data tests those ids itself (and finds two made, below).
        foreach (var entry in entries.Where(e => e.IdIsMade))
        {
            var p = entry.Publication;
            Assert.Equal(entry.Id, p.Year is int year ? PubCatalog.Generator.Catalog.Slug.MakeAsciiWithYear(p.ShortName ?? p.Title, year) : null);
        }

        Assert.Equal(["alpha-paper-on-caching-2020"], entries.Where(e => e.IdIsMade).Select(e => e.Id));

        var data = string.Concat(CompactData.Encode(entries.AsImmutableArray()).Select(block => new string(CompactCatalog.Unpack(block))));
        foreach (var made in new[] { "alpha-paper-on-caching-2020", "delta-paper-2023" })
        {
            Assert.DoesNotContain(made, data);
        }

        Assert.DoesNotContain("skylb-2026", data.Replace("skylb-2026-2", ""));
        foreach (var written in new[] { "skylb-2026-2", "reseaux-rapides-2022", "my-own-id", "gamma-paper" })
        {
            Assert.Contains(written, data);
        }

        // Read back from the compiled catalog, in order and by id before any block is decoded.
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        Assert.Equal(ids.Count, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
        var findById = CatalogLoader.LoadCatalogType(run.OutputCompilation).GetMethod("FindById")!;
        foreach (var id in ids)
        {
            Assert.Equal(id, ((Publication?)findById.Invoke(null, [id]))?.Id);
        }
    }

    [Fact]
    public void Members_have_title_summaries_only_where_documentation_comments_are_read()
    {
        TestFile[] files = [new("/project/a.md", "Alpha Paper\\\nA B, C D\\\n<span>NSDI 2020</span>\n")];
        string PageSource(DocumentationMode mode)
        {
            var options = new CSharpParseOptions(LanguageVersion.Latest, mode);
            var driver = GeneratorHarness.CreateDriver(files, parseOptions: options);
            var run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation("namespace Consumer { }"));
            return run.Source!;
        }

        Assert.Contains("/// <summary>Alpha Paper</summary>\npublic static _P AlphaPaper", PageSource(DocumentationMode.Parse));
        Assert.Contains("/// <summary>Alpha Paper</summary>\npublic static _P AlphaPaper", PageSource(DocumentationMode.Diagnose));
        var build = PageSource(DocumentationMode.None);
        Assert.Contains("\npublic static _P AlphaPaper", build);
        Assert.DoesNotContain("Alpha Paper</summary>", build);
    }

    /// <summary>A page of three blocks, the last one short (22 entries), generated and compiled.</summary>
    private static (int Count, TestFile[] Files, GeneratorRun Run) ThreeBlockPage(bool packed = true)
    {
        var count = 2 * CompactCatalog.EntriesPerBlock + 22;
        var page = string.Concat(Enumerable.Range(0, count).Select(i =>
            $"Paper {i:000} on Caching\\\nXin Liu, Ada Lovelace, Author{i % 7} Name\\\n<span>NSDI {2000 + i % 20}</span>\n\n"));
        TestFile[] files = [new("/project/many.md", page)];
        return (count, files, CatalogRoundTrip.GenerateAndCompile(files, packed));
    }
}
