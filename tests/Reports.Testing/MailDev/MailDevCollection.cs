namespace Reports.Testing.MailDev;

/// <summary>The collection name to declare in each test assembly that shares one <see cref="MailDevFixture"/>.</summary>
public static class MailDevCollection
{
    public const string Name = "MailDev";
}
