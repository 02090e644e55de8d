namespace Reports.Functions.Hosting;

/// <summary>The host mode and port, read once from configuration.</summary>
internal sealed record HostSettings(HostMode Mode, int? Port)
{
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static HostSettings From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var port = configuration[PortVariable];
        return string.IsNullOrWhiteSpace(port)
            ? new HostSettings(HostMode.Local, null)
            : new HostSettings(HostMode.CustomHandler, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    }
}
