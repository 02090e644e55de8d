using System.Net;
using System.Runtime.CompilerServices;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

using Reports.Core.Http;
using Reports.Core.Storage.Azure;

namespace Reports.Core.Storage;

/// <summary>
/// Azure Blob Storage (or Azurite) through the Blob REST API, x-ms-version 2021-08-06, over one HttpClient.
/// Authorizes with Shared Key (connection string) or a bearer token (managed identity). Every call takes the
/// caller's token; each attempt has <see cref="AzureBlobStoreOptions.Timeout"/>, and transient failures are retried
/// with exponential backoff and jitter (see AzureBlobStore.Send.cs).
/// </summary>
public sealed partial class AzureBlobStore : IBlobStore, IDisposable
{
    private const string DefaultContentType = "application/octet-stream";

    private readonly Uri endpoint;
    private readonly IRequestAuthorizer authorizer;
    private readonly AzureBlobStoreOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly HttpClient http;
    private readonly RetryingHttpSender sender;

    internal AzureBlobStore(Uri endpoint, IRequestAuthorizer authorizer, AzureBlobStoreOptions options, TimeProvider? time = null, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ListPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ListPageSize, 5000);
        this.endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/'));
        this.authorizer = authorizer;
        this.options = options;
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;
        http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.Timeout })
        {
            // Attempts are bounded by our own per-attempt token.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        sender = new RetryingHttpSender(
            http,
            authorizer,
            new HttpRetryOptions(options.Timeout, options.MaxRetries, options.RetryBaseDelay, options.RetryMaxDelay),
            this.time,
            this.logger,
            "Blob",
            Stamp);
    }

    /// <summary>A store authorized by an account key from a connection string (or UseDevelopmentStorage=true).</summary>
    public static AzureBlobStore FromConnectionString(string connectionString, AzureBlobStoreOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        var parsed = BlobConnectionString.Parse(connectionString);
        return new AzureBlobStore(parsed.BlobEndpoint, new SharedKeySigner(parsed.AccountName, parsed.AccountKey), options ?? new AzureBlobStoreOptions(), time, logger);
    }

    /// <summary>A store authorized by Entra ID tokens (e.g. a managed identity) on https://ACCOUNT.blob.core.windows.net.</summary>
    public static AzureBlobStore FromServiceUri(Uri serviceUri, TokenCredential credential, AzureBlobStoreOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        ArgumentNullException.ThrowIfNull(credential);
        if (serviceUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("A token-authorized storage service URI must use https.", nameof(serviceUri));
        }

        return new AzureBlobStore(serviceUri, new BearerTokenAuthorizer(credential, time ?? TimeProvider.System), options ?? new AzureBlobStoreOptions(), time, logger);
    }

    /// <summary>The blob service root.</summary>
    public Uri Endpoint => endpoint;

    public async Task EnsureContainerAsync(string container, CancellationToken cancellationToken)
    {
        BlobNames.ValidateContainer(container);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Put, ContainerUri(container, "restype=container")), "Create Container", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created && ErrorCode(response) != "ContainerAlreadyExists")
        {
            throw Failure(response, "Create Container", container);
        }
    }

    public async Task<BlobItem?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
    {
        var uri = BlobUri(container, name);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Head, uri), "Get Blob Properties", cancellationToken).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => ReadItem(response, container, name),
            HttpStatusCode.NotFound => null,
            _ => throw Failure(response, "Get Blob Properties", container, name),
        };
    }

    public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        var uri = BlobUri(container, name);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), "Get Blob", cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                return new BlobContent(ReadItem(response, container, name), bytes);
            case HttpStatusCode.NotFound:
                return null;
            default:
                throw Failure(response, "Get Blob", container, name);
        }
    }

    public async Task<BlobItem> PutAsync(string container, string name, ReadOnlyMemory<byte> content, BlobWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var uri = BlobUri(container, name);
        BlobNames.ValidateMetadata(options.Metadata);
        if (options.Condition == BlobWriteCondition.IfMatch && string.IsNullOrEmpty(options.ETag))
        {
            throw new ArgumentException("An IfMatch write needs the ETag it expects.", nameof(options));
        }

        using var response = await SendAsync(() => PutRequest(uri, content, options), "Put Blob", cancellationToken).ConfigureAwait(false);
        var code = ErrorCode(response);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed
            || (response.StatusCode == HttpStatusCode.Conflict && code == "BlobAlreadyExists")
            || (response.StatusCode == HttpStatusCode.NotFound && code == "BlobNotFound" && options.Condition == BlobWriteCondition.IfMatch))
        {
            throw new BlobConditionFailedException($"Put Blob '{container}/{name}' was refused: {(int)response.StatusCode} {code}.");
        }

        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw Failure(response, "Put Blob", container, name);
        }

        return new BlobItem(
            container,
            name,
            ETagOf(response),
            content.Length,
            response.Content.Headers.LastModified ?? time.GetUtcNow(),
            options.ContentType ?? DefaultContentType,
            new Dictionary<string, string>(options.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase));
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken)
    {
        var uri = BlobUri(container, name);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, uri), "Delete Blob", cancellationToken).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.Accepted or HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            _ => throw Failure(response, "Delete Blob", container, name),
        };
    }

    public void Dispose()
    {
        http.Dispose();
        (authorizer as IDisposable)?.Dispose();
    }
}
