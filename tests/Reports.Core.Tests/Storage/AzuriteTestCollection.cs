using Reports.Testing.Azurite;

namespace Reports.Core.Tests.Storage;

/// <summary>One Azurite for every test class in this assembly that joins the collection.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteTestCollection : ICollectionFixture<AzuriteFixture>;
