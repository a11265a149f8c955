using PubCatalog.Generator.Model;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Parsing;

/// <summary>The five seed pages: entry counts and the exact fields of entries in each shape.</summary>
public class SeedParsingTests
{
    [Theory]
    [InlineData("000", 12)]
    [InlineData("001", 14)]
    [InlineData("002", 10)]
    [InlineData("003", 7)]
    [InlineData("004", 18)]
    public void Seed_yields_every_entry_outside_comments(string seed, int expected)
    {
        var result = ParserHarness.ParseSeed(seed);

        Assert.Equal(expected, result.Publications.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "PUB0001" or "PUB0002" or "PUB0003" or "PUB0005" or "PUB0012");
    }

    [Fact]
    public void Backslash_lines_with_span_venue_and_anchor_links()
    {
        var entries = ParserHarness.ParseSeed("000").Publications;

        var cantBeLate = entries[2];
        Assert.Equal("Can't Be Late: Optimizing Spot Instance Savings under Deadlines", cantBeLate.Title);
        Assert.Equal("<em>Can&#39;t Be Late</em>: Optimizing Spot Instance Savings under Deadlines", cantBeLate.TitleHtml);
        Assert.Equal("Can't Be Late", cantBeLate.ShortName);
        Assert.Equal(["Zhanghao Wu", "Wei-Lin Chiang", "Ziming Mao", "Zongheng Yang", "Eric Friedman", "Scott Shenker", "Ion Stoica"], cantBeLate.Authors.Select(a => a.Name));
        Assert.Equal(["Ziming Mao"], cantBeLate.Authors.Where(a => a.IsSelf).Select(a => a.Name));
        Assert.Equal(new VenueModel("NSDI", "NSDI", "Conference", "NSDI 2024, Outstanding Paper Award"), cantBeLate.Venue);
        Assert.Equal(2024, cantBeLate.Year);
        Assert.Equal(["Outstanding Paper Award"], cantBeLate.Awards);
        Assert.Equal(
            [new LinkModel("Paper", "Paper", "https://www.usenix.org/system/files/nsdi24-wu-zhanghao.pdf"), new LinkModel("Code", "Code", "https://github.com/skypilot-org/spot-traces")],
            cantBeLate.Links);
        Assert.Equal(10, cantBeLate.Location.Line);

        var summN = entries[7];
        Assert.Equal("SummN: A Multi-Stage Summarization Framework for Long Input Dialogues and Documents", summN.Title);
        Assert.Equal("<em>Summ<sup>N</sup></em>: A Multi-Stage Summarization Framework for Long Input Dialogues and Documents", summN.TitleHtml);
        Assert.Equal("SummN", summN.ShortName);
        Assert.Equal("ACL", summN.Venue.Name);
        Assert.Equal(2022, summN.Year);

        var skyLb = entries[1];
        Assert.Equal("SkyLB", skyLb.ShortName);
        Assert.Equal(new VenueModel("arXiv", null, "Preprint", "arXiv preprint"), skyLb.Venue);
        Assert.Equal(2025, skyLb.Year); // from the arXiv id 2505.24095
    }

    [Fact]
    public void Equal_contribution_marks_after_bold_self()
    {
        var entries = ParserHarness.ParseSeed("001").Publications;

        var skyServe = entries.Single(e => e.ShortName == "SkyServe");
        Assert.Equal(new AuthorModel("Ziming Mao", true, true), skyServe.Authors[0]);
        Assert.Equal(new AuthorModel("Tian Xia", false, true), skyServe.Authors[1]);
        Assert.Equal(new AuthorModel("Zhanghao Wu", false, false), skyServe.Authors[2]);
        Assert.Equal(new VenueModel("EuroSys", "EuroSys", "Conference", "EuroSys 2025"), skyServe.Venue);

        var spirit = entries.Single(e => e.ShortName == "Spirit");
        Assert.Equal("Spirit: Fairness for Interdependent Cache and Bandwidth Resources", spirit.Title);
        Assert.Empty(spirit.Links);
        Assert.Equal(2025, spirit.Year);

        var leann = entries.Single(e => e.ShortName == "LEANN");
        Assert.Equal("Workshop", leann.Venue.Kind);
        Assert.Equal("https://www.arxiv.org/abs/2506.08276", leann.Links[0].Url);

        var trinity = entries.Single(e => e.ShortName == "Trinity");
        Assert.Equal(["Best Student Paper Award"], trinity.Awards);
        Assert.Equal("EuroSys", trinity.Venue.Name);
    }

