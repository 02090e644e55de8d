namespace Reports.Functions.Hosting;

/// <summary>How the app was started.</summary>
internal enum HostMode
{
    /// <summary>By the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set): custom-handler endpoints only.</summary>
    CustomHandler,

    /// <summary>Standalone: the HTTP API on :7071, the blob watcher and the timers.</summary>
    Local,
}

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
