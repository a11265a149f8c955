using System.Diagnostics;
using Markdig;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// <c>ratio INPUT ROUNDS</c>: benchmark 1's ratio measured in pairs. Each round parses the pages with Markdig, then runs
/// the generator over them (a fresh driver), back to back, and the ratio is taken per round. On a shared machine the
/// noise moves in spells of seconds: BenchmarkDotNet times the two benchmarks minutes apart, and a spell that slows one
/// of them moves its ratio by a point or more. A pair shares its spell, so the median of the rounds' ratios is the
/// steadier figure. Not a replacement for the BenchmarkDotNet table; run it under <c>DOTNET_gcServer=1</c> for the
/// compiler's collector.
/// </summary>
public static class PairedRatio
{
    /// <summary>What the full and quick runs add to section 1: the 2,000-entry ratio in pairs, one process per collector.</summary>
    public const string ReportInput = "synthetic-2000";

    /// <summary>
    /// Section 1's paired figures for the summary: <see cref="Run"/> in a process of its own for each collector (a
    /// process's collector is fixed when it starts), workstation GC first. Quick mode runs fewer rounds and only the
    /// workstation collector, to stay within its three minutes.
    /// </summary>
    public static string Report(bool quick)
    {
        var rounds = quick ? 50 : 200;
        var report = new System.Text.StringBuilder();
        report.AppendLine($"In pairs (`… -- ratio {ReportInput} {rounds}`: each round Markdig's parse, then a fresh generator run, each from a collected heap; the median of the rounds' ratios):");
        report.AppendLine();
        foreach (var serverGc in quick ? new[] { false } : new[] { false, true })
        {
            var output = ChildProcess.Run(
                Directory.GetCurrentDirectory(),
                "dotnet",
                new[] { typeof(PairedRatio).Assembly.Location, "ratio", ReportInput, rounds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Dictionary<string, string> { ["DOTNET_gcServer"] = serverGc ? "1" : "0" });
            report.AppendLine("- " + output.Split('\n').Last().Trim());
        }

        return report.ToString();
    }

    public static void Run(string input, int rounds)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        // Warm: both paths compiled by the JIT to their final tier before anything is timed.
        for (var i = 0; i < 30; i++)
        {
            ParseAll(workload);
            Workload.Run(workload.CreateDriver(), compilation);
        }

        var markdig = new double[rounds];
        var generator = new double[rounds];
        var ratios = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            // Each side starts from a collected heap, so neither pays for collecting what the other left.
            GC.Collect();
            var start = Stopwatch.GetTimestamp();
            ParseAll(workload);
            markdig[i] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
            GC.Collect();
            start = Stopwatch.GetTimestamp();
            Workload.Run(workload.CreateDriver(), compilation);
            generator[i] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
            ratios[i] = generator[i] / markdig[i];
        }

        Console.WriteLine($"{rounds} paired rounds on {input} ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC): "
            + $"Markdig median {Median(markdig):F2} ms (fastest {markdig.Min():F2}), generator median {Median(generator):F2} ms (fastest {generator.Min():F2}); "
            + $"ratio: median of the rounds' {Median(ratios):F2} (quartiles {Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2}), "
            + $"of the medians {Median(generator) / Median(markdig):F2}, of the fastest {generator.Min() / markdig.Min():F2}");
    }

    private static void ParseAll(Workload workload)
    {
        foreach (var page in workload.Pages)
        {
            Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline);
        }
    }

    private static double Median(double[] values) => Quantile(values, 0.5);

    internal static double Quantile(double[] values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
