namespace Reports.Functions.Hosting;

/// <summary>How the app was started.</summary>
internal enum HostMode
{
    /// <summary>By the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set): custom-handler endpoints only.</summary>
    CustomHandler,

    /// <summary>Standalone: the HTTP API on :7071, the blob watcher and the timers.</summary>
    Local,
}
