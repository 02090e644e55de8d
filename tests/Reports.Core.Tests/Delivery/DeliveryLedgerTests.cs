using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Delivery;

public sealed class DeliveryLedgerTests : IDisposable
{
    private const string BriefingId = "daily-2026-03-27";
    private const string MessageId = "<m@reports.example.org>";
    private static readonly string Alice = SubscriberIds.For("alice@example.org");

    private readonly TempFolder folder = new("reports-ledger");
    private readonly ManualTimeProvider clock = new(DeliverySamples.Now);
    private readonly DeliveryOptions options = new() { ClaimLease = TimeSpan.FromMinutes(10), RetryBaseDelay = TimeSpan.FromMinutes(2), MaxAttempts = 3 };
    private readonly DeliveryLedger sut;

    public DeliveryLedgerTests()
    {
        var blobs = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
        sut = new DeliveryLedger(blobs, options, clock);
        sut.EnsureContainerAsync(TestContext.Token).GetAwaiter().GetResult();
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task PlanAsync_New_RecordsPendingOnce()
    {
        await sut.PlanAsync(BriefingId, Alice, MessageId, TestContext.Token);
        clock.Advance(TimeSpan.FromMinutes(1));
        await sut.PlanAsync(BriefingId, Alice, MessageId, TestContext.Token);

        var record = await sut.GetAsync(BriefingId, Alice, TestContext.Token);
        Assert.Equal((DeliveryState.Pending, 0, DeliverySamples.Now), (record!.State, record.Attempts, record.UpdatedAt));
    }

    [Fact]
    public async Task TryClaimAsync_Pending_MovesToSendingWithALease()
    {
        await sut.PlanAsync(BriefingId, Alice, MessageId, TestContext.Token);

        var claim = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);

        Assert.Equal(ClaimStatus.Claimed, claim.Status);
        var record = await sut.GetAsync(BriefingId, Alice, TestContext.Token);
        Assert.Equal((DeliveryState.Sending, 1, "run1", DeliverySamples.Now.AddMinutes(10)), (record!.State, record.Attempts, record.ClaimedBy, record.ClaimedUntil));
    }

    [Fact]
    public async Task MarkSentAsync_Claimed_IsFinal()
    {
        var claim = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);

        await sut.MarkSentAsync(claim, TestContext.Token);
        clock.Advance(TimeSpan.FromDays(2));

        var again = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token);
        Assert.Equal(ClaimStatus.AlreadySent, again.Status);
        Assert.Equal((DeliveryState.Sent, DeliverySamples.Now), (again.Record!.State, again.Record.SentAt));
    }

    [Fact]
    public async Task TryClaimAsync_LiveClaimElsewhere_IsRefusedUntilTheLeaseLapses()
    {
        await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);

        Assert.Equal(ClaimStatus.InProgressElsewhere, (await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token)).Status);

        clock.Advance(TimeSpan.FromMinutes(11));
        var taken = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token);
        Assert.Equal((ClaimStatus.Claimed, 2, "run2"), (taken.Status, taken.Record!.Attempts, taken.Record.ClaimedBy));
    }

    [Fact]
    public async Task MarkFailedAsync_Transient_WaitsForTheBackoffThenRetries()
    {
        var first = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);

        var failed = await sut.MarkFailedAsync(first, "ServiceNotAvailable (421)", permanent: false, TestContext.Token);

        Assert.Equal((DeliveryState.Failed, false, DeliverySamples.Now.AddMinutes(2), "ServiceNotAvailable (421)"), (failed!.State, failed.Permanent, failed.NextAttemptAt, failed.LastError));
        Assert.Equal(ClaimStatus.NotDue, (await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token)).Status);
        clock.Advance(TimeSpan.FromMinutes(2));
        var second = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token);
        Assert.Equal((ClaimStatus.Claimed, 2), (second.Status, second.Record!.Attempts));
        var again = await sut.MarkFailedAsync(second, "timeout", permanent: false, TestContext.Token);
        Assert.Equal(clock.GetUtcNow().AddMinutes(4), again!.NextAttemptAt);
    }

    [Fact]
    public async Task MarkFailedAsync_Permanent_IsNeverRetriedAndKeepsTheReason()
    {
        var claim = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);

        await sut.MarkFailedAsync(claim, "MailboxUnavailable (550): no such user", permanent: true, TestContext.Token);
        clock.Advance(TimeSpan.FromDays(30));

        var later = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token);
        Assert.Equal((ClaimStatus.GaveUp, "MailboxUnavailable (550): no such user", null), (later.Status, later.Record!.LastError, later.Record.NextAttemptAt));
    }

    [Fact]
    public async Task MarkFailedAsync_AttemptsUsedUp_BecomesPermanent()
    {
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            var claim = await sut.TryClaimAsync(BriefingId, Alice, MessageId, $"run{attempt}", TestContext.Token);
            Assert.Equal(ClaimStatus.Claimed, claim.Status);
            await sut.MarkFailedAsync(claim, "busy", permanent: false, TestContext.Token);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var record = await sut.GetAsync(BriefingId, Alice, TestContext.Token);
        Assert.Equal((true, 3), (record!.Permanent, record.Attempts));
        Assert.StartsWith("Gave up after 3 attempts; last: busy", record.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryClaimAsync_ManyRunsAtOnce_ExactlyOneWins()
    {
        for (var round = 0; round < 5; round++)
        {
            var briefing = $"race-{round}";
            if (round % 2 == 0)
            {
                await sut.PlanAsync(briefing, Alice, MessageId, TestContext.Token);
            }

            using var start = new ManualResetEventSlim();
            var runs = Enumerable.Range(0, 8).Select(i => Task.Run(
                async () =>
                {
                    start.Wait(TestContext.Token);
                    return await sut.TryClaimAsync(briefing, Alice, MessageId, $"run{i}", TestContext.Token);
                },
                TestContext.Token)).ToList();
            start.Set();
            var claims = await Task.WhenAll(runs);

            var winner = Assert.Single(claims, c => c.Status == ClaimStatus.Claimed);
            Assert.All(claims.Where(c => c != winner), c => Assert.Equal(ClaimStatus.InProgressElsewhere, c.Status));
            Assert.Equal(winner.Record!.ClaimedBy, (await sut.GetAsync(briefing, Alice, TestContext.Token))!.ClaimedBy);
        }
    }

    [Fact]
    public async Task MarkSentAsync_AfterTakeOver_StillRecordsSent()
    {
        var stale = await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run1", TestContext.Token);
        clock.Advance(TimeSpan.FromMinutes(11));
        await sut.TryClaimAsync(BriefingId, Alice, MessageId, "run2", TestContext.Token);

        await sut.MarkSentAsync(stale, TestContext.Token);

        Assert.Equal(DeliveryState.Sent, (await sut.GetAsync(BriefingId, Alice, TestContext.Token))!.State);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    public void BlobName_BadBriefingId_IsRefused(string briefingId) =>
        Assert.ThrowsAny<ArgumentException>(() => DeliveryLedger.BlobName(briefingId, Alice));
}
