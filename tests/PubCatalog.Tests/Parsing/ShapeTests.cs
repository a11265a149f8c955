using PubCatalog.Generator.Model;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>One small page per input shape, including variations the seeds only hint at.</summary>
public class ShapeTests
{
    private static PublicationModel Single(string markdown, params string[] self)
    {
        var result = ParserHarness.Parse(markdown, "/project/publications.md", self);
        return Assert.Single(result.Publications);
    }

    [Fact]
    public void Two_space_breaks_with_italic_venue_and_bracketed_bold_links()
    {
        var p = Single("**Ditto: Efficient Serverless Analytics**  \n**Chao Jin**, Zili Zhang  \n*SIGCOMM 2023*  \n[**[PDF](/p.pdf)**] [**[Slides](/s.pdf)**]\n");

        Assert.Equal("Ditto: Efficient Serverless Analytics", p.Title);
        Assert.Equal("Ditto: Efficient Serverless Analytics", p.TitleHtml);
        Assert.Equal([new AuthorModel("Chao Jin", true, false), new AuthorModel("Zili Zhang", false, false)], p.Authors);
        Assert.Equal(new VenueModel("SIGCOMM", "SIGCOMM", "Conference", "SIGCOMM 2023"), p.Venue);
        Assert.Equal([new LinkModel("PDF", "Paper", "/p.pdf"), new LinkModel("Slides", "Slides", "/s.pdf")], p.Links);
    }

    [Fact]
    public void Br_tags_separate_lines_and_html_bold_marks_the_owner()
    {
        var p = Single("Learning Things<br>\nAda Lovelace, <b>Alan Turing</b>†<br>\n<span>NeurIPS 2021 (oral)</span><br>\n<a href=\"https://x.org/p.pdf\">pdf</a> | <a href='https://github.com/x'>github</a>\n");

        Assert.Equal("Learning Things", p.Title);
        Assert.Equal([new AuthorModel("Ada Lovelace", false, false), new AuthorModel("Alan Turing", true, true)], p.Authors);
        Assert.Equal(["Oral"], p.Awards);
        Assert.Equal(["Paper", "Code"], p.Links.Select(l => l.Kind));
    }

