using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// A link's kind comes from its label, and labels classified lately are remembered in a small table shared by every page:
/// what the table gives must be what the label says, whichever labels came before it and shared its slot.
/// </summary>
public class LinkKindTests
{
    [Theory]
    [InlineData("PDF", "Paper")]
    [InlineData("Code", "Code")]
    [InlineData("Code and data", "Code")]
    [InlineData("Vicuna Blog", "Blog")]
    [InlineData("slides", "Slides")]
    [InlineData("Project Page", "Project")]
    [InlineData("BibTeX", "Other")]
    [InlineData("Artefacts", "Other")]
    public void A_label_names_its_kind_the_first_time_and_every_time_after(string label, string kind)
    {
        Assert.Equal(kind, LinkReader.Classify(label));
        Assert.Equal(kind, LinkReader.Classify(label));
        // A label equal in text but another string object is the same label.
        Assert.Equal(kind, LinkReader.Classify(new string(label.ToCharArray())));
    }

    [Fact]
    public void Labels_that_share_a_slot_of_the_table_keep_their_own_kinds()
    {
        // Far more labels than the table has slots, of every kind, asked for in rounds: many share a slot with a label of
        // another kind, so a table that handed out the kind of whatever it held there would be caught.
        var words = new[] { "paper", "code", "slides", "talk", "video", "dataset", "blog", "poster", "project", "errata", "misc" };
        var labels = Enumerable.Range(0, 3000).Select(i => $"{words[i % words.Length]} {i}").ToList();
        for (var round = 0; round < 3; round++)
        {
            foreach (var label in round == 1 ? Enumerable.Reverse(labels) : labels)
            {
                Assert.Equal(LinkReader.ClassifyAfresh(label), LinkReader.Classify(label));
            }
        }

        Assert.Equal("Other", LinkReader.Classify("errata 12"));
        Assert.Equal("Slides", LinkReader.Classify("slides 13"));
    }
}
