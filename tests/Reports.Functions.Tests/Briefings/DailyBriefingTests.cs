using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// DailyBriefing end to end, invoked as the Functions host does (POST /DailyBriefing with the host's timer payload):
/// stored analyses → briefing PDF and JSON in briefings/ → one email per subscriber through a real SMTP server.
/// </summary>
[Collection(MailDevCollection.Name)]
public sealed class DailyBriefingTests(MailDevFixture mail) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    /// <summary>The reference payload's sys.UtcNow: the briefing covers the day before, 2026-01-05.</summary>
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
        using var client = app.CreateClient();
        using var keyed = app.CreateKeyedClient();
        await SubscribeAsync(keyed, "alice@example.org", null);
        await SubscribeAsync(keyed, "bob@example.org", ["uk"]);
        await SubscribeAsync(keyed, "farid@example.org", ["fa"]); // no Persian article: skipped by language

        using var first = await InvokeAsync(client, ReferencePayload());
        var emails = await mail.Client.WaitForEmailsAsync(2, Patience, Settle);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
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

        using var second = await InvokeAsync(client, ReferencePayload());
        var afterSecond = await mail.Client.WaitForEmailsAsync(3, Settle, Settle);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
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
            using var failed = await InvokeAsync(down.CreateClient(), ReferencePayload());
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("incomplete", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await mail.Client.GetEmailsAsync());
        var nextDay = RunAt.AddDays(1);
        using var up = App(store, mail.SmtpPort, nextDay);
        using var client = up.CreateClient();

        using var next = await InvokeAsync(client, ReferencePayload(nextDay));
        var emails = await mail.Client.WaitForEmailsAsync(4, Patience, Settle);
        using var again = await InvokeAsync(client, ReferencePayload(nextDay));
        var afterAgain = await mail.Client.WaitForEmailsAsync(5, Settle, Settle);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
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
        using var app = new ReportsApp(store, customHandler: true, settings: new Dictionary<string, string?>
        {
            ["ReportsUnsubscribeSecret"] = "daily-briefing-test-secret-0123456789-abcdefgh",
            ["ReportsPublicBaseUrl"] = "http://127.0.0.1:7071",
        });
        using var client = app.CreateClient();

        using var response = await InvokeAsync(client, ReferencePayload());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("ReportsSmtp__", body, StringComparison.Ordinal);
        Assert.DoesNotContain("daily-briefing-test-secret", body, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ReportsApp App(IBlobStore store, int smtpPort, DateTimeOffset now) =>
        new(store, customHandler: true, settings: new Dictionary<string, string?>
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

    /// <summary>The reference timer payload (DERIVED.timer-trigger.request.json), moved to another run time if asked.</summary>
    private static string ReferencePayload(DateTimeOffset? at = null)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "timer-trigger.request.json")))!;
        if (at is { } when)
        {
            payload["Metadata"]!["sys"]!["UtcNow"] = when.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        }

        return payload.ToJsonString();
    }

    private static Task<HttpResponseMessage> InvokeAsync(HttpClient client, string payload) =>
        client.PostAsync(new Uri("/" + DailyBriefingFunction.FunctionName, UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"));

    private static async Task SubscribeAsync(HttpClient client, string email, string[]? languages)
    {
        using var response = await client.PostAsync(
            new Uri("/api/subscribers", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { email, languages }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
