// Written by PubCatalog.Benchmarks (StartupBenchmark). Each mode runs in a fresh process and prints the microseconds
// from the first line of Main to the end of its work: JIT and static initialisation included, runtime start-up not.
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Markdig;
using PubCatalog;

var stopwatch = Stopwatch.StartNew();
var mode = args[0];
long check;
switch (mode)
{
    case "catalog":
        // What a website does first: touch All.
        var all = Consumer.Publications.All;
        check = all.Count + all[all.Count - 1].Title.Length;
        break;
    case "catalog-steps":
        // Where the first access goes: the runtime library's load, the catalog type, the last entry, then one from another page.
        // Which assemblies the steps load (facades a bigger app has loaded long before show up here): compared after the
        // steps rather than reported by an event, whose handler would be compiled and run inside them.
        var loadedBefore = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).ToHashSet();
        var steps = new List<double> { stopwatch.Elapsed.TotalMicroseconds };
        var jit = new List<(double Microseconds, long Methods)> { (System.Runtime.JitInfo.GetCompilationTime().TotalMicroseconds, System.Runtime.JitInfo.GetCompiledMethodCount()) };
        void Step()
        {
            steps.Add(stopwatch.Elapsed.TotalMicroseconds);
            jit.Add((System.Runtime.JitInfo.GetCompilationTime().TotalMicroseconds, System.Runtime.JitInfo.GetCompiledMethodCount()));
        }

        check = typeof(Publication).Name.Length;
        Step();
        var catalog = Consumer.Publications.All;
        Step();
        check += catalog.Count;
        Step();
        check += catalog[catalog.Count - 1].Title.Length;
        Step();
        check += catalog[0].Title.Length;
        Step();
        var loads = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Where(n => !loadedBefore.Contains(n)).ToList();
        string[] names = { "load PubCatalog.dll", "Publications.All", "Count", "last entry", "first entry" };
        Console.WriteLine(string.Join(", ", names.Select((name, i) =>
            $"{name} {steps[i + 1] - steps[i]:F0} us (JIT {jit[i + 1].Microseconds - jit[i].Microseconds:F0} us, {jit[i + 1].Methods - jit[i].Methods} methods)")));
        Console.WriteLine("assemblies loaded by the steps: " + (loads.Count == 0 ? "none" : string.Join(", ", loads)));
        break;
    case "catalog-full":
        // Every publication built and read.
        check = 0;
        foreach (var publication in Consumer.Publications.All)
        {
            check += publication.Title.Length + publication.Authors.Count;
        }

        break;
    case "markdig":
        // What a site without the generator does: read and parse the pages at start-up (the bare parse, no extraction).
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().Build();
        check = 0;
        foreach (var path in File.ReadAllLines(args[1]))
        {
            check += Markdown.Parse(File.ReadAllText(path), pipeline).Count;
        }

        break;
    case "json":
        // What a site with a prebuilt JSON catalog does: deserialize it with a source-generated context.
        var list = JsonSerializer.Deserialize(File.ReadAllBytes(args[1]), CatalogJson.Default.ListPublication)!;
        check = list.Count + list[list.Count - 1].Title.Length;
        break;
    case "dump":
        File.WriteAllText(args[1], JsonSerializer.Serialize(Consumer.Publications.All.ToList(), CatalogJson.Default.ListPublication));
        check = Consumer.Publications.All.Count;
        break;
    case "lookups":
        BenchmarkRunner.Run<Lookups>(DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableLogFile), args.Skip(1).ToArray());
        return;
    default:
        throw new ArgumentException("unknown mode " + mode);
}

var elapsed = stopwatch.Elapsed.TotalMicroseconds;
Console.WriteLine($"{mode} {elapsed:F0} us (check {check})");

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<Publication>))]
internal sealed partial class CatalogJson : JsonSerializerContext
{
}

/// <summary>Steady-state queries on the compiled catalog.</summary>
[MemoryDiagnoser]
public class Lookups
{
    private string _id = "";
    private string _author = "";
    private int _year;

    [GlobalSetup]
    public void Setup()
    {
        var middle = Consumer.Publications.All[Consumer.Publications.All.Count / 2];
        _id = middle.Id;
        _author = middle.Authors[0].Name;
        _year = middle.Year ?? 2020;
    }

    [Benchmark]
    public Publication? FindById() => Consumer.Publications.FindById(_id);

    [Benchmark]
    public int ByYear() => Consumer.Publications.ByYear[_year].Count;

    [Benchmark]
    public int ByAuthor() => Consumer.Publications.ByAuthor[_author].Count;

    [Benchmark]
    public string AllIndexer() => Consumer.Publications.All[Consumer.Publications.All.Count / 3].Title;
}