    [Fact]
    public void Front_matter_year_sections_bold_titles_and_badge_venues()
    {
        var result = ParserHarness.ParseSeed("002");
        var entries = result.Publications;

        var streamRl = entries[0];
        Assert.Equal("StreamRL: Scalable, Heterogeneous, and Elastic RL for LLMs with Disaggregated Stream Generation", streamRl.Title);
        Assert.Equal("StreamRL: Scalable, Heterogeneous, and Elastic RL for LLMs with Disaggregated Stream Generation", streamRl.TitleHtml);
        Assert.Equal(new VenueModel("Preprint", null, "Preprint", "In Preprint."), streamRl.Venue);
        Assert.Equal(2025, streamRl.Year); // from the "## 2025" section
        Assert.Equal([new LinkModel("PDF", "Paper", "https://arxiv.org/pdf/2504.15930")], streamRl.Links);
        Assert.Equal(14, streamRl.Authors.Count);
        Assert.True(streamRl.Authors[4].IsSelf);

        var megaScale = entries[1];
        Assert.Equal(20, megaScale.Authors.Count); // the author list wraps over four lines
        Assert.Equal(["Ruidong Zhu", "Ziheng Jiang", "Chao Jin"], megaScale.Authors.Where(a => a.IsEqualContribution).Select(a => a.Name));
        Assert.Equal("Xin Liu", megaScale.Authors[^1].Name);
        Assert.Equal("/files/papers/Preprint-MegaScale-Infer.pdf", megaScale.Links[0].Url);

        var faaspr = entries[3];
        Assert.Equal(new VenueModel("IEEE Transactions on Networking", "TON", "Journal", "IEEE Transactions on Networking (TON), 2025."), faaspr.Venue);
        Assert.Equal(2025, faaspr.Year);

        var jolteon = entries.Single(e => e.ShortName == "Jolteon");
        Assert.Equal("NSDI", jolteon.Venue.Acronym);
        Assert.Equal("Conference", jolteon.Venue.Kind);
        Assert.Equal(2024, jolteon.Year);
        Assert.Equal(["PDF", "Slides"], jolteon.Links.Select(l => l.Label));
        Assert.Equal(["Paper", "Slides"], jolteon.Links.Select(l => l.Kind));

        Assert.DoesNotContain(entries, e => e.Title.StartsWith("MegaScale-MoE", StringComparison.Ordinal)); // inside <!-- -->
    }

    [Fact]
    public void Cards_with_summary_highlights_and_tags()
    {
        var entries = ParserHarness.ParseSeed("003", "Xiaoxuan Liu").Publications;

        var foundry = entries[0];
        Assert.Equal("Foundry: Template-Based CUDA Graph Context Materialization for Fast LLM Serving Cold Start", foundry.Title);
        Assert.Equal("Foundry", foundry.ShortName);
        Assert.Equal("InSubmission", foundry.Venue.Kind);
        Assert.Null(foundry.Year);
        Assert.Equal(["X Liu", "Y Wu", "Y Yao", "D Zhuo", "I Stoica", "ZM Mao"], foundry.Authors.Select(a => a.Name));
        Assert.Equal(new AuthorModel("X Liu", true, true), foundry.Authors[0]);
        Assert.Equal("Persists CUDA graph topology and execution context offline, then reconstructs executable graphs online with negligible overhead.", foundry.Summary);
        Assert.Equal(3, foundry.Highlights.Count);
        Assert.Equal("Reduces LLM serving cold-start latency by up to 99%.", foundry.Highlights[2]);
        Assert.Equal(["LLM Serving", "CUDA Graphs", "Cold Start", "Context Materialization"], foundry.Tags);

        var cake = entries[4];
        Assert.Equal("Compute Or Load KV Cache? Why Not Both? (CAKE)", cake.Title);
        Assert.Equal("CAKE", cake.ShortName);
        Assert.Equal(new VenueModel("ICML", "ICML", "Conference", "ICML 2025"), cake.Venue);
        Assert.Equal(2025, cake.Year);

        var lte = entries[5];
        Assert.Equal("NeurIPS", lte.Venue.Name);
        Assert.Equal(["Spotlight"], lte.Awards);

        var mm2 = entries[6];
        Assert.Equal("mm2-gb", mm2.ShortName);
        Assert.Equal("ACM BCB", mm2.Venue.Name);
        Assert.Equal(["Oral"], mm2.Awards);
    }

    [Fact]
    public void Link_rows_honours_in_parentheses_and_mojibake()
    {
        var result = ParserHarness.ParseSeed("004");
        var entries = result.Publications;

        var sglang = entries[0];
        Assert.Equal("Efficiently Programming Large Language Models using SGLang", sglang.Title);
        Assert.Null(sglang.ShortName);
        Assert.Equal(new AuthorModel("Lianmin Zheng", true, true), sglang.Authors[0]);
        Assert.Equal(new AuthorModel("Ying Sheng", false, true), sglang.Authors[^1]);
        Assert.Equal(new VenueModel("Preprint", null, "Preprint", "Preprint 2023"), sglang.Venue);
        Assert.Equal([new LinkModel("paper", "Paper", "https://arxiv.org/abs/2312.07104"), new LinkModel("code", "Code", "https://github.com/sgl-project/sglang")], sglang.Links);

        var lmsys = entries[1];
        Assert.Equal("ICLR", lmsys.Venue.Name);
        Assert.Equal(2024, lmsys.Year);
        Assert.Equal(["Spotlight"], lmsys.Awards);
        Assert.Equal("Dataset", lmsys.Links[1].Kind);

        var judge = entries[2];
        Assert.Equal(["paper", "Vicuna Blog", "MT-Bench Blog", "code"], judge.Links.Select(l => l.Label));
        Assert.Equal(["Paper", "Blog", "Blog", "Code"], judge.Links.Select(l => l.Kind));
        Assert.Equal("NeurIPS", judge.Venue.Name);

        var blueprint = entries.Single(e => e.Title.StartsWith("A Hardware-Software Blueprint", StringComparison.Ordinal));
        Assert.Equal("Journal", blueprint.Venue.Kind);
        Assert.Equal(["Best paper award"], blueprint.Awards);

        var mojibake = Assert.Single(result.Diagnostics, d => d.Id == "PUB0007");
        Assert.Equal(["Christopher RÃ©", "Christopher Ré"], mojibake.MessageArgs);
        Assert.Equal(67, mojibake.Location!.Line);
    }
}
