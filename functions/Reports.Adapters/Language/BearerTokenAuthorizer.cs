using System.Net.Http.Headers;
using Azure.Core;
using Reports.Core.Http;

namespace Reports.Adapters.Language;

/// <summary>
/// Entra ID authorization (managed identity, or any TokenCredential): a bearer token for the scope (Blob storage by
/// default), cached until five minutes before it expires.
/// </summary>
public sealed class BearerTokenAuthorizer(TokenCredential credential, TimeProvider time, string scope = BearerTokenAuthorizer.StorageScope) : IRequestAuthorizer, IDisposable
{
    public const string StorageScope = "https://storage.azure.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    public async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public void Dispose() => gate.Dispose();

    private async ValueTask<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (cached is { } fresh && fresh.ExpiresOn - RefreshMargin > time.GetUtcNow())
        {
            return fresh.Token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is { } again && again.ExpiresOn - RefreshMargin > time.GetUtcNow())
            {
                return again.Token;
            }

            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
            cached = token;
            return token.Token;
        }
        finally
        {
            gate.Release();
        }
    }
}
