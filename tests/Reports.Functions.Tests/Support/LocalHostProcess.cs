using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reports.Functions.Tests.Support;

/// <summary>
/// The local host as a real child process (<c>dotnet Reports.Functions.dll</c>, built beside this test run, started
/// as <c>dotnet run</c> starts it: no Functions host arguments), on its own port and data folder, so that a test can
/// watch it die (a crash, not a graceful stop) and start it again on the same store.
/// </summary>
internal sealed class LocalHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ProcessOutput _output = new();

    private LocalHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _output.Attach(process);
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process printed (the first lines), for failure messages.</summary>
    public string Output => _output.ToString();

    /// <summary>The built app: functions/Reports.Functions/bin/{configuration}/net10.0/Reports.Functions.dll.</summary>
    public static string AppPath
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<configuration>/net10.0
            return RepoPaths.Combine("functions", "Reports.Functions", "bin", configuration, "net10.0", "Reports.Functions.dll");
        }
    }

    /// <summary>
    /// Starts the app in <paramref name="workingDirectory"/> with the given environment (settings as environment
    /// variables, as the app reads them) and waits until it answers <c>GET /</c> or dies.
    /// </summary>
    public static async Task<LocalHostProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan patience)
    {
        Assert.True(File.Exists(AppPath), $"the function app is built at {AppPath}");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { AppPath },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Nothing of the test run's own settings leaks into the child: its store, keys and address are the test's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Reports", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new LocalHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                return host; // Died while starting (the caller decides whether that is expected).
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            if (clock.Elapsed > patience)
            {
                host.Dispose();
                throw new TimeoutException($"the local host did not answer within {patience.TotalSeconds:0} s: {host.Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the process has exited; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Kills the process tree at once (SIGKILL: no graceful stop), if it still runs.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
