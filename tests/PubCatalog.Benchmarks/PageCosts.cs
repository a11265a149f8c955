using System.Diagnostics;
using Markdig;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// <c>pages INPUT ROUNDS [NAME]</c>: each page's reading (or that of the pages whose path contains NAME) against
/// Markdig's bare parse of the same page, fastest of the rounds, alternating the two per round so the machine's noise
/// of the moment touches both. Which page shapes cost most beside the reference; not a benchmark result.
/// </summary>
public static class PageCosts
{
    public static void Run(string input, int rounds, string? only = null)
    {
        var workload = Workload.Create(input);
        var pages = workload.Texts.Select(t => PubCatalog.Generator.Options.PageInput.Create(t, workload.Options)).ToList();
        var texts = pages.Select(p => p.File.GetText()!.ToString()).ToList();
        Console.WriteLine($"{"page",-40} {"chars",8} {"entries",7} {"Markdig",9} {"reading",9} {"ratio",6}");
        double markdigTotal = 0, readingTotal = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            if (only is not null && !pages[i].File.Path.Contains(only, StringComparison.Ordinal))
            {
                continue;
            }

            var markdig = double.MaxValue;
            var reading = double.MaxValue;
            var entries = 0;
            for (var round = 0; round < rounds; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                Markdown.Parse(texts[i], MarkdownDocumentReader.Pipeline);
                markdig = Math.Min(markdig, stopwatch.Elapsed.TotalMilliseconds);
                stopwatch.Restart();
                var result = PublicationFileParser.Parse(pages[i].File.Path, pages[i].DisplayPath, texts[i], pages[i].Options);
                reading = Math.Min(reading, stopwatch.Elapsed.TotalMilliseconds);
                entries = result.Publications.Count;
            }

            markdigTotal += markdig;
            readingTotal += reading;
            Console.WriteLine($"{Path.GetFileName(pages[i].File.Path),-40} {texts[i].Length,8} {entries,7} {markdig,7:F2}ms {reading,7:F2}ms {reading / markdig,6:F2}");
        }

        Console.WriteLine($"{"all (sum of the fastest)",-40} {"",8} {"",7} {markdigTotal,7:F2}ms {readingTotal,7:F2}ms {readingTotal / markdigTotal,6:F2}");
    }
}
