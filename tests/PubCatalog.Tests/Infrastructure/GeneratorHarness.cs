using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>An additional file for a test: its path, text (null: unreadable) and <c>AdditionalFiles</c> metadata.</summary>
public sealed record TestFile(string Path, string? Text, IReadOnlyDictionary<string, string>? Metadata = null)
{
    public static TestFile FromSeed(string prefix, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var path = Paths.Seed(prefix);
        return new TestFile("/project/publications/" + System.IO.Path.GetFileName(path), File.ReadAllText(path), metadata);
    }
}

/// <summary>What one generator run produced.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    string? Source)
{
    /// <summary>Compiler errors in the compilation that includes the generated source.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Diagnostics as sorted lines: <c>PUB0003 error publications.md(3,1): message</c>.</summary>
    public IReadOnlyList<string> DiagnosticLines => GeneratorDiagnostics.Select(Format).ToList();

    public static string Format(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var where = d.Location == Location.None ? "" : $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        return $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} {where}{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Runs <see cref="CatalogGenerator"/> in-process over test files, the way the compiler does.</summary>
public static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        Net100.References.All.Add(MetadataReference.CreateFromFile(typeof(PubCatalog.Publication).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadata = files.ToDictionary(f => f.Path, f => f.Metadata ?? new Dictionary<string, string>());
        var globals = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.ProjectDir"] = ProjectDirectory,
        };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            globals["build_property." + key] = value;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new CatalogGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(globals, metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun Run(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string>? properties = null, string consumerSource = "namespace Consumer { public static class Marker { } }")
    {
        var driver = CreateDriver(files, properties);
        return Run(driver, CreateCompilation(consumerSource));
    }

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw", result.Exception);
        }

        return new GeneratorRun(driver, output, diagnostics, CatalogSource(result));
    }

    /// <summary>The catalog's generated files as one text: the index first, then each page part by hint name, each under a line naming it.</summary>
    public static string? CatalogSource(GeneratorRunResult result)
    {
        var files = result.GeneratedSources.Where(s => s.HintName != CatalogGenerator.SummaryHintName).ToList();
        var index = files.SingleOrDefault(s => s.HintName == CatalogGenerator.HintName);
        if (index.SourceText is null)
        {
            return null;
        }

        var pages = files.Where(s => s.HintName != CatalogGenerator.HintName).OrderBy(s => s.HintName, StringComparer.Ordinal);
        return string.Concat(new[] { index }.Concat(pages).Select(s => "// ===== " + s.HintName + " =====\n" + s.SourceText));
    }

    public static GeneratorRun Run(params TestFile[] files) => Run(files, null);

    private sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) =>
            text is null ? null : SourceText.From(text, Encoding.UTF8);
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(
            perFile.TryGetValue(textFile.Path, out var metadata)
                ? metadata.ToDictionary(kv => "build_metadata.AdditionalFiles." + kv.Key, kv => kv.Value)
                : new Dictionary<string, string>());
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
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
