using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Reports.Core.Storage;
using BlobItem = Reports.Core.Storage.BlobItem;

namespace Reports.Adapters.Storage;

/// <summary>
/// Azure Blob Storage (or Azurite) through <c>Azure.Storage.Blobs</c>: the SDK signs (Shared Key or Entra ID token),
/// retries transient failures by its own retry options and times out each try (see <see cref="AzureBlobClients"/>).
/// Conditional writes map onto the service's own conditions: IfNotExists → <c>If-None-Match: *</c>, IfMatch →
/// <c>If-Match: "etag"</c>; a refused condition is <see cref="BlobConditionFailedException"/>.
/// </summary>
public sealed class AzureSdkBlobStore : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";

    private readonly BlobServiceClient service;
    private readonly int listPageSize;

    /// <param name="service">A client from <see cref="AzureBlobClients"/> (or the DI registration).</param>
    /// <param name="listPageSize">Blobs per List Blobs page, 1 to 5000.</param>
    public AzureSdkBlobStore(BlobServiceClient service, int listPageSize = 5000)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentOutOfRangeException.ThrowIfLessThan(listPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(listPageSize, 5000);
        this.service = service;
        this.listPageSize = listPageSize;
    }

    /// <summary>The blob service root.</summary>
    public Uri Endpoint => service.Uri;

    public async Task EnsureContainerAsync(string container, CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        await service.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
    {
        var blob = Blob(container, name);
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return Item(container, name, properties.ETag, properties.ContentLength, properties.LastModified, properties.ContentType, properties.Metadata);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        var blob = Blob(container, name);
        try
        {
            var result = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            var details = result.Details;
            var bytes = result.Content.ToMemory();
            return new BlobContent(Item(container, name, details.ETag, bytes.Length, details.LastModified, details.ContentType, details.Metadata), bytes);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var blob = Blob(container, name);
        BlobNames.ValidateMetadata(options.Metadata);
        var conditions = options.Condition switch
        {
            BlobWriteCondition.IfNotExists => new BlobRequestConditions { IfNoneMatch = ETag.All },
            BlobWriteCondition.IfMatch when string.IsNullOrEmpty(options.ETag) => throw new ArgumentException("An IfMatch write needs the ETag it expects.", nameof(options)),
            BlobWriteCondition.IfMatch => new BlobRequestConditions { IfMatch = new ETag($"\"{options.ETag!.Trim('"')}\"") },
            _ => null,
        };
        var contentType = options.ContentType ?? DefaultContentType;
        var metadata = new Dictionary<string, string>(options.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = metadata,
            Conditions = conditions,
        };
        try
        {
            var info = (await blob.UploadAsync(BinaryData.FromBytes(content), upload, cancellationToken).ConfigureAwait(false)).Value;
            return new BlobItem(container, name, info.ETag.ToString().Trim('"'), content.Length, info.LastModified, contentType, metadata);
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed
            || (e.Status == (int)HttpStatusCode.Conflict && e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
            || (e.Status == (int)HttpStatusCode.NotFound && e.ErrorCode == BlobErrorCode.BlobNotFound && options.Condition == BlobWriteCondition.IfMatch))
        {
            throw new BlobConditionFailedException($"Put Blob '{container}/{name}' was refused: {e.Status} {e.ErrorCode}.", e);
        }
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken)
    {
        var blob = Blob(container, name);
        try
        {
            return (await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> DeleteIfMatchAsync(string container, string name, string etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        var blob = Blob(container, name);
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag($"\"{etag.Trim('"')}\"") };
            return (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.None, conditions, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        var client = service.GetBlobContainerClient(container);
        var pages = client.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = string.IsNullOrEmpty(prefix) ? null : prefix }, cancellationToken)
            .AsPages(pageSizeHint: listPageSize)
            .GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                Page<Azure.Storage.Blobs.Models.BlobItem> page;
                try
                {
                    if (!await pages.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    page = pages.Current;
                }
                catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.NotFound && e.ErrorCode == BlobErrorCode.ContainerNotFound)
                {
                    yield break;
                }

                foreach (var item in page.Values)
                {
                    var p = item.Properties;
                    yield return Item(container, item.Name, p.ETag ?? default, p.ContentLength ?? 0, p.LastModified ?? DateTimeOffset.MinValue, p.ContentType, item.Metadata);
                }
            }
        }
        finally
        {
            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private BlobClient Blob(string container, string name)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlobName(name);
        return service.GetBlobContainerClient(container).GetBlobClient(name);
    }

    private static BlobItem Item(string container, string name, ETag etag, long length, DateTimeOffset modified, string? contentType, IDictionary<string, string>? metadata) =>
        new(container, name, etag.ToString().Trim('"'), length, modified, contentType,
            new Dictionary<string, string>(metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase));
}
