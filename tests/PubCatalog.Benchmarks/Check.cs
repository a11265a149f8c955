using System.Diagnostics;
using System.Collections.Immutable;
using Markdig;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary><c>check</c>: what the inputs produce (entries, diagnostics, source size) and a rough timing, without BenchmarkDotNet.</summary>
public static class Check
{
    private static int PhaseRounds => int.TryParse(Environment.GetEnvironmentVariable("PUBCATALOG_PHASE_ROUNDS"), out var n) ? n : 2;

    /// <summary>Where a full run's time goes: the generator's stages called directly, then the driver's parse of the output.</summary>
    private static void Phases(Workload workload, Microsoft.CodeAnalysis.Compilation compilation)
    {
        for (var round = 0; round < PhaseRounds; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var files = workload.Texts.Select(t => PubCatalog.Generator.Options.PageInput.Create(t, workload.Options))
                .Select(i => PublicationFileParser.Parse(i.File.Path, i.DisplayPath, i.File.GetText()?.ToString(), i.Options)).ToList();
            var parse = stopwatch.Elapsed.TotalMilliseconds;
            var catalog = PubCatalog.Generator.Catalog.CatalogBuilder.Build(files.ToImmutableArray(), PubCatalog.Generator.Options.OptionsReader.ReadCatalogOptions(workload.Options.GlobalOptions));
            var build = stopwatch.Elapsed.TotalMilliseconds;
            var source = PubCatalog.Generator.Emit.CatalogEmitter.Emit(catalog.Model);
            var emit = stopwatch.Elapsed.TotalMilliseconds;
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source);
            var tree = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"   phases: parse pages {parse:F0} ms, build catalog {build - parse:F0} ms, emit {emit - build:F0} ms, C# parse of output {tree - emit:F0} ms");
        }
    }

    /// <summary><c>profile INPUT ROUNDS STAGE</c>: one stage in a loop, to run under <c>dotnet-trace</c>.</summary>
    public static void Profile(string input, int rounds, string stage)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        using var sampler = Environment.GetEnvironmentVariable("PUBCATALOG_ALLOC_TYPES") == "1" ? new AllocationSampler() : null;
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the other processes.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            if (stage == "parse")
            {
                foreach (var text in workload.Texts)
                {
                    var page = PubCatalog.Generator.Options.PageInput.Create(text, workload.Options);
                    PublicationFileParser.Parse(page.File.Path, page.DisplayPath, page.File.GetText()?.ToString(), page.Options);
                }
            }
            else
            {
                Workload.Run(workload.CreateDriver(), compilation);
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{rounds} rounds of {stage} on {input}: {stopwatch.Elapsed.TotalMilliseconds / rounds:F1} ms each ({cpu.TotalMilliseconds / rounds:F1} ms CPU); "
            + $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() / rounds / 1048576.0:F1} MB allocated per round, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds / rounds:F1} ms per round");
        sampler?.Print(rounds);
    }

    public static void Run(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            var workload = Workload.Create(input);
            var compilation = Workload.CreateCompilation();
            var driver = Workload.Run(workload.CreateDriver(), compilation);
            var result = driver.GetRunResult();
            var source = result.Results[0].GeneratedSources.Single(s => s.HintName == PubCatalog.Generator.CatalogGenerator.HintName).SourceText.ToString();
            var summaryAt = source.IndexOf("The publication catalog: ", StringComparison.Ordinal);
            var diagnostics = string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
            Console.WriteLine($"{input}: {workload.Bytes:N0} bytes in {workload.Pages.Count} files; {source.Substring(summaryAt, source.IndexOf('<', summaryAt) - summaryAt)}; source {source.Length:N0} chars; diagnostics [{diagnostics}]");
            foreach (var d in result.Diagnostics.Take(3))
            {
                Console.WriteLine("   " + d);
            }

            Phases(workload, compilation);
            for (var i = 0; i < 3; i++)
            {
                var parse = Stopwatch.StartNew();
                foreach (var page in workload.Pages)
                {
                    Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline);
                }

                parse.Stop();
                var run = Stopwatch.StartNew();
                Workload.Run(workload.CreateDriver(), compilation);
                run.Stop();
                Console.WriteLine($"   parse {parse.Elapsed.TotalMilliseconds:F1} ms, generator {run.Elapsed.TotalMilliseconds:F1} ms, ratio {run.Elapsed.TotalMilliseconds / parse.Elapsed.TotalMilliseconds:F2}");
            }
        }
    }
}
