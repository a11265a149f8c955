using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using PubCatalog.Benchmarks.Inputs;

namespace PubCatalog.Benchmarks.Benchmarks;

/// <summary>
/// Benchmark 2: the run after a keystroke. Each invocation starts from the same warm driver (drivers are immutable),
/// so every measured run does the same work. The ratio column is incremental ÷ full run. Keystrokes happen in the IDE,
/// so every driver here reads documentation comments as the IDE's does.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private Workload _workload = null!;
    private Compilation _compilation = null!;
    private Compilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmWithEditedPage = null!;

    [ParamsSource(nameof(Sizes))]
    public int Entries { get; set; } = 2000;

    public static IEnumerable<int> Sizes => Suite.IncrementalSizes;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Synthetic(Entries);
        _compilation = Workload.CreateCompilation(edit: 0);
        _editedCompilation = Workload.CreateCompilation(edit: 1);
        _warm = Workload.Run(_workload.CreateDriver(ide: true), _compilation);
        _warmWithEditedPage = _warm.ReplaceAdditionalText(_workload.Texts[3], _workload.EditedText(3));
    }

    [Benchmark(Baseline = true, Description = "Full run (fresh driver)")]
    public GeneratorDriver FullRun() => Workload.Run(_workload.CreateDriver(ide: true), _compilation);

    [Benchmark(Description = "(a) unrelated C# edit")]
    public GeneratorDriver UnrelatedCSharpEdit() => Workload.Run(_warm, _editedCompilation);

    [Benchmark(Description = "(b) one of ten pages edited")]
    public GeneratorDriver OnePageEdited() => Workload.Run(_warmWithEditedPage, _compilation);
}
