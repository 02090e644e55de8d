namespace Reports.Testing.Azurite;

/// <summary>A fact that needs Azurite: skipped with an install hint when it is missing, except on CI, where it fails.</summary>
public sealed class AzuriteFactAttribute : FactAttribute
{
    public AzuriteFactAttribute()
    {
        if (AzuriteLocator.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
