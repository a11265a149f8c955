using System.Collections.Immutable;
using CsCheck;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// Papers are merged across files by a 32-bit hash of their folded title (<c>EntryKeys.MergeHash</c>), so the driver
/// keeps no folded title per entry. The hash must be the folded title's, whichever path makes it, and two titles that
/// share a hash must still be told apart.
/// </summary>
public class MergeHashTests
{
    [Fact]
    public void The_hash_of_a_title_is_the_hash_of_its_folded_title()
    {
        var titles = Gen.Frequency(
                (20, Gen.Char[' ', '~']),
                (2, Gen.OneOf(Gen.Const('\''), Gen.Const('’'), Gen.Const('é'), Gen.Const('ß'), Gen.Const('Ä'))),
                (1, Gen.Char['\u00a0', '\u024f']))
            .Array[0, 80].Select(chars => new string(chars));
        titles.Sample(title => Assert.Equal(EntryKeys.Hash(TextUtil.TitleKey(title)), EntryKeys.MergeHashOf(title)), iter: 20_000);
        Assert.Equal(0u, EntryKeys.MergeHashOf(" -- ’ "));
        Assert.Equal(EntryKeys.MergeHashOf("Can’t Be Late!"), EntryKeys.MergeHashOf("cant be late"));
    }

    [Fact]
    public void Titles_with_one_hash_are_not_merged_and_each_still_merges_with_its_own_repeat()
    {
        // Found by a birthday search over "A Study of " and six letters (7.1 million words tried; FNV-1a spreads such
        // near-alike texts well). Should the hash change, search again: this test needs two titles with one hash.
        const string first = "A Study of boczfa";
        const string second = "A Study of xfbppa";
        Assert.Equal(EntryKeys.MergeHashOf(first), EntryKeys.MergeHashOf(second));

        var a = ParserHarness.Parse($"{first}\\\nAda Lovelace, Alan Turing\\\n<span>arXiv preprint 2023</span>\n", "/project/a.md");
        var b = ParserHarness.Parse(
            $"{second}\\\nGrace Hopper, Alan Turing\\\n<span>arXiv preprint 2023</span>\n\n"
            + $"{first}\\\nAda Lovelace, Alan Turing\\\n<span>OSDI 2023</span>\n\n"
            + $"{second.ToUpperInvariant()}\\\nGrace Hopper, Alan Turing\\\n<span>SOSP 2023</span>\n", "/project/b.md");
        var result = CatalogBuilder.Build(ImmutableArray.Create(a, b), new CatalogOptions("Publications", null));

        // Two papers, each the conference version of its own preprint.
        var entries = result.Model.Entries;
        Assert.Equal(2, entries.Count);
        Assert.Equal(["OSDI", "SOSP"], entries.Select(e => e.Publication.Venue.Name).OrderBy(v => v, StringComparer.Ordinal));
        Assert.Equal([first, second.ToUpperInvariant()], entries.Select(e => e.Publication.Title).OrderBy(t => t == first ? 0 : 1));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "PUB0010"));
    }
}
