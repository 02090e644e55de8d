using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.Middleware;
using Reports.Functions.Articles;

namespace Reports.Functions.Hosting;

/// <summary>
/// The app as an isolated worker, started by the Functions host: ASP.NET Core integration for the HTTP functions
/// (<see cref="HttpRequest"/> in, <see cref="IResult"/> out), the blob and timer triggers from the host, the same
/// services as the local host.
/// </summary>
public static class FunctionsWorker
{
    public static async Task RunAsync(string[] args)
    {
        using var host = Build(args);
        await host.RunAsync().ConfigureAwait(false);
    }

    /// <summary>The worker, built and not started (started, it connects to the host that launched it).</summary>
    internal static IHost Build(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpErrorMiddleware>();
        WorkerTelemetry.AddTo(builder.Services, builder.Configuration);
        ReportsFunctionsExtensions.KeepKeysOutOfTheLog(builder.Logging);
        builder.Services.AddReportsServices(new HostSettings(HostMode.Worker));
        return builder.Build();
    }
}

/// <summary>
/// An exception an HTTP function did not handle gets the same answer as in the local host
/// (<see cref="ApiErrors.ForException"/>: 400 for an unreadable request, 503 with Retry-After when storage did not
/// answer, else 500), never the exception's text. Other functions' exceptions go to the host, which retries.
/// </summary>
internal sealed partial class HttpErrorMiddleware(ILogger<HttpErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (context.GetHttpContext() is { Response.HasStarted: false } http && !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(e, context.FunctionDefinition.Name, e.GetType().Name);
            await ApiErrors.ForException(e).ExecuteAsync(http).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} failed with {ErrorType}")]
    private partial void LogFailed(Exception exception, string function, string errorType);
}
