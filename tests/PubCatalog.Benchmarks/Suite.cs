using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using PubCatalog.Benchmarks.Inputs;

namespace PubCatalog.Benchmarks;

/// <summary>What one invocation of the suite measures: <c>quick</c> for a reviewer (under 3 minutes), <c>full</c> for the report.</summary>
public static class Suite
{
    public static bool Quick { get; set; }

    public static IEnumerable<string> GeneratorInputs => Quick
        ? new[] { "synthetic-2000" }
        : new[] { "seeds", "synthetic-100", "synthetic-2000", "synthetic-20000" };

    public static IEnumerable<int> IncrementalSizes => Quick ? new[] { 2000 } : new[] { 2000, 20000 };

    public static int[] CatalogSizes => Quick ? new[] { 2000 } : new[] { 2000, 20000 };

    public static int ColdStartRuns => Quick ? 5 : 15;

    public static string ArtifactsPath => Path.Combine(Paths.Repository, "artifacts", "benchmarks");

    /// <summary>
    /// Quick: in-process, few iterations (no child project to build). Full: BenchmarkDotNet's default out-of-process job,
    /// which gives each benchmark its own process.
    /// </summary>
    public static IConfig Config() => Config(MainJob);

    /// <summary>The job of every benchmark: workstation GC, the runtime's default for an app.</summary>
    public static Job MainJob => Quick
        ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick")
        : Job.Default.WithWarmupCount(2).WithIterationCount(10).WithId("Full");

    /// <summary>
    /// The generator benchmark's second job (full mode only): server GC, as the compiler runs. <c>csc</c> and the
    /// compiler server <c>VBCSCompiler</c> that <c>dotnet build</c> uses both set <c>System.GC.Server</c> in their
    /// runtimeconfig.json, so a build runs the generator, and Markdig inside it, under server GC.
    /// </summary>
    public static Job CompilerGcJob => Job.Default.WithWarmupCount(2).WithIterationCount(10).WithGcServer(true).WithId("ServerGC");

    /// <summary>The generator benchmark's jobs: the main one, plus the compiler's GC mode in full mode.</summary>
    public static IConfig GeneratorConfig() => Quick ? Config() : Config(MainJob, CompilerGcJob);

    private static IConfig Config(params Job[] jobs) =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(jobs)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(ArtifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(BenchmarkDotNet.Columns.RatioStyle.Value));
}
