using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// A page's lines keep their segments side by side in a few shared arrays, and the lines and arrays are handed from page
/// to page on a thread. Every line must read back its own segments however the arrays fill, a line made over must keep
/// nothing of its last reading, and a page read after another must read as it does alone.
/// </summary>
public sealed class LineStoreTests
{
    [Fact]
    public void Every_line_reads_back_its_own_segments_across_many_arrays_and_after_the_store_is_reused()
    {
        var store = new LineStore();
        // Twice over one store: the second page gets the arrays the first one left (fewer, and not the longest).
        for (var page = 0; page < 2; page++)
        {
            var lines = new List<(SegmentList List, InlineSegment[] Written)>();
            // Lengths from 1 to 40 segments: lines that fill an array to its end and lines that must start the next one
            // (more arrays than are kept); the fourth, of 3,000, is longer than the largest array, and on the second page
            // longer than the array kept where it comes.
            var lengths = Enumerable.Range(0, 600).Select(i => i == 3 ? 3000 : 1 + (i * 7 % 40)).ToList();
            var buffer = new InlineSegment[3000];
            foreach (var (length, lineNumber) in lengths.Select((length, i) => (length, i)))
            {
                var written = Enumerable.Range(0, length).Select(s => new InlineSegment($"{page}:{lineNumber}:{s}", InlineStyle.None, lineNumber, s)).ToArray();
                written.CopyTo(buffer, 0);
                lines.Add((store.Add(buffer, length), written));
            }

            foreach (var (list, written) in lines)
            {
                Assert.Equal(written.Select(s => s.Text), list.Select(s => s.Text));
                Assert.Equal(written.Select(s => (s.Line, s.Column)), Enumerable.Range(0, list.Count).Select(i => (list[i].Line, list[i].Column)));
            }

            store.Release();
        }
    }

    [Fact]
    public void A_released_store_keeps_no_text_and_is_the_next_one_taken_on_the_thread()
    {
        var store = LineStore.Acquire();
        var list = store.Add([new InlineSegment("Ada Lovelace", InlineStyle.Bold, 3, 0)], 1);
        Assert.Equal("Ada Lovelace", list[0].Text);

        store.Release();

        // Emptied, so a page's strings are not kept alive by the spare; and handed on rather than made again.
        Assert.Null(list[0].Text);
        Assert.Same(store, LineStore.Acquire());
    }

    [Fact]
    public void A_kept_line_is_made_over_with_nothing_of_its_last_reading()
    {
        var store = new LineStore();
        var names = store.Line(store.Add([new InlineSegment("Ada Lovelace, Alan Turing", InlineStyle.None, 1, 0)], 1), 1, 0);
        Assert.True(AuthorListReader.LooksLikeAuthorLine(names));
        Assert.Equal("Ada Lovelace, Alan Turing", names.TextOutsideLinks());
        store.Release();

        var title = store.Line(store.Add([new InlineSegment("A Study of Things", InlineStyle.Italic, 5, 2)], 1), 5, 2);

        // The same object, read afresh: its text, its place and every answer kept from its last line.
        Assert.Same(names, title);
        Assert.Equal(("A Study of Things", 5, 2), (title.PlainText, title.Line, title.Column));
        Assert.False(AuthorListReader.LooksLikeAuthorLine(title));
        Assert.Equal("A Study of Things", title.TextOutsideLinks());
        Assert.True(title.IsAll(InlineStyle.Italic));
    }

    [Fact]
    public void A_line_taken_back_is_the_next_one_handed_out()
    {
        var store = new LineStore();
        var blank = store.Line(store.Add([new InlineSegment(" ", InlineStyle.None, 0, 0)], 1), 0, 0);
        store.TakeBackLastLine();
        var next = store.Line(store.Add([new InlineSegment("Grace Hopper", InlineStyle.None, 1, 0)], 1), 1, 0);
        var after = store.Line(store.Add([new InlineSegment("ICML 2020", InlineStyle.None, 2, 0)], 1), 2, 0);

        Assert.Same(blank, next);
        Assert.NotSame(next, after);
        Assert.Equal(["Grace Hopper", "ICML 2020"], new[] { next.PlainText, after.PlainText });
    }

    [Fact]
    public void A_line_forgotten_once_its_block_is_read_keeps_no_text_in_the_stores_arrays()
    {
        var store = new LineStore();
        var segments = store.Add([new InlineSegment("Ada Lovelace", InlineStyle.Bold, 1, 0)], 1);
        var line = store.Line(segments, 1, 0);

        line.Forget();

        // The store keeps its arrays until the page is read: the block's text must not live as long.
        Assert.Null(segments[0].Text);
        Assert.Equal("", line.PlainText);
    }

    [Fact]
    public void Pages_read_one_after_another_read_as_each_does_alone()
    {
        const string Long =
            "First Paper  \nAda Lovelace, Alan Turing  \n*NeurIPS 2021* (Oral)  \n[PDF](/a.pdf) [Code](https://github.com/a)\n\n";
        const string Other =
            "- **A Study of Things**<br>Grace Hopper, *Alan Turing*<br><span>ICML 2020</span> [[PDF](/c.pdf)]\n";
        var longPage = string.Concat(Enumerable.Repeat(Long, 300));

        var alone = ParserHarness.Parse(Other, "/project/b.md");
        var first = ParserHarness.Parse(longPage, "/project/a.md");
        var after = ParserHarness.Parse(Other, "/project/b.md");
        var again = ParserHarness.Parse(longPage, "/project/a.md");

        Assert.Equal(300, first.Publications.Count);
        Assert.Equal(alone, after);
        Assert.Equal(first, again);
        Assert.Equal(["Grace Hopper", "Alan Turing"], after.Publications[0].Authors.Select(a => a.Name));
    }
}
