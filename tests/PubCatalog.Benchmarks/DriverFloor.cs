using System.Diagnostics;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// <c>floor INPUT ROUNDS</c>: what a generator run costs outside our code, beside Markdig's parse and a whole run. A
/// generator that reads the same pages' texts and adds the source ours generated, as it is (a fresh driver each
/// round), measures the driver and the hand-over of the generated files; a scan of the pages' lines, the least a
/// reader can do. Each from a collected heap, alternated round by round; fastest and median.
/// </summary>
public static class DriverFloor
{
    public static void Run(string input, int rounds)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        var generated = Workload.Run(workload.CreateDriver(), compilation).GetRunResult().Results[0].GeneratedSources;
        var replay = new ReplayGenerator(generated.Select(s => (s.HintName, s.SourceText.ToString())).ToArray());
        Console.WriteLine($"{input}: the generator adds {generated.Length} files, {generated.Sum(s => s.SourceText.Length):N0} characters");

        var times = new Dictionary<string, List<double>>
        {
            ["Markdig's parse"] = new(), ["our generator"] = new(), ["the same files added as they are"] = new(), ["a scan of the pages' lines"] = new(),
        };
        for (var round = 0; round < rounds; round++)
        {
            Time(times["Markdig's parse"], () =>
            {
                foreach (var page in workload.Pages)
                {
                    Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline);
                }
            });
            Time(times["our generator"], () => Workload.Run(workload.CreateDriver(), compilation));
            Time(times["the same files added as they are"], () =>
                CSharpGeneratorDriver.Create(new[] { replay.AsSourceGenerator() }, workload.Texts, Workload.BuildOptions, workload.Options).RunGenerators(compilation));
            Time(times["a scan of the pages' lines"], () =>
            {
                foreach (var page in workload.Pages)
                {
                    for (var at = page.Text.IndexOf('\n'); at >= 0; at = page.Text.IndexOf('\n', at + 1))
                    {
                    }
                }
            });
        }

        foreach (var (name, list) in times)
        {
            Console.WriteLine($"{name}: fastest {list.Min():F2} ms, median {PairedRatio.Quantile(list.ToArray(), 0.5):F2} ms");
        }
    }

    private static void Time(List<double> times, Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        action();
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Reads every page's text (as ours does) and adds the given files.</summary>
    private sealed class ReplayGenerator((string HintName, string Text)[] sources) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var texts = context.AdditionalTextsProvider.Select((text, cancellationToken) => text.GetText(cancellationToken)?.ToString().Length ?? 0).Collect();
            context.RegisterSourceOutput(texts, (output, _) =>
            {
                foreach (var (hintName, text) in sources)
                {
                    output.AddSource(hintName, text);
                }
            });
        }
    }
}
