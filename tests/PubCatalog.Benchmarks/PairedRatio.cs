using System.Diagnostics;
using System.Globalization;
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
    /// <summary>
    /// What the full run adds to section 1, per collector: the ratio in pairs at 2,000 and 20,000 entries, fewer rounds at
    /// 20,000 (a round there takes half a second), and the growth from one to the other of the two sides' medians. Quick
    /// mode runs the 2,000 entries alone. Not 100 entries: a round there is a few milliseconds and something fixed
    /// after each collection dominates it (tried on 2026-12-06: Markdig's parse took 2.7 ms median under workstation GC
    /// and 3.6 ms under server GC, where its fastest round took 0.5 ms); BenchmarkDotNet's figure is the one to read there.
    /// </summary>
    /// <remarks>
    /// The 2,000 entries are also run with their data packed, as the 20,000 entries' is (above 2 M characters the
    /// generator packs it, below it does not): the growth of the same work, beside the growth a project sees.
    /// </remarks>
    private static readonly (string Input, int Rounds)[] FullInputs = { ("synthetic-2000", 200), ("synthetic-2000-packed", 200), ("synthetic-20000", 30) };

    private static readonly (string Input, int Rounds)[] QuickInputs = { ("synthetic-2000", 50) };

    /// <summary>The line a <c>ratio</c> process prints before its summary, for <see cref="Report"/> to read the medians from.</summary>
    private const string MediansPrefix = "paired medians (ms, Markdig then generator): ";

    /// <summary>
    /// Section 1's paired figures for the summary: <see cref="Run"/> in a process of its own for each size and collector
    /// (a process's collector is fixed when it starts), workstation GC first. Quick mode runs fewer rounds, one size and
    /// only the workstation collector, to stay within its three minutes.
    /// </summary>
    public static string Report(bool quick)
    {
        var inputs = quick ? QuickInputs : FullInputs;
        var report = new System.Text.StringBuilder();
        report.AppendLine($"In pairs (`… -- ratio INPUT ROUNDS`, {string.Join(", ", inputs.Select(i => $"{i.Rounds} rounds of {i.Input}"))}: each round Markdig's parse, then a fresh generator run, each from a collected heap; the median of the rounds' ratios):");
        report.AppendLine();
        foreach (var serverGc in quick ? new[] { false } : new[] { false, true })
        {
            var medians = new Dictionary<string, (double Markdig, double Generator)>();
            foreach (var (input, rounds) in inputs)
            {
                var output = ChildProcess.Run(
                    Directory.GetCurrentDirectory(),
                    "dotnet",
                    new[] { typeof(PairedRatio).Assembly.Location, "ratio", input, rounds.ToString(CultureInfo.InvariantCulture) },
                    new Dictionary<string, string> { ["DOTNET_gcServer"] = serverGc ? "1" : "0" });
                var lines = output.Split('\n').Select(l => l.Trim()).ToArray();
                medians[input] = ReadMedians(lines);
                report.AppendLine("- " + lines.Last());
            }

            if (medians.TryGetValue("synthetic-20000", out var large) && medians.TryGetValue("synthetic-2000", out var medium))
            {
                report.AppendLine($"- Growth in pairs ({(serverGc ? "server" : "workstation")} GC), the medians' 20,000 ÷ 2,000: generator **{large.Generator / medium.Generator:F1}** (linear: 10), Markdig's parse {large.Markdig / medium.Markdig:F1}.");
            }

            if (medians.TryGetValue("synthetic-20000", out var packedLarge) && medians.TryGetValue("synthetic-2000-packed", out var packedMedium))
            {
                report.AppendLine($"- The same with the 2,000 entries' data packed too, as the 20,000 entries' is (the same work at both sizes): generator **{packedLarge.Generator / packedMedium.Generator:F1}**, Markdig's parse {packedLarge.Markdig / packedMedium.Markdig:F1}.");
            }
        }

        return report.ToString();
    }

    /// <summary>The two medians from a <c>ratio</c> process's output (the line <see cref="Run"/> prints before its summary).</summary>
    private static (double Markdig, double Generator) ReadMedians(string[] lines)
    {
        var values = lines.Single(l => l.StartsWith(MediansPrefix, StringComparison.Ordinal)).Substring(MediansPrefix.Length).Split(' ');
        return (double.Parse(values[0], CultureInfo.InvariantCulture), double.Parse(values[1], CultureInfo.InvariantCulture));
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
        // The collections inside each side's timing (each starts from a collected heap): 0 and 0 at 2,000 entries.
        var gcs = new int[2];
        var pauses = new TimeSpan[2];
        void Count(int side, int collectionsBefore, TimeSpan pauseBefore)
        {
            gcs[side] += GC.CollectionCount(0) - collectionsBefore;
            pauses[side] += GC.GetTotalPauseDuration() - pauseBefore;
        }

        for (var i = 0; i < rounds; i++)
        {
            // Each side starts from a collected heap, so neither pays for collecting what the other left.
            GC.Collect();
            var (collections, pause) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var start = Stopwatch.GetTimestamp();
            ParseAll(workload);
            markdig[i] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
            Count(0, collections, pause);
            GC.Collect();
            (collections, pause) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
            start = Stopwatch.GetTimestamp();
            Workload.Run(workload.CreateDriver(), compilation);
            generator[i] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
            Count(1, collections, pause);
            ratios[i] = generator[i] / markdig[i];
        }

        Console.WriteLine($"collections while timed: Markdig {gcs[0]} ({pauses[0].TotalMilliseconds / rounds:F2} ms a round), generator {gcs[1]} ({pauses[1].TotalMilliseconds / rounds:F2} ms a round)");
        // Read by Report; the summary stays the last line, which abba.sh prints.
        Console.WriteLine(MediansPrefix + Median(markdig).ToString("R", CultureInfo.InvariantCulture) + " " + Median(generator).ToString("R", CultureInfo.InvariantCulture));
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
