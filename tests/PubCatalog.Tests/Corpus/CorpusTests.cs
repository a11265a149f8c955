using PubCatalog.Generator.Model;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Corpus;

/// <summary>
/// The real pages in ../shared/corpus: every one parses without a crash and compiles, yields the number of entries
/// counted by hand from the Markdown, and reads the fields of hand-checked entries as written.
/// </summary>
public class CorpusTests
{
    /// <summary>Entries counted by hand: list items / paragraphs that are papers, minus talks and teaching sections.</summary>
    public static TheoryData<string, int> Counts => new()
    {
        { "01_", 20 }, // 22 items; 2 run authors into the title with no separator (PUB0013)
        { "02_", 33 }, // the 7 items inside <!-- --> are a comment
        { "03_", 30 }, // 8 + 7 + 7 + 7 + 1; Conference Presentations (9), Reviewing (1), Teaching (12) skipped
        { "04_", 47 },
        { "05_", 36 }, // 42 <sub> entries, 6 of them talks, a webinar or a guest lecture
        { "06_", 10 },
        { "07_", 17 },
        { "08_", 19 },
        { "09_", 1 }, { "10_", 1 }, { "11_", 1 }, { "12_", 1 }, { "13_", 1 }, { "14_", 1 }, { "15_", 1 }, { "16_", 1 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Every_corpus_file_yields_its_hand_counted_entries(string prefix, int expected)
    {
        var result = Parse(prefix);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PUB0012");
        Assert.Equal(expected, result.Publications.Count);
        var summary = Assert.Single(result.Diagnostics, d => d.Id == "PUB0014");
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.MessageArgs[1]);
    }

    [Fact]
    public void The_whole_corpus_generates_a_catalog_that_compiles()
    {
        var files = CorpusFiles().Select(path => new TestFile("/project/corpus/" + Path.GetFileName(path), File.ReadAllText(path))).ToArray();

        var run = GeneratorHarness.Run(files);

        Assert.Empty(run.CompileErrors);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PUB0012");
        var all = CatalogLoader.All(CatalogLoader.LoadCatalogType(run.OutputCompilation));
        Assert.Contains(all, p => p.Selected);
        Assert.Contains(all, p => p.Doi == "10.1093/mnras/stac3207");

        // The lines the build props print after compiling.
        var summary = run.Driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == Generator.CatalogGenerator.SummaryHintName).SourceText.ToString();
        Assert.Contains("// PubCatalog: read 30 entries from 'corpus/03_kierandidi_kdidi_webpage_publications.md'; 22 talks, teaching or service items skipped", summary);
        Assert.Contains("// PubCatalog: read 20 entries from 'corpus/01_2prime_2prime.github.io_publications.md'; 2 more could not be read (see the warnings)", summary);
    }

