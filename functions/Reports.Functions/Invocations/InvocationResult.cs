using System.Text.Json.Serialization;

namespace Reports.Functions.Invocations;

/// <summary>
/// The custom handler's answer: <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>, sent as
/// application/json. Any status other than 2xx fails the invocation, and the host retries it.
/// </summary>
internal sealed record InvocationResult(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResult Of(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
