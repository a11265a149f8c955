using System.Collections.Immutable;
using CsCheck;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The pipeline makes the index only when its <see cref="IndexInput"/> changed. That is sound only if equal inputs make
/// equal indexes: every edit below is made to a page, both catalogs are built, and whenever the inputs compare equal the
/// indexes must be equal too. The edits that leave the index alone (a title) must compare equal, or nothing is saved.
/// </summary>
public class IndexInputTests
{
    private static readonly string[] Pages =
    [
        "Alpha Paper\\\nA B, C D\\\n<span>NSDI 2024</span>\n\nAlpha Two\\\nA B, E F\\\n<span>OSDI 2022</span>\n",
        "Beta Paper\\\nC D, **G H**\\\n<span>NSDI 2023</span>\n\nGamma Paper\\\nC D, A B\\\n<span>SOSP 2021</span>\\\n[PDF](https://x.org/g.pdf)\n",
        // Listed on two pages: a combined paper, whose year and tags come from the merge.
        "Alpha Paper\\\nA B, C D\\\n<span>NSDI 2024</span>\n",
    ];

    /// <summary>Edits to the second page, and whether each may change the index.</summary>
    private static readonly (string From, string To, bool ChangesIndex)[] Edits =
    [
        ("Beta Paper", "Beta Paper Revised", false),
        ("NSDI 2023", "NSDI 2019", true),
        ("**G H**", "**G I**", true),
        ("C D, **G H**", "C D, X Y, **G H**", true),
        ("SOSP 2021", "OSDI 2021", true),
        ("Gamma Paper", "Alpha Two", true),
        ("g.pdf", "gamma.pdf", false),
    ];

    [Fact]
    public void A_page_read_again_unchanged_gives_an_equal_input()
    {
        var a = Model(Pages);
        var b = Model(Pages);
        Assert.NotSame(a, b);
        Assert.Equal(new IndexInput(a), new IndexInput(b));
        Assert.Equal(new IndexInput(a).GetHashCode(), new IndexInput(b).GetHashCode());
    }

    [Fact]
    public void Editing_a_title_leaves_the_input_equal_and_other_edits_do_not()
    {
        var before = new IndexInput(Model(Pages));
        foreach (var (from, to, changesIndex) in Edits)
        {
            var after = new IndexInput(Model(Edited(Pages, from, to)));
            Assert.True(before.Equals(after) != changesIndex, $"{from} -> {to}");
        }
    }

    [Fact]
    public void Equal_inputs_make_equal_indexes()
    {
        var edits = Gen.Select(Gen.Int[0, Edits.Length - 1], Gen.Int[0, Edits.Length - 1], (a, b) => (a, b));
        edits.Sample(pair =>
        {
            var first = Model(Edited(Pages, Edits[pair.a].From, Edits[pair.a].To));
            var second = Model(Edited(Pages, Edits[pair.b].From, Edits[pair.b].To));
            if (new IndexInput(first).Equals(new IndexInput(second)))
            {
                Assert.Equal(CatalogPartitioner.Index(first), CatalogPartitioner.Index(second));
            }
        }, iter: 200);
    }

    private static string[] Edited(string[] pages, string from, string to)
    {
        var edited = (string[])pages.Clone();
        Assert.Contains(from, edited[1]);
        edited[1] = edited[1].Replace(from, to);
        return edited;
    }

    private static CatalogModel Model(string[] pages)
    {
        var options = new PageOptions(EquatableArray<string>.Empty, false);
        var files = pages.Select((text, i) => PublicationFileParser.Parse($"/p/{i}.md", $"{i}.md", text, options))
            .Select(PreparedFile.Create).ToImmutableArray();
        return CatalogBuilder.Build(files, new CatalogOptions("Catalog", "Consumer", null)).Model;
    }
}
