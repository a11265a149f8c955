using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Package;

/// <summary>What is inside the built PubCatalog.Generator package, and whether the compiler hosts users run can load it.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    /// <summary>
    /// The assembly versions the oldest compiler host we support supplies: Roslyn 4.8 as shipped in the .NET 8.0.100 SDK
    /// and in Visual Studio 17.8, whose compiler runs on .NET Framework and binds only these versions (or older).
    /// They are the versions Microsoft.CodeAnalysis 4.8.0 itself references (System.Buffers and System.Numerics.Vectors:
    /// those of System.Memory 4.5.5, which it ships with). A bundled DLL that asks for more does not load there (CS8784).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Version> HostSupplied = new Dictionary<string, Version>
    {
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
        ["System.Text.Encoding.CodePages"] = new(7, 0, 0, 0),
        ["netstandard"] = new(2, 0, 0, 0),
    };

    [Fact]
    public void PackageHoldsTheGeneratorItsDependenciesTheRuntimeTypesAndTheProps()
    {
        using var zip = package.OpenPackage();
        var files = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToList();

        var runtimeFrameworks = RuntimeTargetFrameworks();
        var expected = new List<string>
        {
            "analyzers/dotnet/cs/Markdig.dll",
            "analyzers/dotnet/cs/PubCatalog.Generator.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/PubCatalog.Generator.props",
            "buildTransitive/PubCatalog.Generator.props",
            "PubCatalog.Generator.nuspec",
            "README.md",
            "THIRD-PARTY-NOTICES.txt",
        };
        expected.AddRange(runtimeFrameworks.SelectMany(tfm => new[] { $"lib/{tfm}/PubCatalog.dll", $"lib/{tfm}/PubCatalog.xml" }));
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), files);
    }

    [Fact]
    public void NuspecCarriesTheMetadataAUserSees()
    {
        using var zip = package.OpenPackage();
        using var stream = zip.GetEntry("PubCatalog.Generator.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Get(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        Assert.Equal("PubCatalog.Generator", Get("id"));
        Assert.Equal(package.Version, Get("version"));
        Assert.Equal("MIT", Get("license"));
        Assert.Equal("expression", Element("license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", Get("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Get("description")));
        Assert.Contains("source-generator", Get("tags")!.Split(' '));
        Assert.StartsWith("https://github.com/", Element("repository")!.Attribute("url")!.Value);
        // Everything the generator needs is inside: the package must not pull System.Memory & co. into the user's app.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "developmentDependency" && e.Value == "true");
    }

    [Fact]
    public void BuildAndBuildTransitivePropsDeclareTheCompilerVisibleOptions()
    {
        using var zip = package.OpenPackage();
        var build = Read(zip, "build/PubCatalog.Generator.props");
        foreach (var property in new[] { "PubCatalogClassName", "PubCatalogNamespace", "PubCatalogSelf", "PubCatalogRepairMojibake", "PubCatalogPackData" })
        {
            Assert.Contains($"<CompilerVisibleProperty Include=\"{property}\" />", build);
        }

        foreach (var metadata in new[] { "PubCatalog", "Link", "PubCatalogSelf", "PubCatalogRepairMojibake" })
        {
            Assert.Contains($"<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"{metadata}\" />", build);
        }

        Assert.Contains("../build/PubCatalog.Generator.props", Read(zip, "buildTransitive/PubCatalog.Generator.props"));
    }

    /// <summary>
    /// Every DLL under analyzers/ must load in the oldest supported compiler host: each reference is either bundled beside
    /// it or supplied by the host at a version no lower than the one asked for. No framework facade may ship beside it.
    /// </summary>
    [Fact]
    public void EveryAnalyzerDllLoadsInTheOldestSupportedCompilerHost()
    {
        using var zip = package.OpenPackage();
        var analyzers = zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(analyzers);
        var bundled = analyzers.Select(e => ReadAssembly(e).Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var entry in analyzers)
        {
            var (name, references) = ReadAssembly(entry);
            if (HostSupplied.ContainsKey(name) || name.StartsWith("System.", StringComparison.Ordinal))
            {
                problems.Add($"{entry.FullName}: the compiler host supplies {name}; shipping it beside the analyzer breaks binding");
            }

            foreach (var (reference, version) in references)
            {
                if (bundled.Contains(reference))
                {
                    continue;
                }

                if (!HostSupplied.TryGetValue(reference, out var supplied))
                {
                    problems.Add($"{entry.FullName} needs {reference} {version}, which is neither bundled nor supplied by the compiler host");
                }
                else if (version > supplied)
                {
                    problems.Add($"{entry.FullName} needs {reference} {version}; the oldest supported compiler host supplies {supplied}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void GeneratorIsBuiltAgainstTheOldestSupportedRoslyn()
    {
        using var zip = package.OpenPackage();
        var (_, references) = ReadAssembly(zip.GetEntry("analyzers/dotnet/cs/PubCatalog.Generator.dll")!);
        Assert.Equal(HostSupplied["Microsoft.CodeAnalysis"], references.Single(r => r.Name == "Microsoft.CodeAnalysis").Version);
    }

    /// <summary>
    /// lib/net10.0 is precompiled for linux-x64 (src/PubCatalog/ReadyToRun.targets) and keeps its IL, so it still runs
    /// anywhere; the other frameworks' libraries are IL only. Where the package is built on another host it is IL only.
    /// </summary>
    [Fact]
    public void Net10LibraryIsReadyToRunForLinuxX64AndKeepsItsIL()
    {
        using var zip = package.OpenPackage();
        foreach (var tfm in RuntimeTargetFrameworks())
        {
            using var stream = zip.GetEntry($"lib/{tfm}/PubCatalog.dll")!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var pe = new PEReader(copy);
            var corHeader = pe.PEHeaders.CorHeader!;
            var readyToRun = corHeader.ManagedNativeHeaderDirectory.Size > 0;
            var precompiled = tfm == "net10.0" && System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";
            Assert.True(readyToRun == precompiled, $"lib/{tfm}: ReadyToRun {readyToRun}, expected {precompiled}");
            if (readyToRun)
            {
                // A ReadyToRun image marks its target OS by XOR-ing the machine: 0x7B79 is Linux.
                Assert.Equal((Machine)((ushort)Machine.Amd64 ^ 0x7B79), pe.PEHeaders.CoffHeader.Machine);
            }

            // The IL is still there: every method of the runtime types has a body a JIT can compile elsewhere.
            var reader = pe.GetMetadataReader();
            var decoder = reader.TypeDefinitions.Select(reader.GetTypeDefinition).Single(t => reader.GetString(t.Name) == "CompactCatalog");
            Assert.All(decoder.GetMethods().Select(reader.GetMethodDefinition).Where(m => m.RelativeVirtualAddress != 0),
                method => Assert.True(pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!.Length > 0));
        }
    }

    internal static (string Name, IReadOnlyList<(string Name, Version Version)> References) ReadAssembly(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        var reader = pe.GetMetadataReader();
        var name = reader.GetString(reader.GetAssemblyDefinition().Name);
        var references = reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
        return (name, references);
    }

    private static string Read(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<string> RuntimeTargetFrameworks()
    {
        var project = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "src", "PubCatalog", "PubCatalog.csproj"));
        var match = Regex.Match(project, "<TargetFrameworks?>([^<]+)</TargetFrameworks?>");
        return match.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
