using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary>
/// Who may call write endpoints. Under the Functions host its function keys guard them (authLevel function) before a
/// request is proxied here. Run locally, a request must carry <c>ReportsApiKey</c> in <c>x-functions-key</c> or
/// <c>?code=</c>, compared in constant time; with no key configured writes are refused unless
/// <c>ReportsAllowAnonymousWrites=true</c>.
/// </summary>
internal sealed class WriteAccess(HostSettings host, IOptions<ReportsOptions> options)
{
    public const string KeyHeader = "x-functions-key";

    /// <summary>Null when the request may write; else the answer to send.</summary>
    public IResult? Check(HttpRequest request)
    {
        if (host.Mode == HostMode.CustomHandler)
        {
            return null;
        }

        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.ApiKey))
        {
            return settings.AllowAnonymousWrites
                ? null
                : ApiErrors.Problem(StatusCodes.Status403Forbidden, "writes_disabled", "Write endpoints are off: no ReportsApiKey is configured. Set ReportsApiKey (and send it as the x-functions-key header or ?code=), or set ReportsAllowAnonymousWrites=true for a local experiment.");
        }

        var given = request.Headers[KeyHeader].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        return given is not null && KeysMatch(given, settings.ApiKey)
            ? null
            : ApiErrors.Problem(StatusCodes.Status401Unauthorized, "key_required", "This endpoint needs the API key in the x-functions-key header or ?code=.");
    }

    /// <summary>Compares the keys' hashes in constant time, so neither length nor content leaks through timing.</summary>
    internal static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
