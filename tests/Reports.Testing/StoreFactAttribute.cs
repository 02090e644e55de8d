using Xunit.Sdk;

namespace Reports.Testing;

/// <summary>
/// A fact declared once in an abstract contract class and run by each subclass. When the concrete test class
/// carries <see cref="RequiresAzuriteAttribute"/> and Azurite is missing (off CI), the test skips with the install hint.
/// </summary>
[XunitTestCaseDiscoverer("Reports.Testing.StoreFactDiscoverer", "Reports.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need a real Azurite.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresAzuriteAttribute : Attribute;
