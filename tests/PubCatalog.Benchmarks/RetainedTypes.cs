using Microsoft.Diagnostics.Runtime;
using PubCatalog.Benchmarks.Inputs;

namespace PubCatalog.Benchmarks;

/// <summary>
/// <c>retained INPUT</c>: what a driver keeps after a full run, by type: the objects alive after the run (the driver
/// held) less those alive before it, read from a snapshot of this process's heap. What survives a run is what every
/// collection during the next runs copies and marks again (under workstation GC most of a run's pause).
/// </summary>
public static class RetainedTypes
{
    public static void Run(string input, int top)
    {
        var workload = Workload.Create(input);
        var compilation = Workload.CreateCompilation();
        // A first run, dropped: the JIT's and the process-wide tables' own objects are then alive on both sides.
        Workload.Run(workload.CreateDriver(), compilation);
        // A first snapshot, dropped too: the snapshot reader's own caches are then alive on both sides.
        LiveByType();
        var before = LiveByType();
        var driver = Workload.Run(workload.CreateDriver(), compilation);
        var after = LiveByType();
        GC.KeepAlive(driver);

        var rows = after.Select(kv =>
            {
                before.TryGetValue(kv.Key, out var old);
                return (Type: kv.Key, Count: kv.Value.Count - old.Count, Bytes: kv.Value.Bytes - old.Bytes);
            })
            .Where(r => r.Bytes > 0 && !IsTheReadersOwn(r.Type))
            .OrderByDescending(r => r.Bytes)
            .ToList();
        var total = rows.Sum(r => r.Bytes);
        Console.WriteLine($"kept by the driver after a full run of {input}: {total / 1048576.0:F2} MB in {rows.Sum(r => r.Count):N0} objects");
        foreach (var (type, count, bytes) in rows.Take(top))
        {
            Console.WriteLine($"{bytes / 1048576.0,8:F3} MB {100.0 * bytes / total,5:F1}% {count,9:N0}  {type}");
        }
    }

    /// <summary>The snapshot reader's objects and this tool's table, made between the collection and the walk of the heap.</summary>
    private static bool IsTheReadersOwn(string type) =>
        type.Contains("Microsoft.Diagnostics.Runtime", StringComparison.Ordinal) || type.Contains("System.ValueTuple<System.Int64, System.Int64>", StringComparison.Ordinal);

    private static Dictionary<string, (long Count, long Bytes)> LiveByType()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var live = new Dictionary<string, (long Count, long Bytes)>();
        using var target = DataTarget.CreateSnapshotAndAttach(Environment.ProcessId);
        var runtime = target.ClrVersions[0].CreateRuntime();
        foreach (var segment in runtime.Heap.Segments)
        {
            foreach (var item in segment.EnumerateObjects())
            {
                if (!item.IsValid || item.IsFree)
                {
                    continue;
                }

                var name = item.Type?.Name ?? "?";
                live.TryGetValue(name, out var sum);
                live[name] = (sum.Count + 1, sum.Bytes + (long)item.Size);
            }
        }

        return live;
    }
}
