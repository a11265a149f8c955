using PubCatalog.Generator.Model;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// A page's repeated labels, venues, awards and tags are kept once per file (what the driver holds between runs, and the
/// collector copies, is that much smaller), while equal values still compare equal and different ones stay apart.
/// </summary>
public class SharedValuesTests
{
    private const string Page =
        "First Paper  \nAda Lovelace, Alan Turing  \n*NeurIPS 2021* (Oral)  \n[PDF](/a.pdf) [Code](https://github.com/a)\n\n" +
        "Second Paper  \nAda Lovelace, Grace Hopper  \n*NeurIPS 2021* (Oral)  \n[PDF](/b.pdf) [Code](https://github.com/b)\n\n" +
        "Third Paper  \nGrace Hopper, Alan Turing  \n*ICML 2021*  \n[PDF](/c.pdf)\n";

    [Fact]
    public void Repeated_labels_venues_and_awards_are_one_object_per_file()
    {
        var publications = ParserHarness.Parse(Page, "/project/publications.md").Publications;

        Assert.Equal(3, publications.Count);
        Assert.Same(publications[0].Venue, publications[1].Venue);
        Assert.Same(publications[0].Links[0].Label, publications[1].Links[0].Label);
        Assert.Same(publications[0].Links[0].Label, publications[2].Links[0].Label);
        Assert.Same(publications[0].Links[1].Label, publications[1].Links[1].Label);
        Assert.Same(publications[0].Awards[0], publications[1].Awards[0]);
        // Sharing keeps values apart that differ, and the addresses are each entry's own.
        Assert.NotEqual(publications[0].Venue, publications[2].Venue);
        Assert.Equal(["/a.pdf", "/b.pdf", "/c.pdf"], publications.Select(p => p.Links[0].Url));
        Assert.Equal("ICML", publications[2].Venue.Acronym);
    }

    [Fact]
    public void Files_read_one_after_another_share_their_venue_readings_and_keep_their_own_labels()
    {
        var first = ParserHarness.Parse(Page, "/project/a.md").Publications;
        var second = ParserHarness.Parse(Page, "/project/b.md").Publications;

        // Equal by value, so a file parsed again still caches. A venue line's reading depends on its text alone, and the
        // readings go on from file to file on a thread (a site's pages, and a run after the one before, name the same
        // lines): the same venue object. The table of other values (labels, awards, tags) is emptied for the next file.
        Assert.Equal(first[0].Venue, second[0].Venue);
        Assert.Same(first[0].Venue, second[0].Venue);
        Assert.Equal(first[0].Awards, second[0].Awards);
        Assert.NotSame(first[0].Links[0].Label, second[0].Links[0].Label);
    }

    [Fact]
    public void A_venue_with_a_badge_is_read_once_and_apart_from_the_same_text_without_one()
    {
        const string Badged = "*Long Symposium on Systems ([**LSS 2024**](https://x.org/lss)), Boston, 2024.*";
        const string Plain = "*Long Symposium on Systems (LSS 2024), Boston, 2024.*";
        var publications = ParserHarness.Parse(
            $"**One**  \nAda Lovelace, Alan Turing  \n{Badged}  \n[PDF](https://x.org/1.pdf)\n\n"
            + $"**Two**  \nAda Lovelace, Grace Hopper  \n{Badged}  \n[PDF](https://x.org/2.pdf)\n\n"
            + $"**Three**  \nGrace Hopper, Alan Turing  \n{Plain}  \n[PDF](https://x.org/3.pdf)\n",
            "/project/publications.md").Publications;

        // The badge names the acronym; the same text without it is read as it reads alone.
        var text = "Long Symposium on Systems (LSS 2024), Boston, 2024.";
        Assert.Equal(VenueReader.Read(text, "LSS 2024", new List<string>()).Venue, publications[0].Venue);
        Assert.Same(publications[0].Venue, publications[1].Venue);
        Assert.Equal("LSS", publications[0].Venue.Acronym);
        Assert.Equal(VenueReader.Read(text, null, new List<string>()).Venue, publications[2].Venue);
        Assert.NotEqual(publications[0].Venue, publications[2].Venue);
    }

    [Fact]
    public void The_venue_readings_of_a_page_of_thousands_of_distinct_venues_are_let_go()
    {
        // More distinct venue lines than the thread keeps readings of (4,096): the readings are not kept for the next page.
        var many = string.Concat(Enumerable.Range(0, 4_200).Select(i => $"Paper {i}  \nAda Lovelace, Alan Turing  \n*Workshop Number {i} 2021*\n\n"));
        var first = ParserHarness.Parse(many, "/project/a.md").Publications;
        var second = ParserHarness.Parse("Again  \nAda Lovelace, Alan Turing  \n*Workshop Number 7 2021*\n", "/project/b.md").Publications;

        Assert.Equal(4_200, first.Count);
        Assert.Equal(first[7].Venue, second[0].Venue);
        Assert.NotSame(first[7].Venue, second[0].Venue);
    }

    [Fact]
    public void A_venue_line_read_again_gives_the_same_venue_and_its_honours_each_time()
    {
        var publications = ParserHarness.Parse(
            "One  \nAda Lovelace, Alan Turing  \n<span>NSDI 2024, Best Paper Award</span>\n\n"
            + "Two  \nAda Lovelace, Grace Hopper  \n<span>NSDI 2024, Best Paper Award</span>\n\n"
            + "Three  \nGrace Hopper, Alan Turing  \n<span>NSDI 2024</span>\n\n"
            + "Four  \nGrace Hopper, Ada Lovelace  \n<span>NSDI 2024, Best Paper Award</span>\n",
            "/project/publications.md").Publications;

        Assert.Equal([["Best Paper Award"], ["Best Paper Award"], [], ["Best Paper Award"]], publications.Select(p => p.Awards.ToArray()));
        Assert.Equal([2024, 2024, 2024, 2024], publications.Select(p => p.Year));
        Assert.Same(publications[0].Venue, publications[1].Venue);
        Assert.Same(publications[0].Venue, publications[3].Venue);
        Assert.Equal(new VenueModel("NSDI", "NSDI", "Conference", "NSDI 2024"), publications[2].Venue);
    }
}
