using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Reports.Functions.Hosting;

namespace Reports.Functions.Articles;

/// <summary>
/// Who may call what (docs/functions.md, "Keys"). Closed by default: reading analyses, lists and reports needs the read
/// key (<c>ReportsReadKey</c>) or the write key (<c>ReportsApiKey</c>), which also reads; writes need the write key; the
/// subscriber list (email addresses) always needs the write key, even with anonymous writes on. A key travels in the
/// <c>x-functions-key</c> header or <c>?code=</c> and is compared in constant time. <c>ReportsAllowAnonymousReads=true</c>
/// opens reading to anyone who can reach the app (a deliberate choice: it publishes the newsroom's work);
/// <c>ReportsAllowAnonymousWrites=true</c> opens uploads when no write key is set (local experiments). Under the
/// Functions host its function keys guard every non-anonymous function before a request is proxied here.
/// </summary>
internal sealed class ApiAccess(HostSettings host, IOptions<ReportsOptions> options)
{
    public const string KeyHeader = "x-functions-key";

    /// <summary>Null when the request may read analyses, lists and reports; else the answer to send.</summary>
    public IResult? CheckRead(HttpRequest request)
    {
        if (host.Mode == HostMode.Worker)
        {
            return null;
        }

        var settings = options.Value;
        var given = Given(request);
        if (given is null)
        {
            return settings.AllowAnonymousReads
                ? null
                : ApiErrors.Problem(StatusCodes.Status401Unauthorized, "key_required", "Reading analyses and reports needs a key: the read key (ReportsReadKey) or the write key (ReportsApiKey), in the x-functions-key header or ?code=.");
        }

        return Matches(given, settings.ApiKey) || Matches(given, settings.ReadKey) ? null : WrongKey();
    }

    /// <summary>Null when the request may upload; else the answer to send.</summary>
    public IResult? CheckWrite(HttpRequest request)
    {
        if (host.Mode == HostMode.Worker)
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

        return WriteKey(request, settings);
    }

    /// <summary>
    /// Null when the request may list, add or remove subscribers: always the write key, since the list holds people's
    /// email addresses (anonymous writes never open it).
    /// </summary>
    public IResult? CheckSubscribers(HttpRequest request)
    {
        if (host.Mode == HostMode.Worker)
        {
            return null;
        }

        var settings = options.Value;
        return string.IsNullOrEmpty(settings.ApiKey)
            ? ApiErrors.Problem(StatusCodes.Status403Forbidden, "writes_disabled", "The subscriber list needs the write key, and no ReportsApiKey is configured.")
            : WriteKey(request, settings);
    }

    /// <summary>Compares the keys' hashes in constant time, so neither length nor content leaks through timing.</summary>
    internal static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult? WriteKey(HttpRequest request, ReportsOptions settings)
    {
        var given = Given(request);
        if (given is null)
        {
            return ApiErrors.Problem(StatusCodes.Status401Unauthorized, "key_required", "This endpoint needs the write key (ReportsApiKey) in the x-functions-key header or ?code=.");
        }

        if (Matches(given, settings.ApiKey))
        {
            return null;
        }

        return Matches(given, settings.ReadKey)
            ? ApiErrors.Problem(StatusCodes.Status403Forbidden, "read_only_key", "The read key only reads: uploading and managing subscribers need the write key (ReportsApiKey).")
            : WrongKey();
    }

    private static IResult WrongKey() =>
        ApiErrors.Problem(StatusCodes.Status401Unauthorized, "key_wrong", "The key is wrong: it is neither the read key nor the write key of this app.");

    private static string? Given(HttpRequest request) =>
        request.Headers[KeyHeader].FirstOrDefault() is { Length: > 0 } header ? header
        : request.Query["code"].FirstOrDefault() is { Length: > 0 } code ? code
        : null;

    private static bool Matches(string given, string? expected) => !string.IsNullOrEmpty(expected) && KeysMatch(given, expected);
}
