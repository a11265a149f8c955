using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PubCatalog.Benchmarks;
using PubCatalog.Benchmarks.Benchmarks;
using PubCatalog.Benchmarks.Inputs;

// dotnet run -c Release --project tests/PubCatalog.Benchmarks -- [quick|full|check [INPUT…]|dump DIR [INPUT|FILE…]|retained INPUT [TOP]|steps INPUT ROUNDS|floor INPUT ROUNDS|cold [build] [r2r] SIZE… RUNS|profile INPUT ROUNDS markdig|blocks|parse|parse-prepare|prepare|build|partition|cut|emit|pack|run|runide|edit|ratio INPUT ROUNDS|paired [quick]|pages INPUT ROUNDS [NAME]|generator|incremental|memory|startup|bdn <BenchmarkDotNet args>]
// quick: every benchmark, small sizes, under 3 minutes. full (default): every size, for docs/performance.md.
var command = args.Length > 0 ? args[0] : "full";
if (command == "check")
{
    Check.Run(args.Length > 1 ? args.Skip(1) : new[] { "seeds", "synthetic-100", "synthetic-2000", "synthetic-20000" });
    return;
}

if (command == "floor")
{
    DriverFloor.Run(args.Length > 1 ? args[1] : "synthetic-2000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100);
    return;
}

if (command == "dump")
{
    Dump.Run(args[1], args.Skip(2));
    return;
}

if (command == "profile")
{
    Check.Profile(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
    return;
}

if (command == "retained")
{
    RetainedTypes.Run(args.Length > 1 ? args[1] : "synthetic-2000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30);
    return;
}

if (command == "ratio")
{
    PairedRatio.Run(args.Length > 1 ? args[1] : "synthetic-2000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return;
}

if (command == "paired")
{
    Console.Write(PairedRatio.Report(quick: args.Length > 1 && args[1] == "quick"));
    return;
}

if (command == "pages")
{
    PageCosts.Run(args.Length > 1 ? args[1] : "synthetic-2000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100, args.Length > 3 ? args[3] : null);
    return;
}

if (command == "steps")
{
    StepTimes.Run(args.Length > 1 ? args[1] : "synthetic-2000", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
    return;
}

if (command == "cparse")
{
    ParseCost.Run(args.Skip(1));
    return;
}

if (command == "cold")
{
    Console.WriteLine(StartupBenchmark.ColdReport(args.Skip(1).ToList()));
    return;
}

if (command == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args.Skip(1).ToArray(), Suite.Config());
    return;
}

Suite.Quick = command == "quick";
var all = command is "quick" or "full";
var report = new StringBuilder();
report.AppendLine($"# PubCatalog benchmarks ({command}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.AppendLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
report.AppendLine();

if (all || command == "generator")
{
    var summary = BenchmarkRunner.Run<GeneratorBenchmarks>(Suite.GeneratorConfig());
    report.AppendLine("## 1. Generator full run vs. Markdig bare parse (same run)");
    report.AppendLine("Generator: as a command-line build runs it; IDE: documentation comments read, so members carry summaries.");
    GeneratorTable(report, summary, Suite.MainJob.Id, "workstation GC (the runtime's default)");
    if (!Suite.Quick)
    {
        GeneratorTable(report, summary, Suite.CompilerGcJob.Id, "server GC, as `csc` and `VBCSCompiler` run");
    }

    // BenchmarkDotNet times Markdig and the generator in processes minutes apart, and a spell of noise in either moves
    // its ratio by a point or more: the same ratio taken in pairs, within each round, is the steadier figure.
    report.AppendLine(PairedRatio.Report(Suite.Quick));
}

if (all || command == "incremental")
{
    var summary = BenchmarkRunner.Run<IncrementalBenchmarks>(Suite.Config());
    report.AppendLine("## 2. Incremental runs (same run)");
    report.AppendLine("| entries | full run | (a) unrelated C# edit | (a) ÷ full | (b) one of ten pages edited | (b) ÷ full |");
    report.AppendLine("|---:|---:|---:|---:|---:|---:|");
    foreach (var size in Suite.IncrementalSizes)
    {
        var p = size.ToString(CultureInfo.InvariantCulture);
        var full = Median(summary, nameof(IncrementalBenchmarks.FullRun), p);
        var a = Median(summary, nameof(IncrementalBenchmarks.UnrelatedCSharpEdit), p);
        var b = Median(summary, nameof(IncrementalBenchmarks.OnePageEdited), p);
        report.AppendLine($"| {size:N0} | {Ms(full)} | {Ms(a)} | **{a / full:P2}** | {Ms(b)} | **{b / full:P1}** |");
    }

    report.AppendLine();
}

if (all || command == "memory")
{
    report.AppendLine("## 5. Memory of one full generator run");
    report.AppendLine("| entries | input | allocated | peak managed heap growth | retained by the driver after the run | time |");
    report.AppendLine("|---:|---:|---:|---:|---:|---:|");
    foreach (var size in Suite.Quick ? new[] { 2000 } : new[] { 2000, 20000 })
    {
        var m = MemoryBenchmark.Measure(size);
        report.AppendLine($"| {size:N0} | {Mb(m.InputBytes)} | {Mb(m.AllocatedBytes)} | {Mb(m.PeakHeapBytes)} | {Mb(m.RetainedBytes)} | {m.Milliseconds:F0} ms |");
    }

    report.AppendLine();
}

if (all || command == "startup")
{
    report.AppendLine("## 4. dotnet build of a consumer (rebuild after a C# edit; median)");
    report.AppendLine("| catalog | build | generated source | Consumer.dll |");
    report.AppendLine("|---:|---:|---:|---:|");
    // Quick mode builds only the catalog the cold-start runs need, once, untimed against a baseline.
    var timed = Suite.Quick ? 1 : 3;
    var none = Suite.Quick ? null : StartupBenchmark.Build(0, timed);
    if (none is not null)
    {
        report.AppendLine($"| none (empty catalog) | {none.BuildSeconds:F1} s | {Mb(none.GeneratedBytes)} | {Mb(none.AssemblyBytes)} |");
    }

    foreach (var size in Suite.CatalogSizes)
    {
        var b = StartupBenchmark.Build(size, timed);
        var ratio = none is null ? "" : $" ({b.BuildSeconds / none.BuildSeconds:F2}×)";
        report.AppendLine($"| {size:N0} entries | {b.BuildSeconds:F1} s{ratio} | {Mb(b.GeneratedBytes)} | {Mb(b.AssemblyBytes)} |");
    }

    report.AppendLine();
    report.AppendLine($"## 3. Cold start in a fresh process (median of {Suite.ColdStartRuns} runs; µs from Main to done, JIT included)");
    report.AppendLine("| entries | first `All` access | all entries read | Markdig parse of the pages | STJ source-gen deserialize | Markdig ÷ `All` | JSON ÷ `All` | process wall (`All` / Markdig / JSON) |");
    report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var size in Suite.CatalogSizes)
    {
        var c = StartupBenchmark.ColdStart(size, Suite.ColdStartRuns);
        var t = c.MedianMicroseconds;
        var w = c.ProcessMilliseconds;
        report.AppendLine($"| {size:N0} | {Us(t["catalog"])} | {Us(t["catalog-full"])} | {Us(t["markdig"])} | {Us(t["json"])} | **{t["markdig"] / t["catalog"]:F0}×** | **{t["json"] / t["catalog"]:F0}×** | {w["catalog"]:F0} / {w["markdig"]:F0} / {w["json"]:F0} ms |");
    }

    report.AppendLine();
    foreach (var size in Suite.CatalogSizes)
    {
        report.AppendLine($"### Steady-state lookups, {size:N0} entries (BenchmarkDotNet in the consumer)");
        report.AppendLine(StartupBenchmark.Lookups(size));
    }
}

var text = report.ToString();
Directory.CreateDirectory(Suite.ArtifactsPath);
var path = Path.Combine(Suite.ArtifactsPath, $"summary-{command}.md");
File.WriteAllText(path, text);
Console.WriteLine();
Console.WriteLine(text);
Console.WriteLine("Written to " + path);

// One table of section 1 per BenchmarkDotNet job: each job times Markdig and the generator in its own processes.
static void GeneratorTable(StringBuilder report, Summary summary, string job, string title)
{
    report.AppendLine();
    report.AppendLine($"### {title}");
    report.AppendLine("| input | bytes | Markdig.Parse | generator | ratio | generator allocated | generator (IDE) | ratio (IDE) |");
    report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    var generatorTimes = new Dictionary<string, double>();
    var parseTimes = new Dictionary<string, double>();
    foreach (var input in Suite.GeneratorInputs)
    {
        var parse = Median(summary, nameof(GeneratorBenchmarks.MarkdigParse), input, job);
        var run = Median(summary, nameof(GeneratorBenchmarks.GeneratorRun), input, job);
        generatorTimes[input] = run;
        parseTimes[input] = parse;
        var ide = Median(summary, nameof(GeneratorBenchmarks.GeneratorRunIde), input, job);
        report.AppendLine($"| {input} | {Workload.Create(input).Bytes:N0} | {Ms(parse)} | {Ms(run)} | **{run / parse:F2}** | {Mb(Allocated(summary, nameof(GeneratorBenchmarks.GeneratorRun), input, job))} | {Ms(ide)} | {ide / parse:F2} |");
    }

    if (generatorTimes.TryGetValue("synthetic-20000", out var large) && generatorTimes.TryGetValue("synthetic-2000", out var medium))
    {
        report.AppendLine($"\nGrowth: generator 20,000 ÷ 2,000 = **{large / medium:F1}** (linear: 10); Markdig's parse {parseTimes["synthetic-20000"] / parseTimes["synthetic-2000"]:F1}. The 20,000 entries' data is packed and the 2,000 entries' is not (the generator packs above 2 M characters): the paired lines below give the growth of the same work too.");
    }

    report.AppendLine();
}

static double Median(Summary summary, string method, string parameter, string? job = null) => Report(summary, method, parameter, job).ResultStatistics!.Median;

static long Allocated(Summary summary, string method, string parameter, string? job = null) => Report(summary, method, parameter, job).GcStats.GetBytesAllocatedPerOperation(Report(summary, method, parameter, job).BenchmarkCase) ?? 0;

// Each part but the generator's has one job; the generator's has two in full mode, told apart by job id.
static BenchmarkReport Report(Summary summary, string method, string parameter, string? job = null) => summary.Reports.Single(r =>
    r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.BenchmarkCase.Parameters.Items.Single().Value.ToString() == parameter
    && (job is null || r.BenchmarkCase.Job.Id == job));

static string Ms(double nanoseconds) => nanoseconds >= 1e6 ? $"{nanoseconds / 1e6:F1} ms" : $"{nanoseconds / 1e3:F1} µs";

static string Us(double microseconds) => microseconds >= 1000 ? $"{microseconds / 1000:F1} ms" : $"{microseconds:F0} µs";

static string Mb(long bytes) => bytes >= 1 << 20 ? $"{bytes / 1048576.0:F1} MB" : $"{bytes / 1024.0:F0} KB";
