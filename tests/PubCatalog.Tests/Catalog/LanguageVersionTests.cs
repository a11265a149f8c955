using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.Tests.Infrastructure;
using Xunit;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// The generated source compiles in every language version the runtime library's netstandard2.0 build can meet, from
/// C# 7.3 (a .NET Framework project's default) on, and declares a nullable context where the language has one.
/// </summary>
public class LanguageVersionTests
{
    public static TheoryData<LanguageVersion> Versions => new()
    {
        LanguageVersion.CSharp7_3,
        LanguageVersion.CSharp8,
        LanguageVersion.CSharp10,
        LanguageVersion.Latest,
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Seeds_compile_and_read_back_every_value(LanguageVersion version)
    {
        var files = Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Select(path =>
            new TestFile("/project/publications/" + Path.GetFileNameWithoutExtension(path) + ".md", File.ReadAllText(path))).ToList();
        var (run, errors) = Generate(version, files);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
        // Every page's blocks and the index's parts are reached through the dispatch, whichever form it takes.
        Assert.Equal(54, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
        // The index and every page file open with the directive, or none does; switch expressions likewise.
        var sources = run.Source!.Split("// ===== ").Skip(1).ToList();
        Assert.Equal(6, sources.Count);
        var csharp8 = version >= LanguageVersion.CSharp8;
        Assert.All(sources, file => Assert.Equal(csharp8, file.Contains("\n#nullable enable\n")));
        Assert.All(sources, file => Assert.Equal(csharp8, file.Contains(" switch { ")));
    }

    [Fact]
    public void A_CSharp_7_3_page_of_several_blocks_reads_back_every_value()
    {
        // 70 entries: three blocks of the page's data, each reached through the conditional dispatch.
        var page = string.Concat(Enumerable.Range(1, 70).Select(i => $"Paper Number {i}\\\nA B, C D{i}\\\n<span>NSDI {1990 + i}</span>\n\n"));
        List<TestFile> files = [new("/project/a.md", page)];
        var (run, errors) = Generate(LanguageVersion.CSharp7_3, files);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
        Assert.Contains("Block(int block) => block == 0 ? Items0() : block == 1 ? Items1() : Items2();", run.Source, StringComparison.Ordinal);
        Assert.Equal(70, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
    }

    [Fact]
    public void A_CSharp_7_3_consumer_reads_the_catalog()
    {
        var consumer = """
            namespace Consumer
            {
                public static class Reader
                {
                    public static string FirstTitle() { return Publications.All[0].Title; }
                    public static bool Known() { return Publications.FindById("alpha-paper-2020") != null; }
                    public static int Count() { return Publications.All.Count + Publications.Authors.Count; }
                }
            }
            """;
        var (run, errors) = Generate(LanguageVersion.CSharp7_3, [new TestFile("/project/a.md", "Alpha Paper\\\nA B, C D\\\n<span>NSDI 2020</span>\n")], consumer);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
        // The consumer's own code runs against the catalog it was compiled with.
        var reader = CatalogLoader.LoadCatalogType(run.OutputCompilation, "Consumer.Reader");
        Assert.Equal("Alpha Paper", reader.GetMethod("FirstTitle")!.Invoke(null, null));
        Assert.Equal(true, reader.GetMethod("Known")!.Invoke(null, null));
        Assert.Equal(3, reader.GetMethod("Count")!.Invoke(null, null));
    }

    private static (GeneratorRun Run, IReadOnlyList<string> Errors) Generate(LanguageVersion version, IEnumerable<TestFile> files, string consumer = "namespace Consumer { }")
    {
        var options = new CSharpParseOptions(version);
        var driver = GeneratorHarness.CreateDriver(files, parseOptions: options);
        // Nullable annotations are left at the language version's default: C# 7.3 has no nullable context to enable.
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(consumer, options)],
            Net100.References.All.Add(MetadataReference.CreateFromFile(typeof(PubCatalog.Publication).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = GeneratorHarness.Run(driver, compilation);
        var errors = run.CompileErrors.Select(d => d.Id + " " + d.GetMessage() + " " + d.Location.GetLineSpan()).ToList();
        return (run, errors);
    }
}
