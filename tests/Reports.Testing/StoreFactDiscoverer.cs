using Reports.Testing.Azurite;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Reports.Testing;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them per class when their server is missing.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var needsAzurite = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresAzuriteAttribute)).Any();
        if (needsAzurite && AzuriteLocator.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
