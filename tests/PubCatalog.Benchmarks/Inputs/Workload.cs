using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator;

namespace PubCatalog.Benchmarks.Inputs;

/// <summary>One page of a workload: its path, text and <c>AdditionalFiles</c> metadata.</summary>
public sealed record Page(string Path, string Text, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// A project's worth of pages (ten files, two of each seed shape, or the five real seeds) and everything needed to run
/// <see cref="CatalogGenerator"/> over them the way the compiler does.
/// </summary>
public sealed class Workload
{
    public const int FileCount = 10;
    public const string ProjectDirectory = "/project/";
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// A command-line build's parse options: <c>csc</c> reads documentation comments only with <c>/doc</c>
    /// (<c>GenerateDocumentationFile</c>), so the generator leaves out member summaries (checked in a real build).
    /// </summary>
    public static readonly CSharpParseOptions BuildOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>The IDE's: documentation comments parsed, so members carry their title as a summary.</summary>
    public static readonly CSharpParseOptions IdeOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>The suffix of an input's name that makes the project ask for its page data packed (<c>PubCatalogPackData=true</c>).</summary>
    public const string PackedSuffix = "-packed";

    private Workload(string name, IReadOnlyList<Page> pages)
    {
        Name = name;
        Pages = pages;
        Texts = pages.Select(p => (AdditionalText)new MemoryText(p.Path, p.Text)).ToImmutableArray();
        var globals = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.ProjectDir"] = ProjectDirectory };
        if (name.EndsWith(PackedSuffix, StringComparison.Ordinal))
        {
            globals["build_property.PubCatalogPackData"] = "true";
        }

        Options = new OptionsProvider(globals, pages.ToDictionary(p => p.Path, p => p.Metadata));
    }

    public string Name { get; }

    public IReadOnlyList<Page> Pages { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public int Bytes => Pages.Sum(p => Encoding.UTF8.GetByteCount(p.Text));

    /// <summary>
    /// <c>synthetic-2000</c>: 2,000 entries in ten files; <c>seeds</c>: the five real pages. <c>synthetic-2000-packed</c>:
    /// the same pages, their data packed whatever its size (below 2 M characters the generator writes it as it is).
    /// </summary>
    public static Workload Create(string name)
    {
        if (name == "seeds")
        {
            return Seeds();
        }

        var packed = name.EndsWith(PackedSuffix, StringComparison.Ordinal);
        var entries = int.Parse(name.Substring("synthetic-".Length, name.Length - "synthetic-".Length - (packed ? PackedSuffix.Length : 0)), System.Globalization.CultureInfo.InvariantCulture);
        return packed ? new Workload(name, Synthetic(entries).Pages) : Synthetic(entries);
    }

    public static Workload Synthetic(int entries, int seed = 4)
    {
        var pages = new List<Page>();
        for (var i = 0; i < FileCount; i++)
        {
            var shape = (PageShape)(i % 5);
            var pageSeed = seed * 1000 + i;
            var count = entries / FileCount + (i < entries % FileCount ? 1 : 0);
            var metadata = new Dictionary<string, string>();
            if (shape == PageShape.Card)
            {
                metadata["PubCatalogSelf"] = SyntheticPages.CardOwner(pageSeed);
            }

            pages.Add(new Page($"{ProjectDirectory}publications/page{i:00}-{shape}.md", SyntheticPages.Page(shape, count, pageSeed, $"p{i}"), metadata));
        }

        return new Workload("synthetic-" + entries, pages);
    }

    public static Workload Seeds()
    {
        var pages = Directory.GetFiles(Paths.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(path =>
        {
            var metadata = new Dictionary<string, string> { ["PubCatalog"] = "true" };
            if (System.IO.Path.GetFileName(path).StartsWith("003_", StringComparison.Ordinal))
            {
                metadata["PubCatalogSelf"] = "Xiaoxuan Liu";
            }

            return new Page(ProjectDirectory + "publications/" + System.IO.Path.GetFileName(path), File.ReadAllText(path), metadata);
        }).ToList();
        return new Workload("seeds", pages);
    }

    /// <summary>A consumer compilation with a few ordinary C# files; <paramref name="edit"/> changes the text of one of them.</summary>
    public static CSharpCompilation CreateCompilation(int edit = 0)
    {
        var trees = Enumerable.Range(0, 10).Select(i => CSharpSyntaxTree.ParseText(
            $"namespace Consumer {{ public static class Code{i} {{ public static int Value() => {(i == 0 ? edit : i)}; }} }}", ParseOptions, path: $"Code{i}.cs"));
        return CSharpCompilation.Create("Consumer", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>
    /// A fresh driver over every page, as the compiler creates at the start of a command-line build; with
    /// <paramref name="ide"/>, as the IDE creates (documentation comments read).
    /// </summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false, bool ide = false) => CSharpGeneratorDriver.Create(
        new[] { new CatalogGenerator().AsSourceGenerator() },
        Texts,
        ide ? IdeOptions : BuildOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The same page with one entry's title changed: what typing into one of the files does.</summary>
    public AdditionalText EditedText(int index)
    {
        var page = Pages[index];
        var at = page.Text.IndexOf("Efficient", StringComparison.Ordinal);
        var text = at < 0 ? page.Text + "\n" : page.Text.Substring(0, at) + "Effective" + page.Text.Substring(at + "Efficient".Length);
        return new MemoryText(page.Path, text);
    }

    /// <summary>Runs a driver and fails loudly if the generator threw or produced nothing.</summary>
    public static GeneratorDriver Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results[0];
        if (result.Exception is not null || !result.GeneratedSources.Any(s => s.HintName == PubCatalog.Generator.CatalogGenerator.HintName))
        {
            throw new InvalidOperationException("The generator failed", result.Exception);
        }

        // A file that could not be processed is a failed run too, or the benchmark would time an empty catalog.
        if (result.Diagnostics.FirstOrDefault(d => d.Id == "PUB0012") is { } internalError)
        {
            throw new InvalidOperationException("The generator failed on a page: " + internalError);
        }

        return driver;
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Publication).Assembly.Location)));

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> globals, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals.ToDictionary(kv => kv.Key, kv => kv.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile.TryGetValue(textFile.Path, out var metadata)
            ? new DictionaryOptions(metadata.ToDictionary(kv => "build_metadata.AdditionalFiles." + kv.Key, kv => kv.Value))
            : DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = "";
            return false;
        }
    }
}

/// <summary>Where the repository and the shared seeds are.</summary>
public static class Paths
{
    public static string Repository { get; } = FindRepository();

    public static string Seeds => System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository, "..", "shared", "seeds"));

    private static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "PubCatalog.Generator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository: PubCatalog.Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
