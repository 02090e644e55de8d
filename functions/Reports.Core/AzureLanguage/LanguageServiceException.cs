using System.Net;

namespace Reports.Core.AzureLanguage;

/// <summary>
/// The Language service refused a request or a job failed: the HTTP status (when there was one), the service's error
/// code (innermost first, e.g. InvalidDocumentBatch) and its message. Never carries the key.
/// </summary>
public sealed class LanguageServiceException : Exception
{
    public LanguageServiceException()
    {
    }

    public LanguageServiceException(string message)
        : base(message)
    {
    }

    public LanguageServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LanguageServiceException(string message, HttpStatusCode? status, string? code)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode? Status { get; }

    public string? Code { get; }
}
