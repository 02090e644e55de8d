using System.Net;
using System.Runtime.CompilerServices;
using Reports.Core.Storage.Azure;

namespace Reports.Core.Storage;

public sealed partial class AzureBlobStore
{
    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        string? marker = null;
        do
        {
            var page = await ListPageAsync(container, prefix, marker, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    private async Task<BlobListPage> ListPageAsync(string container, string? prefix, string? marker, CancellationToken cancellationToken)
    {
        var query = $"restype=container&comp=list&include=metadata&maxresults={options.ListPageSize}";
        if (!string.IsNullOrEmpty(prefix))
        {
            query += "&prefix=" + Uri.EscapeDataString(prefix);
        }

        if (marker is not null)
        {
            query += "&marker=" + Uri.EscapeDataString(marker);
        }

        var uri = ContainerUri(container, query);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), "List Blobs", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && ErrorCode(response) == "ContainerNotFound")
        {
            return new BlobListPage([], null);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw Failure(response, "List Blobs", container);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return BlobListParser.Parse(body, container);
    }
}
