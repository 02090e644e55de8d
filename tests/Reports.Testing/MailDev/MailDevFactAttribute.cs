namespace Reports.Testing.MailDev;

/// <summary>A fact that needs maildev: skipped with an install hint when it is missing, except on CI, where it fails.</summary>
public sealed class MailDevFactAttribute : FactAttribute
{
    public MailDevFactAttribute()
    {
        if (MailDevLocator.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
