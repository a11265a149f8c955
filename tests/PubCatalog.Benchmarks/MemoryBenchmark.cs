using System.Diagnostics;
using PubCatalog.Benchmarks.Inputs;

namespace PubCatalog.Benchmarks;

/// <summary>
/// Benchmark 5: the managed memory of one full generator run. BenchmarkDotNet's memory diagnoser gives the bytes
/// allocated per run; this adds the peak of the managed heap during the run (sampled every millisecond) and what the
/// driver keeps afterwards (the heap after a full collection, driver alive: what an IDE holds between keystrokes).
/// </summary>
public static class MemoryBenchmark
{
    public sealed record Result(int Entries, long InputBytes, long AllocatedBytes, long PeakHeapBytes, long BaselineHeapBytes, long RetainedBytes, double Milliseconds);

    public static Result Measure(int entries)
    {
        var workload = Workload.Synthetic(entries);
        var compilation = Workload.CreateCompilation();
        Workload.Run(workload.CreateDriver(), compilation); // JIT and static tables out of the way.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = GC.GetTotalMemory(forceFullCollection: false);
        var peak = baseline;
        using var stop = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!stop.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Priority = ThreadPriority.Highest };
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        var stopwatch = Stopwatch.StartNew();
        var driver = Workload.Run(workload.CreateDriver(), compilation);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        stop.Set();
        sampler.Join();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(driver);
        return new Result(entries, workload.Bytes, allocated, peak - baseline, baseline, retained, stopwatch.Elapsed.TotalMilliseconds);
    }
}
