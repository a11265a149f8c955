using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Catalog;

/// <summary>The combined catalog over the five seeds, read back from the compiled assembly as a consumer sees it.</summary>
public class CatalogTests
{
    private static readonly IReadOnlyDictionary<string, string> CardOwner = new Dictionary<string, string> { ["PubCatalog"] = "true", ["PubCatalogSelf"] = "Xiaoxuan Liu" };
    private static readonly IReadOnlyDictionary<string, string> OptIn = new Dictionary<string, string> { ["PubCatalog"] = "true" };

    public static TestFile[] Seeds() =>
    [
        TestFile.FromSeed("000", OptIn), TestFile.FromSeed("001", OptIn), TestFile.FromSeed("002", OptIn),
        TestFile.FromSeed("003", CardOwner), TestFile.FromSeed("004", OptIn),
    ];

    private static readonly Lazy<(GeneratorRun Run, Type Catalog)> SeedCatalog = new(() =>
    {
        var run = GeneratorHarness.Run(Seeds());
        return (run, CatalogLoader.LoadCatalogType(run.OutputCompilation));
    });

    private static IReadOnlyList<Publication> All => CatalogLoader.All(SeedCatalog.Value.Catalog);

    [Fact]
    public void Five_seeds_give_54_publications_after_merging_seven_duplicates()
    {
        Assert.Equal(54, All.Count);
        Assert.Equal(7, SeedCatalog.Value.Run.GeneratorDiagnostics.Count(d => d.Id == "PUB0010"));
        Assert.Empty(SeedCatalog.Value.Run.CompileErrors);
    }

    [Fact]
    public void Newest_year_first_then_file_order_and_undated_last()
    {
        var years = All.Select(p => p.Year).ToList();
        var dated = years.TakeWhile(y => y.HasValue).Select(y => y!.Value).ToList();
        Assert.Equal(dated.OrderByDescending(y => y), dated);
        Assert.All(years.Skip(dated.Count), y => Assert.Null(y));
        Assert.Equal("skylb-2026", All[0].Id);
        Assert.Equal("rlboost-2026", All[1].Id);
    }

    [Fact]
    public void Merged_paper_takes_the_peer_reviewed_venue_and_keeps_all_links()
    {
        var skyLb = All.Single(p => p.Id == "skylb-2026");
        Assert.Equal("EuroSys", skyLb.Venue.Name);
        Assert.Equal(VenueKind.Conference, skyLb.Venue.Kind);
        Assert.Equal(2026, skyLb.Year);
        Assert.Equal("publications/001_bd39c80149d9fe34.txt", skyLb.Source.File);
        Assert.Equal(1, skyLb.Source.Line);

        var transport = All.Single(p => p.Title == "An Extensible Software Transport Layer for GPU Networking");
        Assert.Equal(["https://arxiv.org/pdf/2504.17307", "https://github.com/uccl-project/uccl"], transport.Links.Select(l => l.Url));
    }

