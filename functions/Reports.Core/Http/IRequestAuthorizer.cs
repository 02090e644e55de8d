namespace Reports.Core.Http;

/// <summary>Adds the credentials (Authorization or a key header) to a request built for one attempt.</summary>
public interface IRequestAuthorizer
{
    ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
