using System.Diagnostics;
using System.Globalization;
using System.Text;
using PubCatalog.Benchmarks.Inputs;

namespace PubCatalog.Benchmarks;

/// <summary>
/// Benchmarks 3 and 4, process-level: a throw-away consumer app (Consumer/) is written with N synthetic entries,
/// built with <c>dotnet build</c> (timed, beside the same app with an empty catalog), and started again and again in
/// fresh processes: first access of <c>All</c> against parsing the pages with Markdig and deserializing the same
/// catalog with a System.Text.Json source-generated context. Steady-state lookups run with BenchmarkDotNet inside it.
/// </summary>
public static class StartupBenchmark
{
    public sealed record BuildResult(int Entries, double BuildSeconds, long GeneratedBytes, long AssemblyBytes);

    public sealed record ColdResult(int Entries, IReadOnlyDictionary<string, double> MedianMicroseconds, IReadOnlyDictionary<string, double> ProcessMilliseconds);

    private static readonly string[] Modes = { "catalog", "catalog-full", "markdig", "json" };

    public static string Root => Path.Combine(Suite.ArtifactsPath, "consumers");

    /// <summary>Writes and builds the consumer with <paramref name="entries"/> entries (0: no pages), timing rebuilds that compile the catalog.</summary>
    public static BuildResult Build(int entries, int timedBuilds)
    {
        var dir = Write(entries);
        Dotnet(dir, "restore", "--verbosity", "quiet");
        Dotnet(dir, "build", "-c", "Release", "--no-restore", "--verbosity", "quiet", "-nologo");
        var times = new List<double>();
        for (var i = 0; i < timedBuilds; i++)
        {
            // A changed line in Program.cs: the compiler (and so the generator) runs again, the references are up to date.
            var program = Path.Combine(dir, "Program.cs");
            File.WriteAllText(program, File.ReadAllText(program).TrimEnd() + "\n// rebuild " + i.ToString(CultureInfo.InvariantCulture) + "\n");
            var stopwatch = Stopwatch.StartNew();
            Dotnet(dir, "build", "-c", "Release", "--no-restore", "--verbosity", "quiet", "-nologo");
            times.Add(stopwatch.Elapsed.TotalSeconds);
        }

        // The index file and the page parts of the build itself (obj/Release/net10.0 only: a ReadyToRun publish leaves its
        // own copy under obj/Release/net10.0/linux-x64); not the build-log summary.
        var generated = Directory.GetFiles(Path.Combine(dir, "obj", "Release", "net10.0", "generated"), "PubCatalog*.g.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("PubCatalog.Summary.g.cs", StringComparison.Ordinal)).ToList();
        var assembly = Path.Combine(dir, "bin", "Release", "net10.0", "Consumer.dll");
        return new BuildResult(entries, Median(times), generated.Sum(f => new FileInfo(f).Length), new FileInfo(assembly).Length);
    }

    /// <summary>
    /// Publishes the built consumer ReadyToRun (framework-dependent) beside its build output, so that every mode of the
    /// ReadyToRun row runs from the same precompiled app.
    /// </summary>
    public static string PublishReadyToRun(int entries)
    {
        var dir = Folder(entries);
        var output = Path.Combine(dir, "publish-r2r");
        Dotnet(dir, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishReadyToRun=true", "--self-contained", "false", "--verbosity", "quiet", "-nologo", "-o", output);
        return Path.Combine(output, "Consumer.dll");
    }

    /// <summary>Each mode in <paramref name="runs"/> fresh processes, interleaved so that noise hits them alike.</summary>
    public static ColdResult ColdStart(int entries, int runs, string? consumerDll = null)
    {
        var dir = Folder(entries);
        var dll = consumerDll ?? Path.Combine(dir, "bin", "Release", "net10.0", "Consumer.dll");
        var json = Path.Combine(dir, "catalog.json");
        Run(dir, dll, "dump", json);
        var samples = Modes.ToDictionary(m => m, _ => new List<double>());
        var wall = Modes.ToDictionary(m => m, _ => new List<double>());
        for (var r = 0; r < runs; r++)
        {
            foreach (var mode in Modes)
            {
                var stopwatch = Stopwatch.StartNew();
                var output = Run(dir, dll, mode, mode == "markdig" ? Path.Combine(dir, "pages.txt") : json);
                wall[mode].Add(stopwatch.Elapsed.TotalMilliseconds);
                samples[mode].Add(double.Parse(output.Split(' ')[1], CultureInfo.InvariantCulture));
            }
        }

        return new ColdResult(entries, samples.ToDictionary(kv => kv.Key, kv => Median(kv.Value)), wall.ToDictionary(kv => kv.Key, kv => Median(kv.Value)));
    }

    /// <summary>
    /// <c>cold [build] [r2r] SIZE… RUNS</c>: only the cold-start rows (JIT, and ReadyToRun-published when asked), for
    /// quick before/after comparisons without the build timings or BenchmarkDotNet.
    /// </summary>
    public static string ColdReport(IReadOnlyList<string> args)
    {
        var build = args.Contains("build");
        var r2r = args.Contains("r2r");
        var numbers = args.Where(a => a.All(char.IsDigit)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var runs = numbers.Count > 1 ? numbers[^1] : 11;
        var sizes = numbers.Count > 1 ? numbers.Take(numbers.Count - 1).ToList() : numbers;
        var report = new StringBuilder();
        report.AppendLine($"| entries | mode | first `All` access | all entries read | Markdig parse of the pages | STJ source-gen deserialize | Markdig ÷ `All` | JSON ÷ `All` | process wall (`All` / Markdig / JSON) |");
        report.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            if (build)
            {
                var b = Build(size, 0);
                report.AppendLine($"<!-- {size:N0}: generated source {b.GeneratedBytes:N0} bytes, Consumer.dll {b.AssemblyBytes:N0} bytes -->");
            }

            var rows = new List<(string Mode, ColdResult Result)> { ("JIT", ColdStart(size, runs)) };
            if (r2r)
            {
                rows.Add(("ReadyToRun", ColdStart(size, runs, PublishReadyToRun(size))));
            }

            foreach (var (mode, c) in rows)
            {
                var t = c.MedianMicroseconds;
                var w = c.ProcessMilliseconds;
                report.AppendLine($"| {size:N0} | {mode} | {Us(t["catalog"])} | {Us(t["catalog-full"])} | {Us(t["markdig"])} | {Us(t["json"])} | **{t["markdig"] / t["catalog"]:F0}×** | **{t["json"] / t["catalog"]:F0}×** | {w["catalog"]:F0} / {w["markdig"]:F0} / {w["json"]:F0} ms |");
            }
        }

        return report.ToString();
    }

    private static string Us(double microseconds) => microseconds >= 1000 ? $"{microseconds / 1000:F2} ms" : $"{microseconds:F0} µs";

    /// <summary>BenchmarkDotNet (in-process) on the compiled catalog's lookups; returns its GitHub-flavoured table.</summary>
    public static string Lookups(int entries)
    {
        var dir = Folder(entries);
        var dll = Path.Combine(dir, "bin", "Release", "net10.0", "Consumer.dll");
        Run(dir, dll, "lookups");
        var report = Directory.GetFiles(Path.Combine(dir, "BenchmarkDotNet.Artifacts", "results"), "*Lookups-report-github.md").Single();
        return File.ReadAllText(report);
    }

    private static string Folder(int entries) => Path.Combine(Root, entries == 0 ? "no-catalog" : "catalog-" + entries.ToString(CultureInfo.InvariantCulture));

    private static string Write(int entries)
    {
        var dir = Folder(entries);
        Directory.CreateDirectory(dir);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        var items = new StringBuilder();
        var pagePaths = new List<string>();
        if (entries > 0)
        {
            foreach (var page in Workload.Synthetic(entries).Pages)
            {
                var relative = page.Path.Substring(Workload.ProjectDirectory.Length);
                var full = Path.Combine(dir, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, page.Text);
                pagePaths.Add(full);
                var self = page.Metadata.TryGetValue("PubCatalogSelf", out var name) ? $" PubCatalogSelf=\"{name}\"" : "";
                items.Append("    <AdditionalFiles Include=\"").Append(relative).Append('"').Append(self).Append(" />\n");
            }
        }

        File.WriteAllLines(Path.Combine(dir, "pages.txt"), pagePaths);
        var versions = File.ReadAllText(Path.Combine(Paths.Repository, "Directory.Packages.props"));
        var project = File.ReadAllText(Path.Combine(template, "Consumer.csproj.template"))
            .Replace("$REPO$", Paths.Repository, StringComparison.Ordinal)
            .Replace("$MARKDIG$", Version(versions, "Markdig"), StringComparison.Ordinal)
            .Replace("$BDN$", Version(versions, "BenchmarkDotNet"), StringComparison.Ordinal)
            .Replace("$PAGES$", items.ToString().TrimEnd('\n'), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), project);
        File.Copy(Path.Combine(template, "Program.cs"), Path.Combine(dir, "Program.cs"), overwrite: true);

        // Keep the consumer out of the repository's Directory.Build.props and central package management.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />\n");
        return dir;
    }

    private static string Version(string props, string package)
    {
        var marker = $"Include=\"{package}\" Version=\"";
        var start = props.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return props.Substring(start, props.IndexOf('"', start) - start);
    }

    private static string Run(string dir, string dll, params string[] args) => ChildProcess.Run(dir, "dotnet", new[] { dll }.Concat(args));

    private static void Dotnet(string dir, params string[] args) => ChildProcess.Run(dir, "dotnet", args);

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
