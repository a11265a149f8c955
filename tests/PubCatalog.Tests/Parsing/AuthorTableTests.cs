using PubCatalog.Generator.Model;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// Author names and authors are shared across pages through a process-wide table (<c>AuthorTable</c>): pages read one
/// after another hand out the same objects for the same author, while every value stays what that page says, also when
/// pages are read on several threads at once.
/// </summary>
[Collection(AuthorTableCollection.Name)]
public class AuthorTableTests
{
    private static string Page(string title, string authors) => $"{title}  \n{authors}  \n*ICML 2021*\n";

    [Fact]
    public void Pages_read_one_after_another_share_their_authors_names_and_marks_apart()
    {
        var first = ParserHarness.Parse(Page("First Paper", "Ada Lovelace, Grace Hopper*"), "/project/a.md").Publications[0];
        var second = ParserHarness.Parse(Page("Second Paper", "Grace Hopper*, Ada Lovelace"), "/project/b.md").Publications[0];
        var third = ParserHarness.Parse(Page("Third Paper", "**Ada Lovelace**, Grace Hopper"), "/project/c.md").Publications[0];

        Assert.Same(first.Authors[0], second.Authors[1]);
        Assert.Same(first.Authors[1], second.Authors[0]);
        // Other marks are another author, with the same name.
        Assert.Equal(new AuthorModel("Ada Lovelace", true, false), third.Authors[0]);
        Assert.Equal(new AuthorModel("Grace Hopper", false, false), third.Authors[1]);
        Assert.Same(first.Authors[0].Name, third.Authors[0].Name);
        Assert.Same(first.Authors[1].Name, third.Authors[1].Name);
    }

    [Fact]
    public void A_page_reads_as_alone_after_the_page_whose_author_table_it_takes_over()
    {
        // Each page's table of authors is handed to the next page read on the thread, its names kept and who is the
        // owner forgotten when the owner differs: nothing of the first page (its owner, more names than the table first
        // has room for, so it grows) may show in the second.
        var many = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"Coauthor Number{i:D3}"));
        var owned = ParserHarness.Parse(Page("First Paper", "Ada Lovelace, " + many), "/project/a.md", "Ada Lovelace").Publications[0];
        var next = ParserHarness.Parse(Page("Second Paper", "Coauthor Number007, Ada Lovelace, Grace Hopper"), "/project/b.md").Publications[0];

        Assert.Equal(301, owned.Authors.Count);
        Assert.True(owned.Authors[0].IsSelf);
        Assert.Equal(
            new[] { new AuthorModel("Coauthor Number007", false, false), new AuthorModel("Ada Lovelace", false, false), new AuthorModel("Grace Hopper", false, false) },
            next.Authors.ToArray());
    }

    [Fact]
    public void Pages_of_one_owner_share_the_table_and_the_owner_stays_the_owner()
    {
        var first = ParserHarness.Parse(Page("First Paper", "Ada Lovelace, Grace Hopper"), "/project/a.md", "Ada Lovelace").Publications[0];
        var second = ParserHarness.Parse(Page("Second Paper", "Grace Hopper, Ada Lovelace"), "/project/b.md", "Ada Lovelace").Publications[0];
        var other = ParserHarness.Parse(Page("Third Paper", "Grace Hopper, Ada Lovelace"), "/project/c.md", "Grace Hopper").Publications[0];

        Assert.Equal([new AuthorModel("Ada Lovelace", true, false), new AuthorModel("Grace Hopper", false, false)], first.Authors.ToArray());
        Assert.Equal([new AuthorModel("Grace Hopper", false, false), new AuthorModel("Ada Lovelace", true, false)], second.Authors.ToArray());
        Assert.Same(first.Authors[0], second.Authors[1]);
        Assert.Equal([new AuthorModel("Grace Hopper", true, false), new AuthorModel("Ada Lovelace", false, false)], other.Authors.ToArray());

        // Back to the first owner, with marks: each name with each pair of marks is its own author.
        var again = ParserHarness.Parse(Page("Fourth Paper", "Grace Hopper\\*, Ada Lovelace\\*, Grace Hopper"), "/project/d.md", "Ada Lovelace").Publications[0];
        Assert.Equal(
            [new AuthorModel("Grace Hopper", false, true), new AuthorModel("Ada Lovelace", true, true), new AuthorModel("Grace Hopper", false, false)],
            again.Authors.ToArray());
        Assert.Same(second.Authors[0], again.Authors[2]);
    }

    [Fact]
    public void Names_longer_than_the_table_keeps_are_read_but_not_kept()
    {
        var longName = "Ada " + new string('x', PubCatalog.Generator.Parsing.AuthorTable.MaxLength) + " Lovelace";
        // A name no other test reads: a name another test left in this thread's table may hold an author the process's
        // table has since let go of (equal, not the same object).
        var first = ParserHarness.Parse(Page("First Paper", longName + ", Grace Longtest"), "/project/a.md").Publications[0];
        var second = ParserHarness.Parse(Page("Second Paper", longName + ", Grace Longtest"), "/project/b.md").Publications[0];

        Assert.Equal(longName, first.Authors[0].Name);
        Assert.Equal(first.Authors[0], second.Authors[0]);
        Assert.NotSame(first.Authors[0].Name, second.Authors[0].Name);
        Assert.Same(first.Authors[1], second.Authors[1]);
    }

    [Fact]
    public async Task Pages_read_on_four_threads_at_once_read_as_they_do_alone()
    {
        // 300 names of one length over 8,192 slots: some share a slot, so a name found there must be checked, not assumed.
        var names = Enumerable.Range(0, 300).Select(i => $"Author Number{i:D3} Family{i % 7}").ToArray();
        (string Text, AuthorModel[] Authors) PageOf(int seed)
        {
            var random = new Random(seed);
            var authors = new List<AuthorModel>();
            var text = string.Concat(Enumerable.Range(0, 20).Select(e =>
                Page($"Paper {seed} {e}", string.Join(", ", Enumerable.Range(0, 6).Select(_ =>
                {
                    var name = names[random.Next(names.Length)];
                    var marks = random.Next(4);
                    authors.Add(new AuthorModel(name, marks == 0, marks == 1));
                    return marks switch { 0 => "**" + name + "**", 1 => name + "*", _ => name };
                }))) + "\n"));
            return (text, authors.ToArray());
        }

        var pages = Enumerable.Range(0, 16).Select(PageOf).ToArray();
        var threads = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var round = 0; round < 25; round++)
            {
                for (var i = 0; i < pages.Length; i++)
                {
                    var (text, expected) = pages[(i + t * 5 + round) % pages.Length];
                    Assert.Equal(expected, ParserHarness.Parse(text, "/project/p.md").Publications.SelectMany(x => x.Authors));
                }
            }
        })).ToArray();
        await Task.WhenAll(threads);
    }
}

/// <summary>The tests that watch the process-wide author table run alone, so no other test replaces its entries meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuthorTableCollection
{
    public const string Name = "AuthorTable";
}