    [Fact]
    public void Ids_are_unique_url_safe_slugs()
    {
        Assert.Equal(All.Count, All.Select(p => p.Id).Distinct().Count());
        Assert.All(All, p => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", p.Id));
        Assert.Contains(All, p => p.Id == "cant-be-late-2024");
        Assert.Contains(All, p => p.Id == "foundry");
    }

    [Fact]
    public void Typed_properties_lookups_and_sorted_lists()
    {
        var catalog = SeedCatalog.Value.Catalog;
        Assert.Equal("SkyLB", CatalogLoader.Get<Publication>(catalog, "SkyLB").ShortName);
        Assert.Equal("Can't Be Late", CatalogLoader.Get<Publication>(catalog, "CantBeLate").ShortName);
        Assert.Equal("CAKE", CatalogLoader.Get<Publication>(catalog, "CAKE").ShortName);

        var byId = CatalogLoader.Get<IReadOnlyDictionary<string, Publication>>(catalog, "ById");
        Assert.Same(All[0], byId["skylb-2026"]);

        var byYear = CatalogLoader.Get<IReadOnlyDictionary<int, IReadOnlyList<Publication>>>(catalog, "ByYear");
        Assert.Equal(All.Count(p => p.Year == 2023), byYear[2023].Count);

        var byVenue = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByVenue");
        Assert.Equal(["RLBoost", "Can't Be Late", "Jolteon", null], byVenue["NSDI"].Select(p => p.ShortName));
        Assert.Same(byVenue["NSDI"][2], byVenue["USENIX Symposium on Networked Systems Design and Implementation"][0]);

        var byAuthor = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByAuthor");
        Assert.Equal(All.Count(p => p.Authors.Any(a => a.Name == "Ion Stoica")), byAuthor["Ion Stoica"].Count);

        var byTag = CatalogLoader.Get<IReadOnlyDictionary<string, IReadOnlyList<Publication>>>(catalog, "ByTag");
        Assert.Equal(["CAKE", "Plato"], byTag["KV Cache"].Select(p => p.ShortName).OrderBy(x => x));

        var years = CatalogLoader.Get<IReadOnlyList<int>>(catalog, "Years");
        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(2026, years[0]);
        var authors = CatalogLoader.Get<IReadOnlyList<string>>(catalog, "Authors");
        Assert.Equal(authors.OrderBy(a => a, StringComparer.Ordinal), authors);
        var tags = CatalogLoader.Get<IReadOnlyList<string>>(catalog, "Tags");
        Assert.Contains("LLM Serving", tags);
    }

    [Fact]
    public void Same_files_in_any_order_and_line_ending_give_identical_source()
    {
        var reference = SeedCatalog.Value.Run.Source;
        var reversed = GeneratorHarness.Run(Seeds().Reverse().ToArray());
        var crlf = GeneratorHarness.Run(Seeds().Select(f => f with { Text = "\uFEFF" + f.Text!.Replace("\n", "\r\n") }).ToArray());

        Assert.Equal(reference, reversed.Source);
        Assert.Equal(reference, crlf.Source);
        Assert.Equal(SeedCatalog.Value.Run.DiagnosticLines, reversed.DiagnosticLines);
        Assert.Equal(SeedCatalog.Value.Run.DiagnosticLines, crlf.DiagnosticLines);
    }

    [Fact]
    public void Class_name_and_namespace_options()
    {
        var run = GeneratorHarness.Run([Seeds()[0]], new Dictionary<string, string> { ["PubCatalogClassName"] = "Papers", ["PubCatalogNamespace"] = "My.Site" });

        Assert.Contains("namespace My.Site", run.Source);
        Assert.Contains("public static partial class Papers", run.Source);
        Assert.Equal(12, CatalogLoader.All(CatalogLoader.LoadCatalogType(run.OutputCompilation, "My.Site.Papers")).Count);
    }

    [Fact]
    public void Colliding_member_names_are_disambiguated_by_year()
    {
        var run = GeneratorHarness.Run(new TestFile("/project/p.md",
            "Tool: First Version\\\nA B, C D\\\n<span>NSDI 2020</span>\n\nTool: Second Version\\\nA B, C D\\\n<span>NSDI 2022</span>\n\nclass\\\nA B, C D\\\n<span>NSDI 2021</span>\n"));

        Assert.Contains("public static _P Tool2022 =>", run.Source);
        Assert.Contains("public static _P Tool2020 =>", run.Source);
        Assert.Contains("public static _P Class =>", run.Source);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void Only_markdown_files_and_opted_in_files_are_read()
    {
        var run = GeneratorHarness.Run(
            new TestFile("/project/BannedSymbols.txt", "T:System.Console;Use logging"),
            new TestFile("/project/PublicAPI.Shipped.txt", "#nullable enable"),
            new TestFile("/project/skipped.md", "Skipped Paper\\\nA B, C D\\\n<span>NSDI 2020</span>\n", new Dictionary<string, string> { ["PubCatalog"] = "false" }),
            new TestFile("/project/pubs.markdown", "Read Paper\\\nA B, C D\\\n<span>NSDI 2020</span>\n"));

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        Assert.Contains("Read Paper", run.Source);
        Assert.DoesNotContain("Skipped Paper", run.Source);
    }
}
