namespace Reports.Functions.Invocations;

/// <summary>
/// The one invocation path: the <c>POST /{FunctionName}</c> endpoint and the local runner (watcher, timers) both
/// hand the payload bytes to <see cref="DispatchAsync"/>, which parses them and calls the function's handler.
/// </summary>
internal sealed partial class FunctionDispatcher
{
    private readonly Dictionary<string, IFunctionHandler> _handlers;
    private readonly ILogger<FunctionDispatcher> _logger;

    public FunctionDispatcher(IEnumerable<IFunctionHandler> handlers, ILogger<FunctionDispatcher> logger)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyCollection<string> Functions => _handlers.Keys;

    public bool Handles(string function) => _handlers.ContainsKey(function);

    public async Task<InvocationResponse> DispatchAsync(string function, Stream body, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(function, out var handler))
        {
            return new InvocationResponse(StatusCodes.Status404NotFound, InvocationResult.Of($"No function named '{function}' in this app."));
        }

        try
        {
            using var request = await InvocationRequest.ParseAsync(body, cancellationToken).ConfigureAwait(false);
            return await handler.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInvocationException e)
        {
            LogInvalid(handler.Name, e.Message);
            return new InvocationResponse(StatusCodes.Status400BadRequest, InvocationResult.Of($"{handler.Name}: {e.Message}"));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Transient or not, the host retries a failed invocation a bounded number of times, then gives up.
            LogFailed(e, handler.Name, e.GetType().Name);
            return new InvocationResponse(StatusCodes.Status500InternalServerError, InvocationResult.Of($"{handler.Name} failed ({e.GetType().Name}): {e.Message}"));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invocation of {Function} refused: {Problem}")]
    private partial void LogInvalid(string function, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invocation of {Function} failed with {ErrorType}; the host retries it")]
    private partial void LogFailed(Exception exception, string function, string errorType);
}
