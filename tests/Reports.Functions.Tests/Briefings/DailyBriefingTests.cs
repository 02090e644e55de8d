using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Functions.Briefings;
using Reports.Functions.Tests.Support;
using Reports.Testing;
using Reports.Testing.MailDev;

namespace Reports.Functions.Tests.Briefings;

/// <summary>
/// DailyBriefing end to end, the function class called with a TimerInfo as the worker calls it (subscribers added
/// through the local host's HTTP API): stored analyses → briefing PDF and JSON in briefings/ → one email per
/// subscriber through a real SMTP server.
/// </summary>
[Collection(MailDevCollection.Name)]
public sealed class DailyBriefingTests(MailDevFixture mail) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    /// <summary>The run's time: the briefing covers the day before, 2026-01-05.</summary>
    private static readonly DateTimeOffset RunAt = new(2026, 1, 6, 6, 0, 0, 12, TimeSpan.Zero);
    private static readonly DateOnly Yesterday = new(2026, 1, 5);

    private readonly TempFolder _folder = new("reports-functions-briefing");

    [MailDevFact]
    public async Task Invoke_HostTimerPayload_StoresTheBriefingAndEmailsEachSubscriberOnce()
    {
        await mail.Client.DeleteAllAsync();
        var store = ReportsApp.FileStore(_folder.Path);
        await SeededAnalyses.SeedDayAsync(store, Yesterday);
        await SeededAnalyses.SeedDayAsync(store, Yesterday.AddDays(-1)); // outside the period
        using var app = App(store, mail.SmtpPort, RunAt);
        using var keyed = app.CreateKeyedClient();
        await SubscribeAsync(keyed, "alice@example.org", null);
        await SubscribeAsync(keyed, "bob@example.org", ["uk"]);
        await SubscribeAsync(keyed, "farid@example.org", ["fa"]); // no Persian article: skipped by language

        var first = await InvokeAsync(app);
        var emails = await mail.Client.WaitForEmailsAsync(2, Patience, Settle);

        Assert.True(first.Complete, first.ToString());
        var pdf = await store.GetAsync(BriefingArchive.Container, "2026/01/05/briefing.pdf", CancellationToken.None);
        var json = await store.GetAsync(BriefingArchive.Container, "2026/01/05/briefing.json", CancellationToken.None);
        Assert.NotNull(pdf);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.Content.ToArray()[..5]);
        Assert.NotNull(json);
        using (var briefing = JsonDocument.Parse(json.Content))
        {
            Assert.Equal("2026-01-05", briefing.RootElement.GetProperty("period").GetProperty("from").GetString());
            Assert.Equal("2026-01-05", briefing.RootElement.GetProperty("period").GetProperty("to").GetString());
            Assert.Equal(3, briefing.RootElement.GetProperty("articles").GetArrayLength());
        }

        Assert.Equal(["alice@example.org", "bob@example.org"], emails.SelectMany(e => e.To).Order(StringComparer.Ordinal));
        foreach (var email in emails)
        {
            var attachment = Assert.Single(email.Attachments);
            Assert.Equal("application/pdf", attachment.ContentType);
            Assert.Equal(pdf.Content.ToArray(), await mail.Client.GetAttachmentAsync(email.Id, attachment.GeneratedFileName));
            Assert.True(email.Headers.ContainsKey("List-Unsubscribe"));
            Assert.StartsWith("Briefing", email.Subject, StringComparison.Ordinal);
        }

        var second = await InvokeAsync(app);
        var afterSecond = await mail.Client.WaitForEmailsAsync(3, Settle, Settle);

        Assert.True(second.Complete, second.ToString());
        Assert.Contains("0 sent, 2 already sent", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, afterSecond.Count);
        Assert.Equal(pdf.Content.ToArray(), (await store.GetAsync(BriefingArchive.Container, "2026/01/05/briefing.pdf", CancellationToken.None))!.Content.ToArray());
    }

    [MailDevFact]
    public async Task Invoke_SmtpDownThenUp_NextRunSendsTheFailedEmailsOnce()
    {
        await mail.Client.DeleteAllAsync();
        var store = ReportsApp.FileStore(_folder.Path);
        await SeededAnalyses.SeedDayAsync(store, Yesterday);
        using (var down = App(store, MailDevFixture.ClosedPort(), RunAt))
        {
            using var keyed = down.CreateKeyedClient();
            await SubscribeAsync(keyed, "alice@example.org", null);
            await SubscribeAsync(keyed, "bob@example.org", null);
            var failed = await InvokeAsync(down);
            Assert.False(failed.Complete);
            Assert.Contains("incomplete", failed.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(await mail.Client.GetEmailsAsync());
        var nextDay = RunAt.AddDays(1);
        using var up = App(store, mail.SmtpPort, nextDay);
        using var client = up.CreateClient();

        var next = await InvokeAsync(up);
        var emails = await mail.Client.WaitForEmailsAsync(4, Patience, Settle);
        await InvokeAsync(up);
        var afterAgain = await mail.Client.WaitForEmailsAsync(5, Settle, Settle);

        Assert.True(next.Complete, next.ToString());
        // Each subscriber: the retried briefing of 2026-01-05 and the new one of 2026-01-06, once each.
        Assert.Equal(4, emails.Count);
        Assert.Equal(4, emails.Select(e => e.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, emails.Count(e => e.Headers.TryGetValue("X-Reports-Briefing", out var id) && id == "daily-2026-01-05"));
        Assert.Equal(4, afterAgain.Count);
    }

    [Fact]
    public async Task Invoke_WithoutSmtpSettings_FailsNamingTheSettingAndNotTheSecret()
    {
        var store = ReportsApp.FileStore(_folder.Path);
        using var worker = new WorkerServices(store, settings: new Dictionary<string, string?>
        {
            ["ReportsUnsubscribeSecret"] = "daily-briefing-test-secret-0123456789-abcdefgh",
            ["ReportsPublicBaseUrl"] = "http://127.0.0.1:7071",
        });

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => worker.Create<DailyBriefingFunction>().RunAsync(new TimerInfo(), CancellationToken.None));

        Assert.Contains("ReportsSmtp__", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("daily-briefing-test-secret", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ReportsApp App(IBlobStore store, int smtpPort, DateTimeOffset now) =>
        new(store, settings: new Dictionary<string, string?>
        {
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
            ["ReportsSmtp__Host"] = "127.0.0.1",
            ["ReportsSmtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportsSmtp__Tls"] = "None",
            ["ReportsSmtp__TimeoutSeconds"] = "5",
            ["ReportsSmtp__From"] = "briefings@reports.test",
            ["ReportsPublicBaseUrl"] = "http://127.0.0.1:7071",
            ["ReportsUnsubscribeSecret"] = "daily-briefing-test-secret-0123456789-abcdefgh",
        })
        {
            ExtraServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new ManualTimeProvider(now));
            },
        };

    /// <summary>One run, as the worker makes it: the function class from the app's services, a TimerInfo.</summary>
    private static Task<BriefingRun> InvokeAsync(ReportsApp app)
    {
        var timer = new TimerInfo { ScheduleStatus = new ScheduleStatus { Last = RunAt.UtcDateTime.AddDays(-1), Next = RunAt.UtcDateTime.AddDays(1), LastUpdated = RunAt.UtcDateTime } };
        return ActivatorUtilities.CreateInstance<DailyBriefingFunction>(app.Services).RunAsync(timer, CancellationToken.None);
    }

    private static async Task SubscribeAsync(HttpClient client, string email, string[]? languages)
    {
        using var response = await client.PostAsync(
            new Uri("/api/subscribers", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { email, languages }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
