using System.Diagnostics.Tracing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// The collector's pauses by generation, from the runtime's GC events (suspension begun to execution restarted, with the
/// depth of the collection in between): enabled by <c>PUBCATALOG_GC_PAUSES=1</c> in <c>profile</c> mode. Tells which
/// generation a stage's pause is spent in: gen 0 and 1 cost what survives them, gen 2 what the whole heap holds; and what
/// starts the gen-2 collections.
/// </summary>
public sealed class GcPauseListener : EventListener
{
    private readonly double[] _pause = new double[3];
    private readonly int[] _count = new int[3];
    private readonly double[] _promoted = new double[3];
    // Gen-2 collections by what started them (the event's reason: 0 a small-object allocation, 4 a large-object one).
    private readonly int[] _gen2Reasons = new int[3];
    private DateTime _suspended;
    private int _depth;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventName)
        {
            case { } name when name.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal):
                _suspended = e.TimeStamp;
                break;
            case { } name when name.StartsWith("GCStart", StringComparison.Ordinal):
                _depth = Math.Min(2, Convert.ToInt32(e.Payload![e.PayloadNames!.IndexOf("Depth")], System.Globalization.CultureInfo.InvariantCulture));
                if (_depth == 2)
                {
                    var reason = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Reason")], System.Globalization.CultureInfo.InvariantCulture);
                    lock (_pause)
                    {
                        _gen2Reasons[reason switch { 0 => 0, 4 => 1, _ => 2 }]++;
                    }
                }

                break;
            case { } name when name.StartsWith("GCHeapStats", StringComparison.Ordinal):
                // Bytes promoted out of the collected generations (gen 0 into 1, gen 1 into 2; gen 2 stays).
                var payload = e.Payload!;
                var names = e.PayloadNames!;
                _promoted[_depth] += Convert.ToDouble(payload[names.IndexOf("TotalPromotedSize0")], System.Globalization.CultureInfo.InvariantCulture)
                    + (_depth >= 1 ? Convert.ToDouble(payload[names.IndexOf("TotalPromotedSize1")], System.Globalization.CultureInfo.InvariantCulture) : 0);
                break;
            case { } name when name.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) && _suspended != default:
                lock (_pause)
                {
                    _pause[_depth] += (e.TimeStamp - _suspended).TotalMilliseconds;
                    _count[_depth]++;
                }

                _suspended = default;
                break;
        }
    }

    public void Print(int rounds)
    {
        lock (_pause)
        {
            for (var g = 0; g < 3; g++)
            {
                Console.WriteLine($"  gen {g}: {_count[g]} collections, {_pause[g] / rounds:F2} ms pause per round ({(_count[g] == 0 ? 0 : _pause[g] / _count[g]):F2} ms each), "
                    + $"{_promoted[g] / Math.Max(1, _count[g]) / 1048576.0:F2} MB promoted each");
            }

            Console.WriteLine($"  gen 2 started by: a small-object allocation {_gen2Reasons[0]}, a large-object allocation {_gen2Reasons[1]}, other {_gen2Reasons[2]}");
        }
    }
}
