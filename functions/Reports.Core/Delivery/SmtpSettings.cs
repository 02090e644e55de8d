using System.Globalization;

namespace Reports.Core.Delivery;

/// <summary>
/// The SMTP server, from app settings: <c>ReportsSmtp__Host</c>, <c>__Port</c> (default 587), <c>__From</c>,
/// <c>__User</c>, <c>__Password</c>, <c>__EnableSsl</c> (default true: STARTTLS), <c>__TimeoutSeconds</c> (per message,
/// default 30). The password comes only from settings (an app setting, a Key Vault reference that the platform resolves
/// into one, or an environment variable), never from a file, and <see cref="ToString"/> never shows it.
/// </summary>
public sealed record SmtpSettings
{
    public const string Prefix = "ReportsSmtp";

    public string Host { get; init; } = string.Empty;

    public int Port { get; init; } = 587;

    public string FromAddress { get; init; } = string.Empty;

    public string? User { get; init; }

    public string? Password { get; init; }

    public bool EnableSsl { get; init; } = true;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the settings through a lookup (<c>Environment.GetEnvironmentVariable</c>, <c>k =&gt; config[k]</c>).</summary>
    public static SmtpSettings From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var settings = new SmtpSettings
        {
            Host = Read(setting, "Host") ?? throw new InvalidOperationException($"{Prefix}__Host is not set."),
            Port = Read(setting, "Port") is { } port ? ParseInt(port, "Port", 1, 65535) : 587,
            FromAddress = Read(setting, "From") ?? throw new InvalidOperationException($"{Prefix}__From is not set."),
            User = Read(setting, "User"),
            Password = Read(setting, "Password"),
            EnableSsl = Read(setting, "EnableSsl") is not { } ssl || (bool.TryParse(ssl, out var on)
                ? on
                : throw new FormatException($"{Prefix}__EnableSsl must be true or false.")),
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
        $"SmtpSettings {{ Host = {Host}, Port = {Port}, From = {FromAddress}, User = {User}, Password = {(Password is null ? "null" : "***")}, EnableSsl = {EnableSsl}, Timeout = {Timeout.TotalSeconds}s }}";

    /// <summary>ReportsSmtp__{name}, else ReportsSmtp:{name}; blank is unset.</summary>
    internal static string? Read(Func<string, string?> setting, string name) =>
        NonEmpty(setting($"{Prefix}__{name}")) ?? NonEmpty(setting($"{Prefix}:{name}"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int ParseInt(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{Prefix}__{name} must be a whole number from {min} to {max}.");
}
