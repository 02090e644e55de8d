using Reports.Adapters.Mail;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Delivery;

public sealed class DeliveryServicesTests : IDisposable
{
    private readonly TempFolder folder = new("reports-delivery-services");
    private readonly FileSystemBlobStore store;

    public DeliveryServicesTests()
    {
        store = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false });
    }

    public void Dispose() => folder.Dispose();

    private static Dictionary<string, string> Complete() => new()
    {
        ["ReportsSmtp__Host"] = "smtp.example.org",
        ["ReportsSmtp__From"] = "briefings@example.org",
        ["ReportsSmtp__User"] = "apikey",
        ["ReportsSmtp__Password"] = "smtp-password-value",
        ["ReportsPublicBaseUrl"] = "https://reports.example.org",
        ["ReportsUnsubscribeSecret"] = DeliverySamples.Secret,
    };

    [Fact]
    public async Task Create_FromSettings_SubscribesDeliversAndUnsubscribes()
    {
        var sender = new RecordingMailSender();
        var settings = Complete();
        var sut = DeliveryServices.Create(key => settings.GetValueOrDefault(key), store, sender);
        await sut.EnsureContainersAsync(TestContext.Token);
        var alice = await sut.Subscribers.SubscribeAsync("alice@example.org", null, TestContext.Token);

        var result = await sut.Delivery.DeliverAsync("daily-2026-03-27", DeliverySamples.Pdf, DeliverySamples.Briefing(), await sut.Subscribers.ListActiveAsync(TestContext.Token), TestContext.Token);

        Assert.Equal(1, result.Sent);
        var email = Assert.Single(sender.Accepted);
        Assert.Equal("briefings@example.org", email.FromAddress);
        var link = new Uri(email.Headers["List-Unsubscribe"].Trim('<', '>'));
        Assert.StartsWith("https://reports.example.org/api/unsubscribe?s=" + alice.Id, link.AbsoluteUri, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await sut.Unsubscribe.UnsubscribeAsync(alice.Id, query["t"], query["g"], TestContext.Token));
        Assert.Empty(await sut.Subscribers.ListActiveAsync(TestContext.Token));
    }

    [Theory]
    [InlineData("ReportsUnsubscribeSecret")]
    [InlineData("ReportsPublicBaseUrl")]
    [InlineData("ReportsSmtp__Host")]
    [InlineData("ReportsSmtp__From")]
    public void Create_MissingSetting_NamesItWithoutShowingSecrets(string missing)
    {
        var settings = Complete();
        settings.Remove(missing);

        var error = Assert.ThrowsAny<Exception>(() => SmtpDelivery.Create(key => settings.GetValueOrDefault(key), store));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("smtp-password-value", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DeliverySamples.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpCreate_LeaseShorterThanTheRunsQueuedSends_IsRefused()
    {
        var settings = Complete();
        settings["ReportsSmtp__TimeoutSeconds"] = "60";

        var error = Assert.Throws<InvalidOperationException>(() =>
            SmtpDelivery.Create(key => settings.GetValueOrDefault(key), store, options: new DeliveryOptions { ClaimLease = TimeSpan.FromSeconds(479), MaxParallelSends = 4 }));

        Assert.Contains("ReportsSmtp__TimeoutSeconds", error.Message, StringComparison.Ordinal);
        Assert.NotNull(SmtpDelivery.Create(key => settings.GetValueOrDefault(key), store, options: new DeliveryOptions { ClaimLease = TimeSpan.FromSeconds(480), MaxParallelSends = 4 }));
    }
}
