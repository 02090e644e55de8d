namespace Reports.Functions.Tests.Support;

/// <summary>
/// Tests whose app must fail to start. WebApplicationFactory finds the app's host through a process-wide listener, so
/// a start that throws can be taken for another test's start running at the same moment: these run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostStartCollection
{
    public const string Name = "host start failures";
}
