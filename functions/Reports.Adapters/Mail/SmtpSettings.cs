using System.Globalization;
using Reports.Core.Delivery;

namespace Reports.Adapters.Mail;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpTls
{
    /// <summary>Plain connect, then STARTTLS (required: a server that does not offer it is refused). Port 587.</summary>
    StartTls,

    /// <summary>TLS from the first byte ("SMTPS", implicit TLS). Port 465.</summary>
    Implicit,

    /// <summary>No TLS at all: only for a local test server (maildev).</summary>
    None,
}

/// <summary>
/// The SMTP server, from app settings: <c>ReportsSmtp__Host</c>, <c>__Port</c> (default 587, or 465 with implicit
/// TLS), <c>__From</c>, <c>__User</c>, <c>__Password</c>, <c>__Tls</c> (<c>StartTls</c> default, <c>Implicit</c>,
/// <c>None</c>), <c>__TimeoutSeconds</c> (per message, default 30). The password comes only from settings (an app
/// setting, a Key Vault reference that the platform resolves into one, or an environment variable), never from a
/// file, and <see cref="ToString"/> never shows it.
/// </summary>
public sealed record SmtpSettings
{
    public const string Prefix = MailSettings.Prefix;

    public string Host { get; init; } = string.Empty;

    public int Port { get; init; } = 587;

    public string FromAddress { get; init; } = string.Empty;

    public string? User { get; init; }

    public string? Password { get; init; }

    public SmtpTls Tls { get; init; } = SmtpTls.StartTls;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the settings through a lookup (<c>Environment.GetEnvironmentVariable</c>, <c>k =&gt; config[k]</c>).</summary>
    public static SmtpSettings From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        // The retired boolean: refused rather than ignored, so a configuration that turned TLS off does not silently turn it on.
        const string Retired = "EnableSsl";
        if (Read(setting, Retired) is not null)
        {
            throw new InvalidOperationException($"{Prefix}__{Retired} was replaced by {Prefix}__Tls (StartTls, Implicit or None); remove it.");
        }

        var tls = Read(setting, "Tls") is { } mode
            ? Enum.TryParse<SmtpTls>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new FormatException($"{Prefix}__Tls must be StartTls, Implicit or None.")
            : SmtpTls.StartTls;
        var settings = new SmtpSettings
        {
            Host = Read(setting, "Host") ?? throw new InvalidOperationException($"{Prefix}__Host is not set."),
            Port = Read(setting, "Port") is { } port ? ParseInt(port, "Port", 1, 65535) : tls == SmtpTls.Implicit ? 465 : 587,
            FromAddress = Read(setting, "From") ?? throw new InvalidOperationException($"{Prefix}__From is not set."),
            User = Read(setting, "User"),
            Password = Read(setting, "Password"),
            Tls = tls,
            Timeout = Read(setting, "TimeoutSeconds") is { } seconds ? TimeSpan.FromSeconds(ParseInt(seconds, "TimeoutSeconds", 1, 600)) : TimeSpan.FromSeconds(30),
        };
        settings.Validate();
        return settings;
    }

    public static SmtpSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new InvalidOperationException($"{Prefix}__Host is not set.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        try
        {
            EmailAddresses.Normalize(FromAddress);
        }
        catch (InvalidEmailAddressException e)
        {
            throw new InvalidOperationException($"{Prefix}__From is not a valid address: {e.Message}", e);
        }

        if ((User is null) != (Password is null))
        {
            throw new InvalidOperationException($"Set both {Prefix}__User and {Prefix}__Password, or neither.");
        }
    }

    public override string ToString() =>
        $"SmtpSettings {{ Host = {Host}, Port = {Port}, From = {FromAddress}, User = {User}, Password = {(Password is null ? "null" : "***")}, Tls = {Tls}, Timeout = {Timeout.TotalSeconds}s }}";

    private static string? Read(Func<string, string?> setting, string name) => MailSettings.Read(setting, name);

    private static int ParseInt(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{Prefix}__{name} must be a whole number from {min} to {max}.");
}
