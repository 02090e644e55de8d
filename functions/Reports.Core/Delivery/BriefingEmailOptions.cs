namespace Reports.Core.Delivery;

/// <summary>What briefing emails say about their sender and where their unsubscribe links point.</summary>
public sealed class BriefingEmailOptions
{
    public const string BaseUrlSetting = "ReportsPublicBaseUrl";

    /// <summary>The sender address (ReportsSmtp__From).</summary>
    public string FromAddress { get; set; } = string.Empty;

    /// <summary>The sender's display name. Default "Reports".</summary>
    public string? FromName { get; set; } = "Reports";

    /// <summary>
    /// The public root of the function app (ReportsPublicBaseUrl), e.g. https://reports.example.org; unsubscribe
    /// links are {BaseUrl}/api/unsubscribe?s=..&amp;t=... Must be https except on a loopback host (local tests).
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How many events the email lists (the PDF has all). Default 5.</summary>
    public int TopEvents { get; set; } = 5;

    /// <summary>Reads ReportsSmtp__From and ReportsPublicBaseUrl through a settings lookup.</summary>
    public static BriefingEmailOptions From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var baseUrl = setting(BaseUrlSetting);
        return new BriefingEmailOptions
        {
            FromAddress = MailSettings.Read(setting, "From") ?? string.Empty,
            FromName = MailSettings.Read(setting, "FromName") ?? "Reports",
            BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null
                : Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) ? uri
                : throw new FormatException($"{BaseUrlSetting} is not an absolute URL."),
        };
    }

    internal void Validate()
    {
        if (!EmailAddresses.TryNormalize(FromAddress, out _, out var error))
        {
            throw new InvalidOperationException($"{MailSettings.Prefix}__From is not a valid sender address: {error}");
        }

        if (BaseUrl is null)
        {
            throw new InvalidOperationException($"{BaseUrlSetting} is not set; briefing emails need it for their unsubscribe links.");
        }

        if (BaseUrl.Scheme != Uri.UriSchemeHttps && !(BaseUrl.Scheme == Uri.UriSchemeHttp && BaseUrl.IsLoopback))
        {
            throw new InvalidOperationException($"{BaseUrlSetting} must be an https URL (RFC 8058 one-click unsubscribe); http is allowed only on loopback.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(TopEvents);
    }
}
