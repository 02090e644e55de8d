namespace Reports.Functions.Invocations;

/// <summary>One binding of a function.json.</summary>
internal sealed record FunctionBinding(string Name, string Type, string Direction, string? Path, string? DataType, string? Connection, string? Schedule, bool RunOnStartup);
