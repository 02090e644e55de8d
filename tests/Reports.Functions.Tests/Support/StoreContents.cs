using System.Text.Json;
using Reports.Core.Ingestion;
using Reports.Core.Storage;

namespace Reports.Functions.Tests.Support;

/// <summary>Reads what the pipeline left in a store.</summary>
internal static class StoreContents
{
    public static async Task<List<BlobItem>> ListAsync(IBlobStore store, string container, string? prefix = null)
    {
        var items = new List<BlobItem>();
        await foreach (var item in store.ListAsync(container, prefix, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Every stored analysis, parsed.</summary>
    public static async Task<List<JsonElement>> AnalysesAsync(IBlobStore store)
    {
        var documents = new List<JsonElement>();
        foreach (var item in await ListAsync(store, IngestContainers.Analyses))
        {
            var blob = await store.GetAsync(IngestContainers.Analyses, item.Name, CancellationToken.None);
            using var document = JsonDocument.Parse(blob!.Content);
            documents.Add(document.RootElement.Clone());
        }

        return documents;
    }

    public static async Task<JsonElement> JsonAsync(IBlobStore store, string container, string name)
    {
        var blob = await store.GetAsync(container, name, CancellationToken.None) ?? throw new InvalidOperationException($"{container}/{name} is missing.");
        using var document = JsonDocument.Parse(blob.Content);
        return document.RootElement.Clone();
    }

    /// <summary>Waits until <paramref name="done"/> holds, polling; fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }

            await Task.Delay(200);
        }
    }
}
