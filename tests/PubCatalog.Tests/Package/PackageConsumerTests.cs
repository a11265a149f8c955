using System.Text.RegularExpressions;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Package;

/// <summary>
/// The user's path, on the real package: a fresh project in a temporary directory, the package added by version from a
/// local folder feed, one <c>AdditionalFiles</c> line, build, run.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFixture package)
{
    private const string Program = """
        foreach (var p in Consumer.Publications.All)
        {
            Console.WriteLine($"pub\t{p.Title}\t{p.Year}\t{p.Authors.Count}\t{p.Venue.Name}");
        }
        Console.WriteLine($"count\t{Consumer.Publications.All.Count}\t{Consumer.Publications.ById.Count}");
        """;

    [Fact]
    public void SeedPageBuildsIntoACatalogTheAppCanQuery()
    {
        var seed = Paths.Seed("000");
        var consumer = CreateConsumer("seed", new Dictionary<string, string> { ["publications/publications.md"] = File.ReadAllText(seed) }, addByCli: true);
        Assert.Contains($"<PackageReference Include=\"PubCatalog.Generator\" Version=\"{package.Version}\" />", File.ReadAllText(Path.Combine(consumer, "Consumer.csproj")));

        var build = DotnetCli.Run(consumer, package.ConsumerEnvironment, "build", "--no-restore");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = DotnetCli.Run(consumer, package.ConsumerEnvironment, Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rows = lines.Where(l => l.StartsWith("pub\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        var expected = ParserHarness.Parse(File.ReadAllText(seed), seed).Publications.Select(p => p.Title).OrderBy(t => t, StringComparer.Ordinal);
        Assert.Equal(expected, rows.Select(r => r[1]).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Contains($"count\t{rows.Count}\t{rows.Count}", lines);
        Assert.Contains(rows, r => r[1] == "Can't Be Late: Optimizing Spot Instance Savings under Deadlines" && r[2] == "2024" && r[3] == "7");
    }

    [Fact]
    public void MalformedEntryFailsTheBuildAtItsFileLineAndColumn()
    {
        const string page = """
            ## 2024

            **Fast Things for Slow Networks**  
            Jane Doe, John Roe  
            *NSDI 2024*  
            [Paper](https://example.org/fast.pdf) [Slides](javascript:alert(1))
            """;
        var consumer = CreateConsumer("malformed", new Dictionary<string, string> { ["publications/publications.md"] = page });

        var build = DotnetCli.Run(consumer, package.ConsumerEnvironment, "build", "--no-restore");
        Assert.True(build.ExitCode != 0, build.ToString());
        // Line 6, column 39: where the rejected link "[Slides](javascript:…)" starts.
        Assert.Matches(new Regex(@"publications[/\\]publications\.md\(6,39\): error PUB0003: The link 'Slides' of 'Fast Things for Slow Networks' has the scheme 'javascript:'"), build.Output);
        Assert.Contains("docs/diagnostics.md#pub0003", build.Output);
        Assert.DoesNotContain("CS8784", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
    }

    /// <summary>
    /// Severities configured the way docs/diagnostics.md says: a global AnalyzerConfig file. Diagnostics in Markdown
    /// files have no C# syntax tree, so only compilation-wide settings reach them.
    /// </summary>
    [Fact]
    public void GlobalConfigRaisesAndSilencesOurWarnings()
    {
        const string page = """
            ## 2023

            **Gentle Words**  
            JosÃ© Garcia, Jane Doe  
            *ICML 2023*  
            [Paper](https://example.org/g.pdf) [Reel](https://example.org/reel)
            """;
        const string globalConfig = """
            is_global = true
            dotnet_diagnostic.PUB0007.severity = error
            dotnet_diagnostic.PUB0011.severity = none
            """;
        var consumer = CreateConsumer("severity", new Dictionary<string, string>
        {
            ["publications/publications.md"] = page,
            [".globalconfig"] = globalConfig,
        });

        var build = DotnetCli.Run(consumer, package.ConsumerEnvironment, "build", "--no-restore");
        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Matches(new Regex(@"publications[/\\]publications\.md\(4,1\): error PUB0007: 'JosÃ© Garcia' looks like UTF-8"), build.Output);
        Assert.DoesNotContain("PUB0011", build.Output);
    }

    /// <summary>Writes a console project that knows nothing of this repository, and restores it from the local feed only.</summary>
    private string CreateConsumer(string name, IReadOnlyDictionary<string, string> files, bool addByCli = false)
    {
        var directory = Path.Combine(package.WorkRoot, "consumers", name);
        Directory.CreateDirectory(directory);
        // Stop MSBuild and NuGet from looking further up for props, central versions or feeds.
        foreach (var stop in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, stop), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        var reference = addByCli ? "" : $"""
              <ItemGroup>
                <PackageReference Include="PubCatalog.Generator" Version="{package.Version}" />
              </ItemGroup>
            """;
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <!-- C# 12: what a .NET 8 SDK user gets, so the generated code must compile with it. -->
                <LangVersion>12</LangVersion>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="publications/*.md" />
              </ItemGroup>
            {reference}</Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        using var zip = package.OpenPackage();
        var restore = addByCli
            ? DotnetCli.Run(directory, package.ConsumerEnvironment, "add", "package", "PubCatalog.Generator", "--version", package.Version)
            : DotnetCli.Run(directory, package.ConsumerEnvironment, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        return directory;
    }
}
