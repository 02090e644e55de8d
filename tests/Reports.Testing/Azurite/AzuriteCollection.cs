namespace Reports.Testing.Azurite;

/// <summary>The collection name to declare in each test assembly that shares one <see cref="AzuriteFixture"/>.</summary>
public static class AzuriteCollection
{
    public const string Name = "Azurite";
}
