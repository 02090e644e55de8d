using Reports.Core.Delivery;

namespace Reports.Core.Tests.Delivery;

public sealed class UnsubscribeTokensTests
{
    private static readonly string Alice = SubscriberIds.For("alice@example.org");
    private static readonly string Bob = SubscriberIds.For("bob@example.org");
    private readonly UnsubscribeTokens sut = new(DeliverySamples.Secret);

    [Fact]
    public void Verify_TokenMadeForTheSubscriber_IsAccepted()
    {
        var token = sut.Create(Alice);

        Assert.True(sut.Verify(Alice, token));
        Assert.Equal(43, token.Length);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe"));
    }

    [Fact]
    public void Verify_AnotherSubscribersToken_IsRefused()
    {
        Assert.False(sut.Verify(Bob, sut.Create(Alice)));
        Assert.False(sut.Verify(Alice, sut.Create(Bob)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(42)]
    public void Verify_OneCharacterChanged_IsRefused(int position)
    {
        var token = sut.Create(Alice).ToCharArray();
        token[position] = token[position] == 'A' ? 'B' : 'A';

        Assert.False(sut.Verify(Alice, new string(token)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("AAAA")]
    public void Verify_Garbage_IsRefused(string? token) => Assert.False(sut.Verify(Alice, token));

    [Fact]
    public void Verify_PaddedOrTruncatedToken_IsRefused()
    {
        var token = sut.Create(Alice);

        Assert.False(sut.Verify(Alice, token + "="));
        Assert.False(sut.Verify(Alice, token[..^1]));
    }

    [Fact]
    public void Verify_TokenFromAnotherSecret_IsRefused()
    {
        var other = new UnsubscribeTokens(DeliverySamples.Secret + "-rotated");

        Assert.False(sut.Verify(Alice, other.Create(Alice)));
    }

    [Fact]
    public void Link_PointsAtTheUnsubscribeEndpointWithIdAndToken()
    {
        var link = sut.Link(new Uri("https://reports.example.org/"), Alice);

        Assert.Equal($"https://reports.example.org/api/unsubscribe?s={Alice}&t={sut.Create(Alice)}", link.AbsoluteUri);
    }

    [Fact]
    public void Constructor_ShortSecret_IsRefusedWithoutShowingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new UnsubscribeTokens("short-secret-value"));

        Assert.DoesNotContain("short-secret-value", error.Message, StringComparison.Ordinal);
        Assert.Contains(UnsubscribeTokens.SecretSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_MissingSetting_SaysWhichSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => UnsubscribeTokens.From(_ => null));

        Assert.Contains("ReportsUnsubscribeSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_DoesNotShowTheSecret() => Assert.DoesNotContain(DeliverySamples.Secret, sut.ToString(), StringComparison.Ordinal);
}
