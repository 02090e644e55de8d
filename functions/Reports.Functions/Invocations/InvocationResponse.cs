namespace Reports.Functions.Invocations;

/// <summary>A status code with the result to send.</summary>
internal sealed record InvocationResponse(int StatusCode, InvocationResult Result)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
