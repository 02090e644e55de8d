namespace Reports.Functions.Hosting;

/// <summary>How the app was started.</summary>
public enum HostMode
{
    /// <summary>
    /// By the Functions host, as an isolated worker: the host runs the triggers and checks function keys before a
    /// request reaches a function.
    /// </summary>
    Worker,

    /// <summary>On its own (dotnet run): the local host serves the HTTP API on :7071, runs the blob watcher and the timers.</summary>
    Local,
}
