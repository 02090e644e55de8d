using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Reports.Benchmarks.Ingest;

/// <summary>
/// Records every request the SDK sends (one entry per try, retries included): its kind (method and container, or a
/// listing), when it started and how long it took. Added to the measured clients' pipelines, raw and host alike.
/// </summary>
internal sealed class StorageCallLog : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<Call> _calls = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Record(message, started);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        finally
        {
            Record(message, started);
        }
    }

    /// <summary>The calls that started between two timestamps.</summary>
    public List<Call> Between(long from, long to) => _calls.Where(c => c.Started >= from && c.Started < to).ToList();

    public void Clear() => _calls.Clear();

    private void Record(HttpMessage message, long started)
    {
        var status = message.HasResponse ? message.Response.Status : 0;
        _calls.Enqueue(new Call(KindOf(message.Request), status, started, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }

    /// <summary>"PUT articles", "GET index", "LIST receipts", … (path-style Azurite: /account/container/blob).</summary>
    private static string KindOf(Request request)
    {
        var uri = request.Uri.ToUri();
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var container = segments.Length > 1 ? segments[1] : "(service)";
        var query = uri.Query;
        if (query.Contains("comp=list", StringComparison.Ordinal))
        {
            return "LIST " + container;
        }

        var method = request.Method.Method;
        if (method == "GET" && segments.Length <= 2)
        {
            return "GET " + container + " (container)";
        }

        return method + " " + container;
    }

    internal sealed record Call(string Kind, int Status, long Started, double Milliseconds);
}