    [Fact]
    public void File_01_bold_owner_links_and_bracketed_honours()
    {
        var result = Parse("01_");
        var dikin = Find(result, "Quadratic mixing for the Lee--Sidford Dikin walk");
        Assert.Equal(new[] { "Yiping Lu" }, dikin.Authors.Select(a => a.Name));
        Assert.True(dikin.Authors[0].IsSelf);
        Assert.Equal("https://2prime.github.io/files/QuadraticDikinwalk.pdf", dikin.Links[0].Url);

        var synthetic = Find(result, "Synthetic Principal Component Design: Fast Covariate Balancing with Synthetic Controls");
        Assert.Equal(new[] { "Yiping Lu", "Jiajin Li", "Lexing Ying", "Jose Blancet" }, synthetic.Authors.Select(a => a.Name));
        Assert.Equal(2024, synthetic.Year);
        Assert.Equal("Conference", synthetic.Venue.Kind);
        Assert.Contains("Oral", synthetic.Awards);

        var physics = Find(result, "Physics-Informed Inference Time Scaling via Simulation-Calibrated Scientific Machine Learning");
        Assert.Equal("ICLR", physics.Venue.Name);
        Assert.Equal(2026, physics.Year);
        Assert.Contains(physics.Links, l => l.Kind == "Slides" && l.Url == "https://2prime.github.io/files/scasml.pdf");

        var yopo = Find(result, "You Only Propagate Once: Painless Adversarial Training Using Maximal Principle");
        Assert.Equal(new[] { true, true, true, false, false }, yopo.Authors.Select(a => a.IsEqualContribution));
        Assert.Equal(2019, yopo.Year);

        var unveiling = Find(result, "Unveiling the Scaling Law of PINNs under Non-Euclidean Geometry");
        Assert.Equal("InSubmission", unveiling.Venue.Kind);

        // The two items that run the last author into the title are reported, not dropped silently.
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "PUB0013" && d.MessageArgs[0] == "title"));
    }

    [Fact]
    public void File_02_stacked_items_with_kramdown_buttons_under_bold_years()
    {
        var result = Parse("02_");
        var first = Find(result, "Faster Speech-LLaMA inference with multi-token prediction");
        Assert.Equal("Desh Raj", first.Authors[0].Name);
        Assert.True(first.Authors[0].IsSelf);
        Assert.Equal("InSubmission", first.Venue.Kind);
        Assert.Equal("https://arxiv.org/abs/2409.08148", Assert.Single(first.Links).Url);

        var gss = Find(result, "GPU-accelerated guided source separation for meeting transcription");
        Assert.Equal(2023, gss.Year);
        Assert.Equal(new[] { "Paper", "ArXiv", "Poster", "Code" }, gss.Links.Select(l => l.Label));

        var fuzzy = Find(result, "Uncertain fuzzy self-organization based clustering: interval type-2 approach to adaptive resonance theory");
        Assert.Equal(2018, fuzzy.Year);
        Assert.Equal("Information Sciences", fuzzy.Venue.Name);
        Assert.Equal(4, fuzzy.Authors.Count);
    }

    [Fact]
    public void File_03_link_titles_bold_venues_html_buttons_and_skipped_sections()
    {
        var result = Parse("03_");
        var flip = Find(result, "FLIP2: Expanding Protein Fitness Landscape Benchmarks for Real-World Machine Learning Applications");
        Assert.Equal("Kieran Didi", flip.Authors[0].Name);
        Assert.True(flip.Authors[0].IsSelf);
        Assert.Equal(10, flip.Authors.Count);
        Assert.Equal("biorxiv", flip.Venue.Name);
        Assert.Equal("Preprint", flip.Venue.Kind);
        Assert.Equal(2026, flip.Year);
        Assert.Contains(flip.Links, l => l.Kind == "Project" && l.Url == "https://flip.protein.properties/");

        var mmseqs = Find(result, "GPU-accelerated homology search with MMseqs2");
        Assert.Equal("Nature Methods", mmseqs.Venue.Name);
        Assert.Equal("Journal", mmseqs.Venue.Kind);
        Assert.Contains(mmseqs.Links, l => l.Kind == "Code" && l.Url == "https://github.com/soedinglab/MMseqs2");
        // Slides and video point at the poster's URL: one link per URL.
        Assert.Equal(new[] { "Paper", "Code", "Blog", "Poster" }, mmseqs.Links.Select(l => l.Label));

        var proteina = Find(result, "Proteina: Scaling Flow-based Protein Structure Generative Models");
        Assert.Equal(2025, proteina.Year);
        Assert.Contains("Oral presentation", proteina.Awards);
        Assert.Equal("Proteina", proteina.ShortName);

        var chapter = Find(result, "Generative Models in Bioinformatics");
        Assert.Equal("Encyclopedia of Bioinformatics and Computational Biology", chapter.Venue.Name);
        Assert.Equal(2023, chapter.Year);

        Assert.DoesNotContain(result.Publications, p => p.Title.StartsWith("Why equivariance", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Publications, p => p.Title.StartsWith("Python for Scientists", StringComparison.Ordinal));
        Assert.Contains("22 talks, teaching or service items skipped", Assert.Single(result.Diagnostics, d => d.Id == "PUB0014").MessageArgs[2]);
    }

    [Fact]
    public void File_04_title_by_authors_italic_venue_and_br_extras()
    {
        var result = Parse("04_");
        var probing = Find(result, "Probing Attention in Pre-Trained LLMs to Detect Semantics");
        Assert.Equal(new[] { "Frédéric Charpentier", "Jairo Cugliari", "Adrien Guille" }, probing.Authors.Select(a => a.Name));
        Assert.Equal(2025, probing.Year);
        Assert.Equal("9th International Conference on Natural Language Processing and Information Retrieval", probing.Venue.Name);
        Assert.Contains("Best student paper award", probing.Awards);

        var textmine = Find(result, "Adaptation d'un modèle de langue encodeur-décodeur pour l'extraction de relations dans des rapports de renseignement");
        Assert.Equal(new[] { "Adrien Guille" }, textmine.Authors.Select(a => a.Name));
        Assert.Contains("Ranked 1st/15 in the 2025 TextMine Challenge", textmine.Awards);
        Assert.Contains(textmine.Links, l => l.Kind == "Code" && l.Url == "https://github.com/AdrienGuille/TextMine2025");

        var survey = Find(result, "Information diffusion in online social networks: a survey");
        Assert.Equal(2013, survey.Year);
        Assert.Equal(4, survey.Authors.Count);
        Assert.Contains("Q1", survey.Awards);

        // No "by": the names follow the title directly.
        var sondy = Find(result, "Une plateforme open-source d'analyse et de fouille pour les réseaux sociaux en ligne");
        Assert.Equal(new[] { "Adrien Guille", "Cécile Favre", "Djamel Zighed" }, sondy.Authors.Select(a => a.Name));

        // "[Title](#)" and "[Title]()" are placeholders, not links.
        Assert.Empty(Find(result, "Les agents conversationnels dans la démarche scientifique : potentiel et limites").Links);
    }

    [Fact]
    public void File_05_sub_labels_name_the_kind_and_talks_are_left_out()
    {
        var result = Parse("05_");
        Assert.DoesNotContain(result.Publications, p => p.Title.StartsWith("Shifting Left Vulnerability Management", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Publications, p => p.Title.StartsWith("How self-learning AI", StringComparison.Ordinal));

        var checkpointing = Find(result, "Checkpointing Period Optimization of Distributed Fail-Operational Automotive Applications");
        Assert.Equal(new[] { "Philipp Weiss", "Emil Daporta", "Andreas Weichslgartner", "Sebastian Steinhorst" }, checkpointing.Authors.Select(a => a.Name));
        Assert.Equal(2021, checkpointing.Year);
        Assert.Equal("Conference", checkpointing.Venue.Kind);

        var dissertation = Find(result, "Application Mapping Methodologies for Invasive NoC-Based Architectures");
        Assert.Equal(new[] { "Andreas Weichslgartner" }, dissertation.Authors.Select(a => a.Name));
        Assert.Equal(2017, dissertation.Year);
        Assert.Equal("http://d-nb.info/1131114434", Assert.Single(dissertation.Links).Url);

        var hybrid = Find(result, "Hybrid Application Mapping for Composable Many-Core Systems: Overview and Future Perspective");
        Assert.Equal(12, hybrid.Authors.Count);
        Assert.Equal("Journal", hybrid.Venue.Kind);
    }

    [Fact]
    public void File_06_paragraph_entries_with_a_wrapped_link_row_and_emoji_honours()
    {
        var result = Parse("06_");
        var csx = result.Publications[0];
        Assert.Equal("Validating JIT Compilers via Compilation Space Exploration", csx.Title);
        Assert.Equal(new[] { "PDF", "Artemis", "Apollo" }, csx.Links.Select(l => l.Label));
        Assert.Equal(2025, csx.Year);
        Assert.Equal("Journal", csx.Venue.Kind);

        var sosp = result.Publications.Single(p => p.Venue.Acronym == "SOSP'23");
        Assert.Equal(new[] { "Best Paper Award" }, sosp.Awards);
        Assert.Contains(sosp.Highlights, h => h.StartsWith("Found 80+ JIT Compiler Bugs", StringComparison.Ordinal));

        var mutators = Find(result, "The Mutators Reloaded: Fuzzing Compilers with Large Language Model Generated Mutation Operators");
        Assert.Equal(new[] { "Xianfei Ou", "Cong Li", "Yanyan Jiang", "Chang Xu" }, mutators.Authors.Select(a => a.Name));
        Assert.True(mutators.Authors[1].IsSelf);
        Assert.Equal("Found 130+ Bugs in GCC and LLVM", Assert.Single(mutators.Highlights));
    }

    [Fact]
    public void File_07_authors_then_bold_link_title_then_venue_with_entities()
    {
        var result = Parse("07_");
        var apples = Find(result, "Tracking Bad Apples: Reporting the Origin of Null and Undefined Value Errors");
        Assert.Equal(5, apples.Authors.Count);
        Assert.Equal("Kathryn S. McKinley", apples.Authors[4].Name);
        Assert.Equal("OOPSLA", apples.Venue.Name);
        Assert.Equal(2007, apples.Year);

        var valgrind = Find(result, "Valgrind: A Framework for Heavyweight Dynamic Binary Instrumentation");
        Assert.Equal(new[] { "Nicholas Nethercote", "Julian Seward" }, valgrind.Authors.Select(a => a.Name));
        Assert.Contains("2017 Winner of the Most Influential PLDI Paper Award", valgrind.Awards);

        var hal = Find(result, "Building Constraint Solvers with HAL");
        Assert.Equal("María García de la Banda", hal.Authors[0].Name);
        Assert.Equal(2001, hal.Year);

        var zinc = Find(result, "The Design of the Zinc Modelling Language");
        Assert.Equal("Maria Garcia de la Banda", zinc.Authors[4].Name);
        Assert.Equal("Mark Wallace", zinc.Authors[5].Name);
    }

    [Fact]
    public void File_08_quoted_titles_reference_links_and_trailing_awards()
    {
        var result = Parse("08_");
        var sdn = Find(result, "Taking Control of SDN-based Cloud Systems via the Data Plane");
        Assert.Equal(7, sdn.Authors.Count);
        Assert.True(sdn.Authors.Single(a => a.Name == "B. Shastry").IsSelf);
        Assert.Equal(2018, sdn.Year);
        Assert.Contains("Best Paper Award", sdn.Awards);

        var devcon = result.Publications.Single(p => p.Title == "Fuzzing the Solidity Compiler" && p.Venue.Raw.Contains("Devcon", StringComparison.Ordinal));
        Assert.Equal(new[] { "Slides", "Video" }, devcon.Links.Select(l => l.Label));
        Assert.Equal("https://youtu.be/cAU5NbrXst0", devcon.Links[1].Url);

        var android = Find(result, "Towards Taming Privilege-Escalation Attacks on Android");
        Assert.Equal(6, android.Authors.Count);
        Assert.Equal(2012, android.Year);
    }

    [Fact]
    public void Files_09_to_12_academicpages_front_matter()
    {
        var fora = Assert.Single(Parse("09_").Publications);
        Assert.Equal("FORA: Simple and Effective Approximate Single-Source Personalized PageRank", fora.Title);
        Assert.Equal(new[] { "Sibo Wang", "Renchi Yang", "Xiaokui Xiao", "Zhewei Wei", "Yin Yang" }, fora.Authors.Select(a => a.Name));
        Assert.True(fora.Authors[1].IsSelf);
        Assert.Equal(2017, fora.Year);
        Assert.Equal("KDD", fora.Venue.Acronym);
        Assert.Equal("10.1145/3097983.3098072", fora.Doi);
        Assert.Contains(fora.Links, l => l.Kind == "Code" && l.Url == "https://github.com/wangsibovictor/fora");
        Assert.False(fora.Selected);

        var slotgat = Assert.Single(Parse("10_").Publications);
        Assert.Equal("ICML", slotgat.Venue.Acronym);
        Assert.Equal(2023, slotgat.Year);
        Assert.Equal("https://proceedings.mlr.press/v202/zhou23j.html", slotgat.Links.Single(l => l.Kind == "Paper").Url);

        var pane = Assert.Single(Parse("11_").Publications);
        Assert.Equal("Journal", pane.Venue.Kind);
        Assert.Contains("ACM SIGMOD Research Highlight Award", pane.Awards);

        var survey = Assert.Single(Parse("12_").Publications);
        Assert.Equal("Preprint", survey.Venue.Kind);
        Assert.Equal(new[] { true, true, false, false, false, false }, survey.Authors.Select(a => a.IsEqualContribution));
        Assert.Equal("Taiyan Zhang", survey.Authors[0].Name);
    }

    [Fact]
    public void Files_13_to_16_hugo_blox_front_matter()
    {
        var spectrum = Assert.Single(Parse("13_", "James Beattie").Publications);
        Assert.Equal("The spectrum of magnetized turbulence in the interstellar medium", spectrum.Title);
        Assert.Equal("James Beattie", spectrum.Authors[0].Name);
        Assert.True(spectrum.Authors[0].IsSelf);
        Assert.Equal(2025, spectrum.Year);
        Assert.True(spectrum.Selected);
        Assert.StartsWith("The interstellar medium (ISM) of our Galaxy", spectrum.Abstract, StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.1038/s41550-025-02551-5", spectrum.Links[0].Url);
        Assert.Contains("turbulent dynamo", spectrum.Tags);

        var optical = Assert.Single(Parse("14_").Publications);
        Assert.Equal("10.1364/JOCN.480805", optical.Doi);
        Assert.Equal("Journal", optical.Venue.Kind);
        Assert.True(optical.Authors[1].IsSelf);
        Assert.Equal("admin", optical.Authors[1].Name);

        var reconnection = Assert.Single(Parse("15_").Publications);
        Assert.Equal("Preprint", reconnection.Venue.Kind); // CSL "article": a preprint
        Assert.Equal(6, reconnection.Authors.Count);

        var cosmic = Assert.Single(Parse("16_").Publications);
        Assert.False(cosmic.Selected);
        Assert.Equal(2023, cosmic.Year);
        Assert.Contains(cosmic.Links, l => l.Kind == "Paper" && l.Url == "https://arxiv.org/pdf/2205.08174");
    }

    [Fact]
    public void The_seeds_keep_their_entry_counts_and_merge_to_54()
    {
        var counts = new[] { "000", "001", "002", "003", "004" }.Select(p => ParserHarness.ParseSeed(p).Publications.Count);
        Assert.Equal(new[] { 12, 14, 10, 7, 18 }, counts);

        var run = GeneratorHarness.Run(new[] { "000", "001", "002", "003", "004" }.Select(p => TestFile.FromSeed(p, new Dictionary<string, string> { ["PubCatalog"] = "true" })).ToArray());
        Assert.Empty(run.CompileErrors);
        Assert.Equal(54, CatalogLoader.All(CatalogLoader.LoadCatalogType(run.OutputCompilation)).Count);
    }

    internal static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(Paths.Corpus, "*.md").Where(f => char.IsDigit(Path.GetFileName(f)[0])).OrderBy(f => f, StringComparer.Ordinal);

    private static FileParseResult Parse(string prefix, params string[] self) =>
        ParserHarness.Parse(File.ReadAllText(CorpusFiles().Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal))), "/project/" + prefix + ".md", self);

    private static PublicationModel Find(FileParseResult result, string title) =>
        Assert.Single(result.Publications, p => p.Title == title);
}
