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
    public static IConfig Config()
    {
        var job = Quick
            ? Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick")
            : Job.Default.WithWarmupCount(2).WithIterationCount(10).WithId("Full");
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(ArtifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(BenchmarkDotNet.Columns.RatioStyle.Value));
    }
}
