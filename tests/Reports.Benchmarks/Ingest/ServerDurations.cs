using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Reports.Benchmarks.Ingest;

/// <summary>
/// The server side of the uploads: ASP.NET Core's own <c>http.server.request.duration</c> of every POST the host
/// answered while this listener lived (Kestrel's request handling, the body read, the function, the storage calls).
/// </summary>
internal sealed class ServerDurations : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<double> _milliseconds = new();

    public ServerDurations()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "http.request.method" && tag.Value as string == "POST")
                {
                    _milliseconds.Enqueue(seconds * 1000);
                    return;
                }
            }
        });
        _listener.Start();
    }

    public List<double> Milliseconds => [.. _milliseconds];

    public void Dispose() => _listener.Dispose();
}
