using Azure.Storage.Blobs;
using Reports.Adapters.Storage;
using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;
using Reports.Testing.Azurite;

namespace Reports.Core.Tests.Delivery;

/// <summary>The claim race and concurrent runs on the Azure SDK store (Azurite), where production keeps its ledger.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryAzuriteTests
{
    private static readonly string Alice = SubscriberIds.For("alice@example.org");

    private readonly AzureSdkBlobStore blobs;
    private readonly ManualTimeProvider clock = new(DeliverySamples.Now);
    private readonly DeliveryLedger ledger;
    private readonly string briefingId = "azurite-" + Guid.NewGuid().ToString("N")[..12];

    public DeliveryAzuriteTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        blobs = azurite.IsRunning
            ? new AzureSdkBlobStore(new BlobServiceClient(azurite.ConnectionString, AzureBlobClients.Options(TimeSpan.FromSeconds(10), maxRetries: 2)))
            : null!;
        ledger = azurite.IsRunning ? new DeliveryLedger(blobs, new DeliveryOptions(), clock) : null!;
    }

    [AzuriteFact]
    public async Task TryClaimAsync_ManyRunsAtOnce_ExactlyOneWins()
    {
        await ledger.EnsureContainerAsync(TestContext.Token);
        await ledger.PlanAsync(briefingId, Alice, "<m@x.org>", TestContext.Token);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => ledger.TryClaimAsync(briefingId, Alice, "<m@x.org>", $"run{i}", TestContext.Token), TestContext.Token)));

        Assert.Single(claims, c => c.Status == ClaimStatus.Claimed);
        Assert.All(claims.Where(c => c.Status != ClaimStatus.Claimed), c => Assert.Equal(ClaimStatus.InProgressElsewhere, c.Status));
    }

    [AzuriteFact]
    public async Task DeliverAsync_ConcurrentRuns_SendEachSubscriberOnce()
    {
        var sender = new RecordingMailSender { Delay = TimeSpan.FromMilliseconds(10) };
        var delivery = new BriefingDelivery(ledger, DeliverySamples.Composer(), sender);
        var subscribers = Enumerable.Range(0, 10).Select(i => DeliverySamples.Subscriber($"user{i}@example.org")).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => delivery.DeliverAsync(briefingId, DeliverySamples.Pdf, DeliverySamples.Briefing(), subscribers, TestContext.Token), TestContext.Token)));

        Assert.Equal(10, results.Sum(r => r.Sent));
        Assert.Equal(10, sender.Accepted.Select(e => e.MessageId).Distinct().Count());
        Assert.Equal(10, sender.Accepted.Count);
    }
}
