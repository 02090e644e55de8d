namespace Reports.Core.Delivery;

/// <summary>
/// How mail settings are named: <c>ReportsSmtp__{name}</c> (app settings, environment), else <c>ReportsSmtp:{name}</c>
/// (JSON configuration); blank is unset. The SMTP adapter (Reports.Adapters) reads the server settings the same way.
/// </summary>
public static class MailSettings
{
    public const string Prefix = "ReportsSmtp";

    /// <summary>ReportsSmtp__{name}, else ReportsSmtp:{name}; trimmed; blank is null.</summary>
    public static string? Read(Func<string, string?> setting, string name)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return NonEmpty(setting($"{Prefix}__{name}")) ?? NonEmpty(setting($"{Prefix}:{name}"));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
