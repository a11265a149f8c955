using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>Pages of scraped cards: from the first card on, the lines are the card reader's, not Markdown.</summary>
public class CardPageTests
{
    private const string Cards =
        "Foundry Foundry 01 / Foundry: Graph Materialization for Cold Start\n" +
        "In submission · X Liu*, Y Wu*, I Stoica\n" +
        "Reconstructs executable graphs online.\n" +
        "- Reduces cold-start latency by up to 99%.\n" +
        "#LLM Serving#CUDA Graphs\n" +
        "RLBoost RLBoost 02 / RLBoost: Harvesting Preemptible Resources\n" +
        "NSDI 2026 · Y Wu*, X Liu*, I Stoica\n" +
        "Offloads rollouts to preemptible instances.\n" +
        "#Reinforcement Learning\n";

    [Fact]
    public void A_page_of_cards_from_its_first_line_is_the_card_readers_alone()
    {
        // A card line with more '[' than Markdig is given in one paragraph: the card reader reads it as text, so the page
        // has nothing that was "not read" (PUB0016 was reported here while Markdig parsed the cards for nothing).
        var page = "\n" + Cards.Replace("Offloads rollouts", new string('[', 2001) + " Offloads rollouts");
        var result = ParserHarness.Parse(page, "/project/cards.md", "X Liu");

        Assert.Equal(["Foundry: Graph Materialization for Cold Start", "RLBoost: Harvesting Preemptible Resources"], result.Publications.Select(p => p.Title));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PUB0016");
        Assert.StartsWith(new string('[', 2001), result.Publications[1].Summary);
    }

    [Fact]
    public void Markdown_before_the_first_card_is_still_read()
    {
        var page = "## 2023\n\nAn Earlier Paper\\\nX Liu, A B\\\n<span>OSDI</span>\n\n" + Cards;
        var result = ParserHarness.Parse(page, "/project/cards.md", "X Liu");

        Assert.Equal(["An Earlier Paper", "Foundry: Graph Materialization for Cold Start", "RLBoost: Harvesting Preemptible Resources"], result.Publications.Select(p => p.Title));
        Assert.Equal([2023, null, 2026], result.Publications.Select(p => p.Year));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public void A_tag_written_twice_on_a_card_is_kept_once_where_it_first_comes(int distinct)
    {
        // A few tags are checked one against another, many with a set: both keep the first of each, in order.
        var names = Enumerable.Range(0, distinct).Select(i => $"Tag {i:D2}").ToList();
        var written = names.Concat(names.AsEnumerable().Reverse()).Prepend(names[^1]).ToList();
        var card = "Alpha Alpha 01 / Alpha: A Tagged Paper\nNSDI 2024 · A Person\nWhat it does.\n#" + string.Join("#", written) + "\n";

        var publication = Assert.Single(ParserHarness.Parse(card, "/project/cards.md").Publications);

        Assert.Equal(written.Distinct(), publication.Tags);
    }
}
