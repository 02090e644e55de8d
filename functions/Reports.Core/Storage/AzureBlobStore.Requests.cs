namespace Reports.Core.Storage;

public sealed partial class AzureBlobStore
{
    private static HttpRequestMessage PutRequest(Uri uri, ReadOnlyMemory<byte> content, BlobWriteOptions options)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ReadOnlyMemoryContent(content) };
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        if (options.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", options.ContentType);
        }

        foreach (var (key, value) in options.Metadata ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation("x-ms-meta-" + key, value);
        }

        switch (options.Condition)
        {
            case BlobWriteCondition.IfNotExists:
                request.Headers.TryAddWithoutValidation("If-None-Match", "*");
                break;
            case BlobWriteCondition.IfMatch:
                request.Headers.TryAddWithoutValidation("If-Match", $"\"{options.ETag!.Trim('"')}\"");
                break;
        }

        return request;
    }

    private Uri ContainerUri(string container, string query) => new($"{endpoint.AbsoluteUri}/{container}?{query}");

    private Uri BlobUri(string container, string name)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlobName(name);
        var path = string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
        return new Uri($"{endpoint.AbsoluteUri}/{container}/{path}");
    }
}
