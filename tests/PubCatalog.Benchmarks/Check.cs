using System.Diagnostics;
using System.Collections.Immutable;
using Markdig;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary><c>check</c>: what the inputs produce (entries, diagnostics, source size) and a rough timing, without BenchmarkDotNet.</summary>
public static class Check
{
    /// <summary>The index and the page parts of a catalog, as the generator's two steps make them.</summary>
    private static (PubCatalog.Generator.Catalog.CatalogIndex Index, PubCatalog.Generator.Model.EquatableArray<PubCatalog.Generator.Catalog.PagePart> Pages) Cut(
        PubCatalog.Generator.Catalog.CatalogModel model) =>
        (PubCatalog.Generator.Catalog.SafeBuild.Index(new PubCatalog.Generator.Catalog.IndexInput(model)), PubCatalog.Generator.Catalog.SafeBuild.Pages(model).Parts);

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
            var partition = Cut(catalog.Model);
            var cut = stopwatch.Elapsed.TotalMilliseconds;
            var sources = new[] { PubCatalog.Generator.Emit.IndexEmitter.Emit(partition.Index, PubCatalog.Generator.Emit.EmitOptions.Default) }
                .Concat(partition.Pages.Select(p => PubCatalog.Generator.Emit.PageEmitter.Emit(p, PubCatalog.Generator.Emit.EmitOptions.Default))).ToList();
            var emit = stopwatch.Elapsed.TotalMilliseconds;
            foreach (var source in sources)
            {
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, Workload.BuildOptions);
            }

            var tree = stopwatch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"   phases: parse pages {parse:F0} ms, build catalog {build - parse:F0} ms, partition {cut - build:F0} ms, emit {emit - cut:F0} ms, C# parse of output {tree - emit:F0} ms");
        }
    }

    /// <summary>
    /// Every line of the pages' Markdown blocks, each with its page's context. Copied while its block is current: the
    /// reader empties a block's lines once it moves on to the next (<c>LogicalLine.Forget</c>), and its store makes them
    /// over for the next page.
    /// </summary>
    private static List<(LogicalLine Line, ParseContext Context)> BlockLines(Workload workload)
    {
        var lines = new List<(LogicalLine, ParseContext)>();
        foreach (var text in workload.Texts)
        {
            var page = PubCatalog.Generator.Options.PageInput.Create(text, workload.Options);
            var context = new ParseContext(page.File.Path, page.Options);
            foreach (var block in MarkdownDocumentReader.Read(new SourceLines(page.File.GetText()!.ToString()), context, _ => false, new LineStore()))
            {
                lines.AddRange(block.Lines.Select(line => (new LogicalLine(line.Segments.ToArray(), line.Line, line.Column), context)));
            }
        }

        return lines;
    }

    /// <summary>
    /// The line of the page's first card (<see cref="int.MaxValue"/> with none), and whether the parser reads any Markdown
    /// blocks of the page: not of one that is cards from its first written line.
    /// </summary>
    private static bool ReadsBlocks(SourceLines source, out int firstCard)
    {
        firstCard = CardEntryReader.FindCardStarts(source) is { Count: > 0 } cards ? cards[0] : int.MaxValue;
        return PublicationFileParser.HasTextBefore(source, firstCard);
    }

    /// <summary>A copy of the string, as a reader makes one from the page's text.</summary>
    private static string Copy(string text) => new(text.AsSpan());

    /// <summary>The lower quartile, median and upper quartile of the rounds' times: the mean alone hides whether a few slow rounds or all of them make it.</summary>
    private static string Quartiles(List<double> times)
    {
        var values = times.ToArray();
        return $"{PairedRatio.Quantile(values, 0.25):F2} / {PairedRatio.Quantile(values, 0.5):F2} / {PairedRatio.Quantile(values, 0.75):F2}";
    }

    /// <summary><c>profile INPUT ROUNDS STAGE</c>: one stage in a loop, to run under <c>dotnet-trace</c>.</summary>
    public static void Profile(string input, int rounds, string stage)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        var parsed = stage is "readingfloor" or "prepare" or "prepare-index" or "prepare-keys" or "build" or "partition" or "cut" or "emit" or "pack"
            ? workload.Texts.Select(t => PubCatalog.Generator.Options.PageInput.Create(t, workload.Options))
                .Select(p => PublicationFileParser.Parse(p.File.Path, p.DisplayPath, p.File.GetText()?.ToString(), p.Options)).ToImmutableArray()
            : ImmutableArray<PubCatalog.Generator.Model.FileParseResult>.Empty;
        var prepared = parsed.Select(PubCatalog.Generator.Catalog.SafeBuild.Prepare).ToImmutableArray();
        var catalogOptions = PubCatalog.Generator.Options.OptionsReader.ReadCatalogOptions(workload.Options.GlobalOptions);
        // "edit": the run after one of the pages is edited (benchmark 2b), from a warm driver made once, as the IDE runs it.
        var warmWithEditedPage = stage == "edit"
            ? Workload.Run(workload.CreateDriver(ide: true), compilation).ReplaceAdditionalText(workload.Texts[3], workload.EditedText(3))
            : null;
        // "cut": the partition alone (index and page parts), over a catalog built once.
        var built = stage == "cut" ? PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions).Model : null;
        // "pack": the page data's encoding and packing alone, over a partition made once.
        var pages = stage == "pack"
            ? Cut(PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions).Model).Pages
            : default;
        // "authors": the author-list reader alone, over the lines of the pages' blocks that read as names, found once;
        // "authorlines": the test of whether a line reads as names, over every line of the blocks.
        var allLines = stage is "authors" or "authorlines" ? BlockLines(workload) : new List<(LogicalLine Line, ParseContext Context)>();
        var authorLines = stage == "authors" ? allLines.Where(l => AuthorListReader.LooksLikeAuthorLine(l.Line)).ToList() : allLines;
        var authors = new List<(PubCatalog.Generator.Model.AuthorModel, int, int)>();
        var floorEntries = new List<PubCatalog.Generator.Model.PublicationModel>();
        var packedChars = 0L;
        var blockLines = 0L;
        using var sampler = Environment.GetEnvironmentVariable("PUBCATALOG_ALLOC_TYPES") == "1" ? new AllocationSampler() : null;
        using var pauses = Environment.GetEnvironmentVariable("PUBCATALOG_GC_PAUSES") == "1" ? new GcPauseListener() : null;
        var coldTables = Environment.GetEnvironmentVariable("PUBCATALOG_COLD_TABLES") == "1";
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the other processes.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        // The fastest round and the rounds' quartiles as well as the mean: on a shared machine the minimum is the steadier
        // figure, and the quartiles show whether a few slow rounds (the collector's) or all of them make the mean.
        // "directstacked", "parsestacked": the pages with no cards, as the parser reads them.
        var stackedPages = stage is "directstacked" or "parsestacked"
            ? workload.Texts.Select(t => PubCatalog.Generator.Options.PageInput.Create(t, workload.Options))
                .Select(p => (Path: p.File.Path, p.Options, Text: p.File.GetText()!.ToString()))
                .Where(p => CardEntryReader.FindCardStarts(new SourceLines(p.Text)).Count == 0).ToList()
            : new();
        var direct = new List<PubCatalog.Generator.Model.PublicationModel>();
        var fastest = double.MaxValue;
        var roundTimes = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var roundStart = stopwatch.Elapsed.TotalMilliseconds;
            if (stage == "prepare-index")
            {
                foreach (var file in parsed)
                {
                    PubCatalog.Generator.Catalog.FileIndexKeys.For(file.Publications);
                }
            }
            else if (stage == "prepare-keys")
            {
                foreach (var file in parsed)
                {
                    foreach (var p in file.Publications) PubCatalog.Generator.Catalog.EntryKeys.For(p);
                }
            }
            else if (stage == "prepare")
            {
                foreach (var file in parsed)
                {
                    PubCatalog.Generator.Catalog.SafeBuild.Prepare(file);
                }
            }
            else if (stage == "build")
            {
                PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions);
            }
            else if (stage == "emit")
            {
                var partition = Cut(PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions).Model);
                PubCatalog.Generator.Emit.IndexEmitter.Emit(partition.Index, PubCatalog.Generator.Emit.EmitOptions.Default);
                foreach (var part in partition.Pages)
                {
                    PubCatalog.Generator.Emit.PageEmitter.Emit(part, PubCatalog.Generator.Emit.EmitOptions.Default);
                }
            }
            else if (stage == "pack")
            {
                packedChars = 0;
                foreach (var part in pages)
                {
                    packedChars += PubCatalog.Generator.Emit.CompactData.Encode(part.Entries.AsImmutableArray()).Sum(b => (long)b.Length);
                }
            }
            else if (stage == "edit")
            {
                Workload.Run(warmWithEditedPage!, compilation);
            }
            else if (stage == "cut")
            {
                Cut(built!);
            }
            else if (stage == "partition")
            {
                Cut(PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions).Model);
            }
            else if (stage == "readingfloor")
            {
                // What any reader of the same pages must at least do: split each page into lines, and make the entries'
                // objects and strings (each string copied from the one parsed, the authors and venues shared as a page's
                // tables share them). A bound for a reader of another design, not a reader.
                floorEntries.Clear();
                foreach (var file in parsed)
                {
                    var page = workload.Texts.First(t => t.Path == file.FilePath).GetText()!.ToString();
                    // The lines counted, so the split is used (the count is not printed for this stage).
                    blockLines += new SourceLines(page).LineCount;
                    foreach (var p in file.Publications)
                    {
                        var links = ImmutableArray.CreateBuilder<PubCatalog.Generator.Model.LinkModel>(p.Links.Count);
                        foreach (var link in p.Links)
                        {
                            links.Add(new PubCatalog.Generator.Model.LinkModel(link.Label, link.Kind, Copy(link.Url)));
                        }

                        var names = ImmutableArray.CreateBuilder<PubCatalog.Generator.Model.AuthorModel>(p.Authors.Count);
                        foreach (var author in p.Authors)
                        {
                            names.Add(author);
                        }

                        var title = Copy(p.Title);
                        // Kept, as a reader's entries are (the JIT may not allocate an object that nothing keeps).
                        floorEntries.Add(new PubCatalog.Generator.Model.PublicationModel(title, p.TitleHtml == p.Title ? title : Copy(p.TitleHtml), p.ShortName is null ? null : Copy(p.ShortName),
                            p.ExplicitId, new(names.MoveToImmutable()), p.Venue, p.Year, p.Awards, new(links.MoveToImmutable()), p.Tags,
                            p.Summary is null ? null : Copy(p.Summary), p.Highlights, p.FilePath, p.Line, p.Column));
                    }
                }
            }
            else if (stage == "authors")
            {
                foreach (var (line, context) in authorLines)
                {
                    authors.Clear();
                    AuthorListReader.Read(line, context, authors);
                }
            }
            else if (stage == "authorlines")
            {
                foreach (var (line, _) in allLines)
                {
                    line.LooksLikeAuthorLine = null;
                    AuthorListReader.LooksLikeAuthorLine(line);
                }
            }
            else if (stage == "markdig")
            {
                // The reference of the generator benchmark: Markdig's bare parse of the same pages with the same pipeline.
                foreach (var page in workload.Pages)
                {
                    Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline);
                }
            }
            else if (stage == "plainblocks")
            {
                // The same pages cut into blocks by PlainBlockParser, where it takes them (Markdig's parse where it does not);
                // not the pages of cards alone, of which the parser reads no blocks.
                foreach (var page in workload.Pages)
                {
                    var lines = new SourceLines(page.Text);
                    if (!ReadsBlocks(lines, out _))
                    {
                        continue;
                    }

                    if (PlainBlockParser.TryParse(lines.Text, lines) is null)
                    {
                        Markdown.Parse(page.Text, MarkdownDocumentReader.BlockPipeline);
                    }
                }
            }
            else if (stage == "markdigblocks")
            {
                // Markdig's block parse alone, as the reader runs it (no inline parse): the part of "blocks" that is Markdig's.
                foreach (var page in workload.Pages)
                {
                    Markdown.Parse(page.Text, MarkdownDocumentReader.BlockPipeline);
                }
            }
            else if (stage == "blocks")
            {
                // The Markdown blocks and their lines alone, as the readers get them: what reading costs before any entry reader runs.
                foreach (var text in workload.Texts)
                {
                    var page = PubCatalog.Generator.Options.PageInput.Create(text, workload.Options);
                    var source = new SourceLines(page.File.GetText()!.ToString());
                    var context = new ParseContext(page.File.Path, page.Options);
                    if (!ReadsBlocks(source, out var firstCard))
                    {
                        // Cards from the first written line: the parser reads no Markdown blocks of this page at all.
                        continue;
                    }

                    // The parser's store, as the parse takes and gives it back.
                    var lines = LineStore.Acquire();
                    foreach (var block in MarkdownDocumentReader.Read(source, context, line => line >= firstCard, lines))
                    {
                        blockLines += block.Lines.Count;
                    }

                    lines.Release();
                }
            }
            else if (stage is "directstacked" or "parsestacked")
            {
                // The pages of the stacked shapes alone (no cards): read by the prototype of a reader from the lines
                // (DirectReaderPrototype, a measurement), or by the generator's parser, for the same pages.
                direct.Clear();
                foreach (var (path, options, text) in stackedPages)
                {
                    if (stage == "directstacked")
                    {
                        DirectReaderPrototype.Read(path, options, text, direct);
                    }
                    else
                    {
                        PublicationFileParser.Parse(path, path, text, options);
                    }
                }
            }
            else if (stage is "parse" or "parse-prepare")
            {
                foreach (var text in workload.Texts)
                {
                    var page = PubCatalog.Generator.Options.PageInput.Create(text, workload.Options);
                    var file = PublicationFileParser.Parse(page.File.Path, page.DisplayPath, page.File.GetText()?.ToString(), page.Options);
                    // "parse-prepare": as the pipeline's per-file step runs, each page's keys taken right after it is read.
                    if (stage == "parse-prepare")
                    {
                        PubCatalog.Generator.Catalog.SafeBuild.Prepare(file);
                    }
                }
            }
            else
            {
                // A run that finds nothing of the runs before it in the process-wide author table.
                if (coldTables)
                {
                    PubCatalog.Generator.Parsing.AuthorTable.Clear();
                }

                // "runide": with the IDE's parse options (documentation comments read, so members carry summaries).
                Workload.Run(workload.CreateDriver(ide: stage == "runide"), compilation);
            }

            var roundTime = stopwatch.Elapsed.TotalMilliseconds - roundStart;
            fastest = Math.Min(fastest, roundTime);
            roundTimes.Add(roundTime);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{rounds} rounds of {stage} on {input}: {stopwatch.Elapsed.TotalMilliseconds / rounds:F1} ms each, fastest {fastest:F2} ms, rounds' quartiles {Quartiles(roundTimes)} ms ({cpu.TotalMilliseconds / rounds:F1} ms CPU); "
            + $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() / rounds / 1048576.0:F1} MB allocated per round, GC pause {GC.GetTotalPauseDuration().TotalMilliseconds / rounds:F1} ms per round");
        if (stage == "pack")
        {
            // The count the generator decides by (PageDataPacking), beside what packing makes.
            var estimate = PubCatalog.Generator.Catalog.PageDataPacking.EstimatedCharacters(PubCatalog.Generator.Catalog.CatalogBuilder.Build(prepared, catalogOptions).Model.Entries);
            Console.WriteLine($"packed page data: {packedChars:N0} characters; the entries' strings, as the generator counts them to decide whether to pack: {estimate:N0}");
        }

        if (stage == "directstacked")
        {
            // How much of the prototype's work is the generator's: its entries against the parser's, field by field.
            var parsedEntries = stackedPages.SelectMany(p => PublicationFileParser.Parse(p.Path, p.Path, p.Text, p.Options).Publications).ToList();
            var pairs = parsedEntries.Zip(direct, (a, b) => (a, b)).ToList();
            Console.WriteLine($"stacked pages: {stackedPages.Count}; entries: the parser's {parsedEntries.Count:N0}, the prototype's {direct.Count:N0}; equal: "
                + $"whole {pairs.Count(p => p.a.Equals(p.b)):N0}, title {pairs.Count(p => p.a.Title == p.b.Title):N0}, "
                + $"authors {pairs.Count(p => p.a.Authors.Equals(p.b.Authors)):N0}, venue {pairs.Count(p => p.a.Venue.Equals(p.b.Venue)):N0}, "
                + $"year {pairs.Count(p => p.a.Year == p.b.Year):N0}, awards {pairs.Count(p => p.a.Awards.Equals(p.b.Awards)):N0}, "
                + $"links {pairs.Count(p => p.a.Links.Equals(p.b.Links)):N0}, position {pairs.Count(p => p.a.Line == p.b.Line && p.a.Column == p.b.Column):N0}");
        }

        if (stage == "authors")
        {
            var names = authorLines.Sum(l => { authors.Clear(); AuthorListReader.Read(l.Line, l.Context, authors); return authors.Count; });
            Console.WriteLine($"author lines: {authorLines.Count:N0}, names {names:N0}, characters {authorLines.Sum(l => l.Line.PlainText.Length):N0}");
        }

        if (stage == "blocks")
        {
            Console.WriteLine($"lines in the blocks: {blockLines / rounds:N0} per round");
            foreach (var page in workload.Pages)
            {
                var lines = new SourceLines(page.Text);
                Console.WriteLine($"{page.Path}: {(PlainBlockParser.TryParse(lines.Text, lines) is null ? "Markdig's block parse" : "plain blocks")}");
            }
        }

        sampler?.Print(rounds);
        pauses?.Print(rounds);
    }

    public static void Run(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            var workload = Workload.Create(input);
            var compilation = Workload.CreateCompilation();
            var driver = Workload.Run(workload.CreateDriver(), compilation);
            var result = driver.GetRunResult();
            var source = string.Concat(result.Results[0].GeneratedSources.Where(s => s.HintName != PubCatalog.Generator.CatalogGenerator.SummaryHintName).Select(s => s.SourceText.ToString()));
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

/// <summary><c>steps INPUT ROUNDS</c>: where a full run and a one-page-edit run spend their time, step by step (tracked steps).</summary>
public static class StepTimes
{
    public static void Run(string input, int rounds)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        var fullRuns = new List<(double Total, Dictionary<string, double> Steps)>();
        for (var round = 0; round < rounds; round++)
        {
            var full = Stopwatch.StartNew();
            var warm = Workload.Run(workload.CreateDriver(trackSteps: true), compilation);
            full.Stop();
            var edited = warm.ReplaceAdditionalText(workload.Texts[3], workload.EditedText(3));
            var edit = Stopwatch.StartNew();
            var after = Workload.Run(edited, compilation);
            edit.Stop();
            fullRuns.Add((full.Elapsed.TotalMilliseconds, StepMilliseconds(warm)));
            Console.WriteLine($"round {round}: full {full.Elapsed.TotalMilliseconds:F1} ms [{Format(StepMilliseconds(warm))}]; one page edited {edit.Elapsed.TotalMilliseconds:F1} ms [{Format(StepMilliseconds(after))}]");
        }

        // The fastest full run's steps, and what it spent after reading the pages: the steps there take longer inside a
        // run than each alone in a loop (docs/performance.md, "What was not reached").
        var fastest = fullRuns.OrderBy(r => r.Total).First();
        var reading = fastest.Steps.TryGetValue(PubCatalog.Generator.TrackingNames.ParsedFiles, out var parsed) ? parsed : 0;
        var shown = fastest.Steps.Where(kv => kv.Value >= 0.05 && !kv.Key.StartsWith("out:", StringComparison.Ordinal)).OrderByDescending(kv => kv.Value);
        Console.WriteLine($"fastest of {rounds} full runs: {fastest.Total:F1} ms, reading the pages ({PubCatalog.Generator.TrackingNames.ParsedFiles}) {reading:F1} ms, after it {fastest.Total - reading:F1} ms [{Format(shown)}]");
    }

    private static Dictionary<string, double> StepMilliseconds(Microsoft.CodeAnalysis.GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results[0];
        return result.TrackedSteps.Select(kv => (kv.Key, Milliseconds: kv.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
            .Concat(result.TrackedOutputSteps.Select(kv => ("out:" + kv.Key, kv.Value.Sum(s => s.ElapsedTime.TotalMilliseconds))))
            .ToDictionary(step => step.Item1, step => step.Item2);
    }

    private static string Format(IEnumerable<KeyValuePair<string, double>> steps) =>
        string.Join(", ", steps.Select(kv => $"{kv.Key} {kv.Value:F1}"));
}

/// <summary><c>cparse FILE…</c>: how long Roslyn takes to parse generated files, with documentation comments parsed and not.</summary>
public static class ParseCost
{
    public static void Run(IEnumerable<string> files)
    {
        var texts = files.Select(File.ReadAllText).ToList();

        // The reference of benchmark 1, in the same process: Markdig's bare parse of the 2,000-entry input.
        var pages = Workload.Create("synthetic-2000").Pages;
        var markdig = new List<double>();
        for (var round = 0; round < 25; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                Markdown.Parse(page.Text, MarkdownDocumentReader.Pipeline);
            }

            markdig.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        markdig.Sort();
        Console.WriteLine($"Markdig parse of synthetic-2000: median {markdig[markdig.Count / 2]:F1} ms, min {markdig[0]:F1} ms");
        foreach (var mode in new[] { Microsoft.CodeAnalysis.DocumentationMode.Parse, Microsoft.CodeAnalysis.DocumentationMode.None })
        {
            var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, mode);
            var times = new List<double>();
            for (var round = 0; round < 25; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                foreach (var text in texts)
                {
                    Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text, options).GetRoot();
                }

                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{mode}: {texts.Sum(t => t.Length):N0} chars, median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms");
        }
    }
}