    [Fact]
    public void Equal_marks_with_a_space_and_escaped_star()
    {
        var p = Single("A Title\\\n**Me Myself** \\*, You Too\\*, Them ‡\\\n<span>ICML 2020</span>\n");

        Assert.Equal([true, true, true], p.Authors.Select(a => a.IsEqualContribution));
        Assert.Equal(["Me Myself", "You Too", "Them"], p.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Author_names_keep_one_space_between_words()
    {
        // Runs of spaces, a tab and a no-break space inside names collapse to one space, as the bold and the marks are read.
        var p = Single("A Title\\\n  Ada   Lovelace ,Grace\tMurray Hopper,  **Alan  M. Turing** , Tim\u00A0Berners-Lee \\*\\\n<span>ICML 2020</span>\n");

        Assert.Equal(["Ada Lovelace", "Grace Murray Hopper", "Alan M. Turing", "Tim Berners-Lee"], p.Authors.Select(a => a.Name));
        Assert.Equal([true, false], new[] { p.Authors[2].IsSelf, p.Authors[3].IsSelf });
        Assert.True(p.Authors[3].IsEqualContribution);
    }

    [Fact]
    public void Final_and_between_the_last_two_authors()
    {
        var p = Single("A Title\\\nAda Lovelace, Grace Hopper and **Alan Turing**\\\n<span>ICML 2020</span>\n");

        Assert.Equal(["Ada Lovelace", "Grace Hopper", "Alan Turing"], p.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Year_from_heading_then_from_arxiv_link()
    {
        var result = ParserHarness.Parse("## 2019\n\nFirst Paper  \nA B, C D  \n*In Preprint.*\n\n## Misc\n\nSecond Paper  \nA B, C D  \n*arXiv preprint*  \n[paper](https://arxiv.org/abs/1811.01234)\n");

        Assert.Equal([2019, 2018], result.Publications.Select(p => p.Year));
    }

    [Fact]
    public void Html_comments_hide_entries_and_scripts_front_matter_and_liquid_are_not_entries()
    {
        var result = ParserHarness.Parse("---\ntitle: Pubs\n---\n\n{% include base_path %}\n\n<script src=\"x.js\"></script>\n\nSee all on [Scholar](https://scholar.google.com).\n\n<!-- Hidden Paper\\\nA B, C D\\\n<span>NSDI 2020</span> -->\n\nShown Paper\\\nA B, C D\\\n<span>NSDI 2021</span>\n");

        var p = Assert.Single(result.Publications);
        Assert.Equal("Shown Paper", p.Title);
        Assert.Equal(["PUB0014"], result.Diagnostics.Select(d => d.Id)); // only the entry count
    }

    [Fact]
    public void Bold_year_line_sets_the_year()
    {
        var result = ParserHarness.Parse("**2022**\n\nA Paper  \nA B, C D  \n*Workshop on Things*\n");

        Assert.Equal(2022, Assert.Single(result.Publications).Year);
        Assert.Equal("Workshop", result.Publications[0].Venue.Kind);
    }

    [Fact]
    public void Venue_with_badge_link_and_city_and_date()
    {
        var p = Single("**Jolteon: Serverless Workflows**  \nZili Zhang, **Chao Jin**  \n*USENIX Symposium on Networked Systems Design and Implementation ([**NSDI 2024**](https://www.usenix.org/conference/nsdi24)), Santa Clara, April 16–18, 2024.*  \n[**[PDF](/files/a.pdf)**]\n");

        Assert.Equal("USENIX Symposium on Networked Systems Design and Implementation", p.Venue.Name);
        Assert.Equal("NSDI", p.Venue.Acronym);
        Assert.Equal(2024, p.Year);
        Assert.Equal([new LinkModel("PDF", "Paper", "/files/a.pdf")], p.Links); // the badge link is the venue's, not a paper link
    }

    [Theory]
    [InlineData("In submission", "InSubmission", "In submission")]
    [InlineData("Submitted to ICASSP 2025", "InSubmission", "Submitted to ICASSP")]
    [InlineData("ArXiv 2024", "Preprint", "arXiv")]
    [InlineData("IEEE Transactions on Parallel and Distributed Systems, 2024", "Journal", "IEEE Transactions on Parallel and Distributed Systems")]
    [InlineData("HotNets 2024", "Workshop", "HotNets")]
    [InlineData("ICML 2025 VecDB Workshop", "Workshop", "ICML VecDB Workshop")]
    [InlineData("TACL 2022", "Journal", "TACL")]
    [InlineData("OSDI 2022", "Conference", "OSDI")]
    [InlineData("Proceedings of the Conference on Things, 2020", "Conference", "Proceedings of the Conference on Things")]
    [InlineData("Some Gathering", "Other", "Some Gathering")]
    public void Venue_kinds_and_names(string venue, string kind, string name)
    {
        var p = Single($"A Paper\\\nA B, C D\\\n<span>{venue}</span>\n");

        Assert.Equal(kind, p.Venue.Kind);
        Assert.Equal(name, p.Venue.Name);
        Assert.Equal(venue, p.Venue.Raw);
    }

    [Fact]
    public void Self_option_matches_initials_case_and_accents()
    {
        var p = Single("A Paper\\\nX Liu, y wu, José García\\\n<span>ICML 2020</span>\n", "Xiaoxuan Liu", "Yan Wu", "Jose Garcia");

        Assert.All(p.Authors, a => Assert.True(a.IsSelf));
    }

    [Fact]
    public void Self_option_does_not_match_a_different_given_name()
    {
        var p = Single("A Paper\\\nYang Liu, Xiaoxuan Li\\\n<span>ICML 2020</span>\n", "Xiaoxuan Liu");

        Assert.All(p.Authors, a => Assert.False(a.IsSelf));
    }

    [Fact]
    public void Crlf_and_bom_give_the_same_entries_as_lf()
    {
        const string page = "A Paper\\\nA B, C D\\\n<span>ICML 2020</span>\n\nB Paper\\\nE F, G H\\\n<span>ICML 2021</span>\n";
        var lf = ParserHarness.Parse(page);
        var crlf = ParserHarness.Parse("\uFEFF" + page.Replace("\n", "\r\n"));

        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void Explicit_id_at_the_end_of_the_title()
    {
        var p = Single("My Paper {#my-paper}\\\nA B, C D\\\n<span>ICML 2020</span>\n");

        Assert.Equal("My Paper", p.Title);
        Assert.Equal("my-paper", p.ExplicitId);
    }

    [Fact]
    public void A_bold_first_line_with_names_a_quoted_title_and_a_venue_is_read_as_a_citation()
    {
        // The whole first line is one bold span, but its quotes hold the title and the names come before them: a citation
        // over two lines, not a stacked entry's title line.
        var p = Single("**Ada Lovelace. \"Notes on the Analytical Engine\"**  \n*Scientific Memoirs 1843*\n");

        Assert.Equal("Notes on the Analytical Engine", p.Title);
        // In bold, as the page's owner is.
        Assert.Equal([new AuthorModel("Ada Lovelace", true, false)], p.Authors);
    }

    [Fact]
    public void A_bold_first_line_of_names_and_a_venue_with_no_title_is_reported_not_read_as_a_title()
    {
        // One bold span with commas, over a second line: it reads as a citation whose title is missing (PUB0013), not as
        // a stacked entry whose title is a list of names.
        var result = ParserHarness.Parse("**Ada Lovelace, Alan Turing, NeurIPS 2020**  \nSee the slides\n");

        Assert.Empty(result.Publications);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB0013");
        Assert.Equal("title", diagnostic.MessageArgs[0]);
        Assert.Equal(0, diagnostic.Location!.Line);
    }
}
