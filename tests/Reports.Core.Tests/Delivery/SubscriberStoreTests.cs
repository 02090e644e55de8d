using Reports.Core.Delivery;
using Reports.Core.Storage;
using Reports.Testing;

namespace Reports.Core.Tests.Delivery;

public sealed class SubscriberStoreTests : IDisposable
{
    private readonly TempFolder folder = new("reports-subscribers");
    private readonly ManualTimeProvider clock = new(DeliverySamples.Now);
    private readonly FileSystemBlobStore blobs;
    private readonly SubscriberStore sut;

    public SubscriberStoreTests()
    {
        blobs = new FileSystemBlobStore(new FileSystemBlobStoreOptions { RootPath = folder.Path, FlushToDisk = false }, clock);
        sut = new SubscriberStore(blobs, clock);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task SubscribeAsync_NewAddress_StoresOneJsonBlob()
    {
        await sut.EnsureContainerAsync(TestContext.Token);

        var subscriber = await sut.SubscribeAsync(" Alice@Example.ORG ", ["UK", "en", "en"], TestContext.Token);

        Assert.Equal("Alice@example.org", subscriber.Email);
        Assert.Equal(["en", "uk"], subscriber.Languages);
        Assert.Equal(DeliverySamples.Now, subscriber.CreatedAt);
        Assert.True(SubscriberIds.IsValid(subscriber.Id));
        var blob = await blobs.GetAsync(SubscriberStore.Container, subscriber.Id + ".json", TestContext.Token);
        Assert.NotNull(blob);
        Assert.Equal(subscriber, await sut.GetAsync(subscriber.Id, TestContext.Token), new SubscriberComparer());
    }

    [Fact]
    public async Task SubscribeAsync_SameAddressTwice_KeepsOneSubscriberAndReactivates()
    {
        await sut.EnsureContainerAsync(TestContext.Token);
        var first = await sut.SubscribeAsync("alice@example.org", null, TestContext.Token);
        await sut.UnsubscribeAsync(first.Id, TestContext.Token);
        clock.Advance(TimeSpan.FromDays(1));

        var again = await sut.SubscribeAsync("ALICE@example.org", ["fr"], TestContext.Token);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.CreatedAt, again.CreatedAt);
        Assert.True(again.IsActive);
        Assert.Single(await ToListAsync(sut.ListAsync(TestContext.Token)));
    }

    [Fact]
    public async Task SubscribeAsync_InvalidAddress_ThrowsAndStoresNothing()
    {
        await sut.EnsureContainerAsync(TestContext.Token);

        await Assert.ThrowsAsync<InvalidEmailAddressException>(() => sut.SubscribeAsync("not-an-address", null, TestContext.Token));

        Assert.Empty(await ToListAsync(sut.ListAsync(TestContext.Token)));
    }

    [Fact]
    public async Task UnsubscribeAsync_Active_SetsUnsubscribedAtAndDropsFromActiveList()
    {
        await sut.EnsureContainerAsync(TestContext.Token);
        var alice = await sut.SubscribeAsync("alice@example.org", null, TestContext.Token);
        await sut.SubscribeAsync("bob@example.org", null, TestContext.Token);
        clock.Advance(TimeSpan.FromHours(1));

        Assert.True(await sut.UnsubscribeAsync(alice.Id, TestContext.Token));
        Assert.True(await sut.UnsubscribeAsync(alice.Id, TestContext.Token));

        Assert.Equal(DeliverySamples.Now.AddHours(1), (await sut.GetAsync(alice.Id, TestContext.Token))!.UnsubscribedAt);
        Assert.Equal(["bob@example.org"], (await sut.ListActiveAsync(TestContext.Token)).Select(s => s.Email));
        Assert.False(await sut.UnsubscribeAsync(SubscriberIds.For("nobody@example.org"), TestContext.Token));
        Assert.False(await sut.UnsubscribeAsync("../etc/passwd", TestContext.Token));
    }

    [Fact]
    public async Task UnsubscribeAsync_ConcurrentWithSubscribeOfOthers_LosesNothing()
    {
        await sut.EnsureContainerAsync(TestContext.Token);
        var alice = await sut.SubscribeAsync("alice@example.org", null, TestContext.Token);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? (Task)sut.UnsubscribeAsync(alice.Id, TestContext.Token)
            : sut.SubscribeAsync($"user{i}@example.org", null, TestContext.Token)));

        Assert.False((await sut.GetAsync(alice.Id, TestContext.Token))!.IsActive);
        Assert.Equal(4, (await sut.ListActiveAsync(TestContext.Token)).Count);
    }

    [Fact]
    public async Task UnsubscribeService_ValidToken_Unsubscribes_TamperedOrOtherRefused()
    {
        await sut.EnsureContainerAsync(TestContext.Token);
        var alice = await sut.SubscribeAsync("alice@example.org", null, TestContext.Token);
        var bob = await sut.SubscribeAsync("bob@example.org", null, TestContext.Token);
        var service = new UnsubscribeService(DeliverySamples.Tokens, sut);

        Assert.Equal(UnsubscribeOutcome.InvalidToken, await service.UnsubscribeAsync(alice.Id, DeliverySamples.Tokens.Create(bob.Id, bob.Generation), bob.Generation, TestContext.Token));
        Assert.Equal(UnsubscribeOutcome.InvalidToken, await service.UnsubscribeAsync(alice.Id, "x" + DeliverySamples.Tokens.Create(alice.Id, alice.Generation)[1..], alice.Generation, TestContext.Token));
        Assert.True((await sut.GetAsync(alice.Id, TestContext.Token))!.IsActive);

        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await service.UnsubscribeAsync(alice.Id, DeliverySamples.Tokens.Create(alice.Id, alice.Generation), alice.Generation, TestContext.Token));
        Assert.False((await sut.GetAsync(alice.Id, TestContext.Token))!.IsActive);
        Assert.True((await sut.GetAsync(bob.Id, TestContext.Token))!.IsActive);
    }

    [Fact]
    public async Task UnsubscribeService_LinkOfAnEarlierSubscription_NoLongerUnsubscribes()
    {
        await sut.EnsureContainerAsync(TestContext.Token);
        var service = new UnsubscribeService(DeliverySamples.Tokens, sut);
        var first = await sut.SubscribeAsync("dana@example.org", null, TestContext.Token);
        var oldToken = DeliverySamples.Tokens.Create(first.Id, first.Generation);
        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await service.UnsubscribeAsync(first.Id, oldToken, first.Generation, TestContext.Token));
        clock.Advance(TimeSpan.FromDays(3));

        var again = await sut.SubscribeAsync("dana@example.org", ["uk"], TestContext.Token);

        Assert.NotEqual(first.Generation, again.Generation);
        Assert.Equal(UnsubscribeOutcome.StaleLink, await service.UnsubscribeAsync(first.Id, oldToken, first.Generation, TestContext.Token));
        Assert.True((await sut.GetAsync(first.Id, TestContext.Token))!.IsActive);
        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await service.UnsubscribeAsync(again.Id, DeliverySamples.Tokens.Create(again.Id, again.Generation), again.Generation, TestContext.Token));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class SubscriberComparer : IEqualityComparer<Subscriber?>
    {
        public bool Equals(Subscriber? x, Subscriber? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Email == y.Email && x.CreatedAt == y.CreatedAt && x.UnsubscribedAt == y.UnsubscribedAt
            && (x.Languages ?? []).SequenceEqual(y.Languages ?? []);

        public int GetHashCode(Subscriber? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
