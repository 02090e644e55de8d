using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Reports.Testing.MailDev;

/// <summary>
/// A real maildev (SMTP server with a REST API) for the tests of one collection: started as a child process with
/// <c>--smtp PORT --web PORT --ip 127.0.0.1 --silent</c> on free loopback ports, and killed on dispose. With
/// MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT set it uses that server instead. Use it as an xUnit collection fixture:
/// <c>[CollectionDefinition(MailDevCollection.Name)] class X : ICollectionFixture&lt;MailDevFixture&gt;</c>.
/// </summary>
public sealed class MailDevFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120); // a ceiling, not a timing: node starts slowly on a busy machine

    private readonly ProcessOutput output = new();
    private Process? process;
    private (int Smtp, int Web)? ports;
    private MailDevClient? client;

    /// <summary>The SMTP port on 127.0.0.1.</summary>
    public int SmtpPort => (ports ?? throw NotRunning()).Smtp;

    /// <summary>The REST API (GET /email, GET /email/{id}/attachment/{file}, DELETE /email/all).</summary>
    public MailDevClient Client => client ?? throw NotRunning();

    public bool IsRunning => ports is not null;

    public async Task InitializeAsync()
    {
        if (MailDevLocator.ExternalPorts is { } external)
        {
            ports = external;
            client = new MailDevClient(new Uri($"http://127.0.0.1:{external.Web}/"));
            return;
        }

        var executable = MailDevLocator.ExecutablePath;
        if (executable is null)
        {
            if (MailDevLocator.IsCi)
            {
                throw new InvalidOperationException("CI=true and maildev is required, but it was found neither on PATH nor in npm's global bin folder. " + MailDevLocator.InstallHint);
            }

            return; // The tests skip through MailDevFact.
        }

        var smtp = FreePort();
        var web = FreePort();
        process = Start(executable, smtp, web);
        await WaitUntilListeningAsync(smtp).ConfigureAwait(false);
        await WaitUntilListeningAsync(web).ConfigureAwait(false);
        ports = (smtp, web);
        client = new MailDevClient(new Uri($"http://127.0.0.1:{web}/"));
    }

    public Task DisposeAsync()
    {
        client?.Dispose();
        client = null;
        ProcessOutput.Stop(process);
        process = null;

        return Task.CompletedTask;
    }

    /// <summary>A loopback port nothing listens on (for outage tests): bound, then released.</summary>
    public static int ClosedPort() => FreePort();

    private Process Start(string executable, int smtp, int web)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in (string[])["--smtp", Text(smtp), "--web", Text(web), "--ip", "127.0.0.1", "--silent"])
        {
            info.ArgumentList.Add(argument);
        }

        var started = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        output.Attach(started);
        return started;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private async Task WaitUntilListeningAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"maildev exited with code {process.ExitCode} before listening on port {port}: {Output()}");
            }

            using var tcp = new TcpClient();
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await tcp.ConnectAsync(IPAddress.Loopback, port, attempt.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"maildev did not listen on port {port} within {StartTimeout.TotalSeconds:0} s: {Output()}");
    }

    private string Output() => output.ToString();

    private static InvalidOperationException NotRunning() => new(MailDevLocator.SkipReason ?? "maildev did not start.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
