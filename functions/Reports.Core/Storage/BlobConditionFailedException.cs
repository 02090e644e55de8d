namespace Reports.Core.Storage;

/// <summary>A conditional write found the blob already there, or changed since it was read.</summary>
public sealed class BlobConditionFailedException : Exception
{
    public BlobConditionFailedException()
    {
    }

    public BlobConditionFailedException(string message)
        : base(message)
    {
    }

    public BlobConditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
