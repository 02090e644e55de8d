namespace Reports.Core.Storage.Azure;

/// <summary>Adds the Authorization header to a request that already carries its x-ms-date and x-ms-version.</summary>
internal interface IRequestAuthorizer
{
    ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
