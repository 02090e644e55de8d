using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reports.Testing.Azurite;

/// <summary>
/// A real Azurite blob emulator for the tests of one collection: started as a child process on a free loopback
/// port with its data in a temp folder, and killed on dispose. With AZURITE_BLOB_ENDPOINT set it uses that server
/// instead. Use it as an xUnit collection fixture (declare the collection in the test assembly:
/// <c>[CollectionDefinition(AzuriteCollection.Name)] class X : ICollectionFixture&lt;AzuriteFixture&gt;</c>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120); // a ceiling, not a timing: node starts slowly on a busy machine
    private static readonly HttpClient Probe = new();

    private readonly ProcessOutput output = new();
    private Process? process;
    private TempFolder? location;
    private Uri? endpoint;

    /// <summary>The blob endpoint, path-style: http://127.0.0.1:PORT/devstoreaccount1.</summary>
    public Uri BlobEndpoint => endpoint ?? throw new InvalidOperationException(AzuriteLocator.SkipReason ?? "Azurite did not start.");

    /// <summary>A Shared Key connection string for the emulator's development account.</summary>
    public string ConnectionString => DevelopmentStorage.ConnectionString(BlobEndpoint);

    /// <summary>True when a server is up (false only when Azurite is missing off CI, where its tests skip).</summary>
    public bool IsRunning => endpoint is not null;

    public async Task InitializeAsync()
    {
        if (AzuriteLocator.ExternalEndpoint is { } external)
        {
            endpoint = external;
            return;
        }

        var executable = AzuriteLocator.ExecutablePath;
        if (executable is null)
        {
            if (AzuriteLocator.IsCi)
            {
                throw new InvalidOperationException("CI=true and Azurite is required, but azurite-blob was found neither on PATH nor in npm's global bin folder. " + AzuriteLocator.InstallHint);
            }

            return; // The tests skip through AzuriteFact / RequiresAzurite.
        }

        location = new TempFolder("reports-azurite");
        for (var attempt = 1; ; attempt++)
        {
            // The free port can be taken between probing and Azurite binding it: then Azurite exits, and we retry.
            var port = FreePort();
            process = Start(executable, port, location.Path);
            try
            {
                await WaitUntilListeningAsync(port).ConfigureAwait(false);
                endpoint = new Uri($"http://127.0.0.1:{port}/{DevelopmentStorage.AccountName}");
                return;
            }
            catch (AzuriteExitedException) when (attempt < 3)
            {
                process.Dispose();
            }
        }
    }

    public Task DisposeAsync()
    {
        ProcessOutput.Stop(process);
        process = null;

        location?.Dispose();
        location = null;
        return Task.CompletedTask;
    }

    private Process Start(string executable, int port, string dataFolder)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in (string[])["--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--location", dataFolder, "--disableTelemetry", "--loose", "--silent"])
        {
            info.ArgumentList.Add(argument);
        }

        var started = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        output.Attach(started);
        return started;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process is { HasExited: true })
            {
                throw new AzuriteExitedException($"Azurite exited with code {process.ExitCode} before listening on port {port}: {Output()}");
            }

            try
            {
                // Any answer whose Server is Azurite's (an unsigned request gets 403) proves it is ours that listens.
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await Probe.GetAsync(new Uri($"http://127.0.0.1:{port}/{DevelopmentStorage.AccountName}?comp=list"), attempt.Token).ConfigureAwait(false);
                if (response.Headers.Server.ToString().Contains("Azurite", StringComparison.OrdinalIgnoreCase) && !process!.HasExited)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within {StartTimeout.TotalSeconds:0} s: {Output()}");
    }

    private string Output() => output.ToString();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Azurite stopped before it listened (usually: its port was taken).</summary>
public sealed class AzuriteExitedException(string message) : InvalidOperationException(message);
