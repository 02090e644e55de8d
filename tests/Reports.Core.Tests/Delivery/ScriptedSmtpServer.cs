using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reports.Core.Tests.Delivery;

/// <summary>
/// A tiny SMTP server on a loopback port that answers as told: a greeting (null = say nothing at all) and a reply
/// per command (by its first word), defaulting to a happy 250/354/221 dialogue.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public ScriptedSmtpServer(string? greeting = "220 scripted ESMTP", IReadOnlyDictionary<string, string>? replies = null)
    {
        Greeting = greeting;
        Replies = replies ?? new Dictionary<string, string>();
        listener.Start();
        loop = AcceptAsync();
    }

    private int connections;
    private int accepted;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>TCP connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Messages accepted (a 2xx after the data) so far.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>When set, the server closes each connection after this many accepted messages (a dropped connection).</summary>
    public int? CloseAfterMessages { get; init; }

    public string? Greeting { get; }

    public IReadOnlyDictionary<string, string> Replies { get; }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(client), stop.Token);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                if (Greeting is null)
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    return;
                }

                await writer.WriteLineAsync(Greeting);
                if (!Greeting.StartsWith('2'))
                {
                    return;
                }

                var inData = false;
                var messages = 0;
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (inData)
                    {
                        inData = line != ".";
                        if (!inData)
                        {
                            var end = Replies.GetValueOrDefault(".", "250 2.0.0 queued");
                            await writer.WriteLineAsync(end);
                            if (end.StartsWith('2'))
                            {
                                Interlocked.Increment(ref accepted);
                                if (++messages == CloseAfterMessages)
                                {
                                    return;
                                }
                            }
                        }

                        continue;
                    }

                    var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                    var reply = Replies.GetValueOrDefault(verb) ?? verb switch
                    {
                        "EHLO" => "250-scripted\r\n250 OK",
                        "DATA" => "354 go ahead",
                        "QUIT" => "221 bye",
                        _ => "250 OK",
                    };
                    await writer.WriteLineAsync(reply);
                    inData = verb == "DATA" && reply.StartsWith("354", StringComparison.Ordinal);
                    if (verb == "QUIT" || reply.StartsWith("421", StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server stops.
            }
        }
    }
}
