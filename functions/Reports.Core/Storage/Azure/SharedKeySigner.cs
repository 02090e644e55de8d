using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Reports.Core.Http;

namespace Reports.Core.Storage.Azure;

/// <summary>
/// Shared Key authorization for the Blob service: HMAC-SHA256 with the account key over the string-to-sign (verb,
/// eleven standard headers, the sorted x-ms-* headers, then "/account/path" and the sorted query parameters).
/// </summary>
internal sealed class SharedKeySigner(string accountName, byte[] accountKey) : IRequestAuthorizer
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{accountName}:{Sign(StringToSign(request, accountName))}");
        return ValueTask.CompletedTask;
    }

    public string Sign(string stringToSign)
    {
        var mac = HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }

    public static string StringToSign(HttpRequestMessage request, string accountName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder(request.Method.Method.ToUpperInvariant()).Append('\n');
        foreach (var header in StandardHeaders)
        {
            var value = HeaderValue(request, header);
            if (header == "Content-Length" && value == "0")
            {
                value = string.Empty;
            }

            text.Append(value).Append('\n');
        }

        var msHeaders = request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(',', h.Value).Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in msHeaders)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }

        var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
        text.Append('/').Append(accountName).Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        foreach (var (name, values) in QueryParameters(uri.Query))
        {
            text.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }

        return text.ToString();
    }

    private static string HeaderValue(HttpRequestMessage request, string name)
    {
        if (name == "Content-Length")
        {
            return request.Content?.Headers.ContentLength is { } length ? length.ToString(CultureInfo.InvariantCulture) : string.Empty;
        }

        if (request.Headers.TryGetValues(name, out var values) || (request.Content is not null && request.Content.Headers.TryGetValues(name, out values)))
        {
            return string.Join(',', values);
        }

        return string.Empty;
    }

    private static SortedDictionary<string, List<string>> QueryParameters(string query)
    {
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!parameters.TryGetValue(name, out var list))
            {
                parameters[name] = list = [];
            }

            list.Add(value);
        }

        foreach (var list in parameters.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return parameters;
    }
}
