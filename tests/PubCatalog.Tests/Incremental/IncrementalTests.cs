using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Incremental;

/// <summary>The pipeline caches: C# edits never re-parse Markdown, one edited page re-parses only that page.</summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.CatalogOptions, TrackingNames.SelectedFiles, TrackingNames.ParsedFiles,
        TrackingNames.Catalog, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Index, TrackingNames.Pages, TrackingNames.EmitOptions,
    ];

    private static TestFile[] ThreeFiles() =>
    [
        new("/project/a.md", "Alpha Paper\\\nA B, C D\\\n<span>NSDI 2024</span>\n"),
        new("/project/b.md", "Beta Paper\\\nA B, C D\\\n<span>NSDI 2023</span>\n"),
        new("/project/c.md", "Gamma Paper\\\nA B, C D\\\n<span>NSDI 2022</span>\n"),
    ];

    [Fact]
    public void Second_run_with_nothing_changed_caches_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Adding_unrelated_CSharp_does_not_reparse_markdown()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class Added { } }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Editing_one_of_three_pages_reparses_only_that_page()
    {
        var files = ThreeFiles();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var old = driver.GetRunResult(); // keep the AdditionalText instances of the first run
        var texts = GetAdditionalTexts(driver);
        var replacement = new ReplacedText(texts[1].Path, "Beta Paper Revised\\\nA B, C D\\\n<span>NSDI 2023</span>\n");
        driver = driver.ReplaceAdditionalText(texts[1], replacement);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.ParsedFiles].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parsed.Count(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged));
        Assert.Contains("Beta Paper Revised", GeneratorHarness.CatalogSource(result));
        Assert.NotNull(old);
    }

    [Fact]
    public void Editing_a_title_re_emits_only_that_page_and_leaves_the_index_alone()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var texts = GetAdditionalTexts(driver);
        driver = driver.ReplaceAdditionalText(texts[1], new ReplacedText(texts[1].Path, "Beta Paper Revised\\\nA B, C D\\\n<span>NSDI 2023</span>\n"));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // Three page parts: the edited one is new, the other two compare equal and are not emitted again.
        var pages = result.TrackedSteps[TrackingNames.Pages].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(1, pages.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, pages.Count(r => r == IncrementalStepRunReason.Unchanged));
        // What the index is made of is unchanged, so the index is not even made again (its step's input is cached).
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(result.TrackedSteps[TrackingNames.IndexInput].SelectMany(step => step.Outputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(result.TrackedSteps[TrackingNames.Index].SelectMany(step => step.Outputs)).Reason);

        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(pair => before[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        Assert.Equal(["PubCatalog.Page_b_md.g.cs"], changed);
    }

    [Fact]
    public void Editing_an_author_makes_the_index_again()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation);
        var texts = GetAdditionalTexts(driver);
        driver = driver.ReplaceAdditionalText(texts[1], new ReplacedText(texts[1].Path, "Beta Paper\\\nA B, E F\\\n<span>NSDI 2023</span>\n"));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.IndexInput].SelectMany(step => step.Outputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.Index].SelectMany(step => step.Outputs)).Reason);
        Assert.Contains("E F", GeneratorHarness.CatalogSource(result));
    }

    [Fact]
    public void Editing_a_year_reorders_the_catalog_through_the_index()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation);

        var texts = GetAdditionalTexts(driver);
        driver = driver.ReplaceAdditionalText(texts[2], new ReplacedText(texts[2].Path, "Gamma Paper\\\nA B, C D\\\n<span>NSDI 2025</span>\n"));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.Index].SelectMany(step => step.Outputs)).Reason);
        var titles = CatalogLoader.All(CatalogLoader.LoadCatalogType(GeneratorHarness.Run(driver, compilation).OutputCompilation)).Select(p => p.Title).ToList();
        Assert.Equal(["Gamma Paper", "Alpha Paper", "Beta Paper"], titles);
    }

    [Fact]
    public void Adding_a_paper_file_among_many_re_emits_only_the_part_it_joins()
    {
        // Past 32 files (one per paper) files share parts by a hash of their path, so a file added before the others
        // moves none of them to another part: their parts must compare unchanged (entries carry their file's number in
        // the merge order, which moves, and which is not part of what is emitted).
        var files = Enumerable.Range(0, 40).Select(i => new TestFile($"/project/papers/paper{i:00}.md",
            $"Paper Number {i}\\\nA B, C D\\\n<span>NSDI {2000 + i}</span>\n")).ToArray();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        driver = driver.AddAdditionalTexts([new ReplacedText("/project/papers/paper00a.md", "An Added Paper\\\nA B, E F\\\n<span>NSDI 1999</span>\n")]);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var pages = result.TrackedSteps[TrackingNames.Pages].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, pages.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(pages.Count - 1, pages.Count(r => r == IncrementalStepRunReason.Unchanged));
        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changedPages = after.Where(pair => pair.Key.StartsWith("PubCatalog.Pages", StringComparison.Ordinal) && (!before.TryGetValue(pair.Key, out var old) || old != pair.Value)).ToList();
        Assert.Single(changedPages);
        Assert.Contains("An Added Paper", changedPages[0].Value);
    }

    [Fact]
    public void Step_outputs_hold_no_compilation_symbols_syntax_or_markdig_objects()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { public static class Marker { } }");
        var result = GeneratorHarness.CreateDriver(ThreeFiles()).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps.Except([TrackingNames.SelectedFiles]))
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertNoBannedTypes(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static ImmutableArray<AdditionalText> GetAdditionalTexts(GeneratorDriver driver)
    {
        var state = driver.GetType().GetField("_state", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(driver)!;
        return (ImmutableArray<AdditionalText>)state.GetType().GetField("AdditionalTexts", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)!.GetValue(state)!;
    }

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} did not run");
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} was {output.Reason}");
            }
        }
    }

    private static void AssertNoBannedTypes(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SourceText or AdditionalText, $"step {step} holds a {type}");
        Assert.False(type.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true, $"step {step} holds a Markdig {type}");
        Assert.False(type.IsArray, $"step {step} holds a mutable array {type}");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, step, seen);
            }
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoBannedTypes(property.GetValue(value), step, seen);
        }
    }

    private sealed class ReplacedText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
