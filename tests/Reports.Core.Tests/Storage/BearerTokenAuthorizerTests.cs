using Azure.Core;
using Reports.Adapters.Language;
using Reports.Testing;

namespace Reports.Core.Tests.Storage;

public sealed class BearerTokenAuthorizerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AuthorizeAsync_TwiceWithinLifetime_AsksTheCredentialOnce()
    {
        var credential = new CountingCredential(Now.AddHours(1));
        using var sut = new BearerTokenAuthorizer(credential, new ManualTimeProvider(Now));

        var first = await AuthorizeAsync(sut);
        var second = await AuthorizeAsync(sut);

        Assert.Equal("Bearer token-1", first);
        Assert.Equal("Bearer token-1", second);
        Assert.Equal(1, credential.Calls);
        Assert.Equal(["https://storage.azure.com/.default"], credential.LastScopes);
    }

    [Fact]
    public async Task AuthorizeAsync_TokenNearExpiry_Refreshes()
    {
        var credential = new CountingCredential(Now.AddMinutes(30));
        var clock = new ManualTimeProvider(Now);
        using var sut = new BearerTokenAuthorizer(credential, clock);
        await AuthorizeAsync(sut);

        clock.Advance(TimeSpan.FromMinutes(26));

        Assert.Equal("Bearer token-2", await AuthorizeAsync(sut));
    }

    private static async Task<string> AuthorizeAsync(BearerTokenAuthorizer sut)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://a.blob.core.windows.net/c/b");
        await sut.AuthorizeAsync(request, CancellationToken.None);
        return request.Headers.Authorization!.ToString();
    }

    private sealed class CountingCredential(DateTimeOffset expiresOn) : TokenCredential
    {
        public int Calls { get; private set; }

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The store only asks asynchronously.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            LastScopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken($"token-{Calls}", expiresOn.AddMinutes(30 * (Calls - 1))));
        }
    }
}
