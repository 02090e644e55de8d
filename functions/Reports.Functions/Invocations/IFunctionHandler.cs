namespace Reports.Functions.Invocations;

/// <summary>One non-HTTP function: the host (or the local runner) POSTs its invocations to <c>/{Name}</c>.</summary>
internal interface IFunctionHandler
{
    /// <summary>The function's name: its folder and function.json.</summary>
    string Name { get; }

    /// <summary>
    /// Handles one invocation. Throwing fails it (non-2xx, the host retries); return a non-2xx response to fail it
    /// with a message.
    /// </summary>
    Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken);
}
