using System.Diagnostics;
using System.Globalization;
using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.MailDev;

namespace Reports.Benchmarks.Delivery;

/// <summary>
/// A bounded console measurement of a delivery run (not BenchmarkDotNet: it needs a mail server):
///   dotnet run -c Release --project tests/Reports.Benchmarks -- mail-run [subscribers] [rounds]
/// Delivers one briefing with a 300 KB PDF to N subscribers through maildev (started on free loopback ports, or
/// MAILDEV_SMTP_PORT/MAILDEV_WEB_PORT), each round with a fresh filesystem ledger (fsync on), once with MailKit over
/// one connection for the run and once with one connection per message; prints the median times and their ratio.
/// </summary>
internal static class MailMeasurement
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? Math.Clamp(int.Parse(args[1], CultureInfo.InvariantCulture), 1, 2000) : 100;
        var rounds = args.Length > 2 ? Math.Clamp(int.Parse(args[2], CultureInfo.InvariantCulture), 1, 20) : 3;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var maildev = new MailDevFixture();
        await maildev.InitializeAsync();
        try
        {
            if (!maildev.IsRunning)
            {
                Console.Error.WriteLine("maildev is not available: " + MailDevLocator.InstallHint);
                return 1;
            }

            var pdf = new byte[300 * 1024];
            new Random(7).NextBytes(pdf);
            var briefing = SyntheticBriefing.Create(40, days: 2);
            var tokens = new UnsubscribeTokens("bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz");
            var composer = new BriefingEmail(new BriefingEmailOptions { FromAddress = "briefings@reports.example.org", BaseUrl = new Uri("https://reports.example.org/") }, tokens);
            var people = Enumerable.Range(0, count)
                .Select(i => new Subscriber(SubscriberIds.For($"reader{i}@example.org"), $"reader{i}@example.org", null, DateTimeOffset.UtcNow))
                .ToList();
            var settings = new SmtpSettings { Host = "127.0.0.1", Port = maildev.SmtpPort, FromAddress = "briefings@reports.example.org", Tls = SmtpTls.None, Timeout = TimeSpan.FromSeconds(30) };
            Console.WriteLine($"// {count} subscribers, 300 KB PDF, {rounds} rounds each, filesystem ledger with fsync; {Environment.ProcessorCount} cores");
            Console.WriteLine("| connections | median s | ms per message |");
            Console.WriteLine("| --- | ---: | ---: |");
            var medians = new Dictionary<bool, double>();
            foreach (var reuse in (bool[])[false, true])
            {
                var times = new List<double>();
                for (var round = 0; round < rounds + 1; round++)
                {
                    await maildev.Client.DeleteAllAsync(timeout.Token);
                    using var folder = new TempFolder("reports-bench-mail");
                    var store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = true });
                    var ledger = new DeliveryLedger(store);
                    var delivery = new BriefingDelivery(ledger, composer, new MailKitSender(settings, reuseConnection: reuse));
                    var clock = Stopwatch.StartNew();
                    var result = await delivery.DeliverAsync($"bench-{round}", pdf, briefing, people, timeout.Token);
                    clock.Stop();
                    if (result.Sent != count)
                    {
                        Console.Error.WriteLine($"only {result.Sent} of {count} sent: {string.Join("; ", result.Failures.Take(3).Select(f => f.Reason))}");
                        return 1;
                    }

                    if (round > 0)
                    {
                        times.Add(clock.Elapsed.TotalSeconds); // round 0 warms up
                    }
                }

                times.Sort();
                var median = times[times.Count / 2];
                medians[reuse] = median;
                Console.WriteLine($"| {(reuse ? "one per run" : "one per message")} | {median:0.00} | {median * 1000 / count:0.0} |");
            }

            Console.WriteLine($"// one connection per run is {medians[false] / medians[true]:0.00}x as fast as one per message");
            return 0;
        }
        finally
        {
            await maildev.DisposeAsync();
        }
    }
}
