using BenchmarkDotNet.Attributes;
using Markdig;
using Microsoft.CodeAnalysis;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks.Benchmarks;

/// <summary>
/// Benchmark 1: one full generator run (fresh driver, every page) against Markdig's bare parse of the same text with
/// the generator's own pipeline. The ratio column is generator ÷ parse. The run is timed as a command-line build
/// creates it and as the IDE does (documentation comments read, so members carry summaries: more source to parse).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private Compilation _compilation = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "synthetic-2000";

    public static IEnumerable<string> Inputs => Suite.GeneratorInputs;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Create(Input);
        _compilation = Workload.CreateCompilation();
        Workload.Run(_workload.CreateDriver(), _compilation);
        Workload.Run(_workload.CreateDriver(ide: true), _compilation);
    }

    [Benchmark(Baseline = true, Description = "Markdig.Parse")]
    public int MarkdigParse()
    {
        var blocks = 0;
        foreach (var page in _workload.Pages)
        {
            blocks += Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "Generator full run")]
    public GeneratorDriver GeneratorRun() => Workload.Run(_workload.CreateDriver(), _compilation);

    [Benchmark(Description = "Generator full run (IDE)")]
    public GeneratorDriver GeneratorRunIde() => Workload.Run(_workload.CreateDriver(ide: true), _compilation);
}
