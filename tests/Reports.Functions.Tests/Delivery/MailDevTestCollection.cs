using Reports.Testing.MailDev;

namespace Reports.Functions.Tests.Delivery;

/// <summary>One maildev for every test class in this assembly that joins the collection.</summary>
[CollectionDefinition(MailDevCollection.Name)]
public sealed class MailDevTestCollection : ICollectionFixture<MailDevFixture>;
