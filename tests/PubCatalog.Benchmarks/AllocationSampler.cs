using System.Diagnostics.Tracing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// Which types a stage allocates, from the runtime's allocation-tick events (one per ~100 KB allocated): enabled by
/// <c>PUBCATALOG_ALLOC_TYPES=1</c> in <c>profile</c> mode, printed as the top types by sampled bytes.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?";
            // Kind 1: the large object heap (85,000 bytes and up), whose budget brings on gen-2 collections.
            if (Convert.ToInt32(payload[e.PayloadNames.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture) == 1)
            {
                type += " (large object heap)";
            }

            var amount = Convert.ToInt64(payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }

    public void Print(int rounds, int top = 30)
    {
        lock (_bytes)
        {
            var total = _bytes.Values.Sum();
            Console.WriteLine($"sampled allocations: {total / rounds / 1048576.0:F1} MB per round");
            foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(top))
            {
                Console.WriteLine($"  {bytes / rounds / 1048576.0,6:F2} MB  {100.0 * bytes / total,5:F1}%  {type}");
            }
        }
    }
}
