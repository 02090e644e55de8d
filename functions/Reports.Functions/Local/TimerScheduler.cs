using Microsoft.Extensions.Options;
using NCrontab;
using Reports.Functions.Hosting;
using Reports.Functions.Invocations;

namespace Reports.Functions.Local;

/// <summary>
/// The local runner's timer trigger: every timerTrigger function.json with a handler is invoked on its NCRONTAB
/// schedule (six fields with seconds, or five; UTC; "%Setting%" reads the schedule from configuration), with the
/// payload the Functions host sends, through <see cref="FunctionDispatcher"/>. <c>runOnStartup</c> is honoured.
/// </summary>
internal sealed partial class TimerScheduler(
    FunctionCatalog catalog,
    FunctionDispatcher dispatcher,
    IConfiguration configuration,
    IOptions<ReportsOptions> options,
    TimeProvider time,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timers = options.Value.RunTimers ? Timers().ToList() : [];
        if (timers.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var timer in timers)
        {
            timer.Next = NextAfter(timer.Schedule, now);
            LogScheduled(timer.Function, timer.Next);
            if (timer.RunOnStartup)
            {
                await InvokeAsync(timer, now, isPastDue: false, stoppingToken).ConfigureAwait(false);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = timers.Min(t => t.Next) - time.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunDueAsync(timers, time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Invokes every timer whose next occurrence is at or before <paramref name="now"/> and moves it on.</summary>
    internal async Task RunDueAsync(IReadOnlyList<ScheduledTimer> timers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var timer in timers.Where(t => t.Next <= now))
        {
            var pastDue = now - timer.Next > TimeSpan.FromSeconds(5);
            await InvokeAsync(timer, now, pastDue, cancellationToken).ConfigureAwait(false);
            timer.Last = timer.Next;
            timer.Next = NextAfter(timer.Schedule, now);
        }
    }

    /// <summary>The timers of the catalog that have a handler.</summary>
    internal IEnumerable<ScheduledTimer> Timers()
    {
        foreach (var function in catalog.Functions)
        {
            if (function.Trigger is not { Type: var type } binding || !type.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!dispatcher.Handles(function.Name))
            {
                LogNoHandler(function.Name);
                continue;
            }

            var expression = binding.Schedule ?? string.Empty;
            if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
            {
                expression = configuration[expression[1..^1]] ?? string.Empty;
            }

            yield return new ScheduledTimer(function.Name, binding.Name, Parse(expression), binding.RunOnStartup);
        }
    }

    /// <summary>An NCRONTAB expression: six fields (with seconds, as in function.json) or five.</summary>
    internal static CrontabSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 });
    }

    internal static DateTimeOffset NextAfter(CrontabSchedule schedule, DateTimeOffset now) =>
        new(DateTime.SpecifyKind(schedule.GetNextOccurrence(now.UtcDateTime), DateTimeKind.Utc));

    private async Task InvokeAsync(ScheduledTimer timer, DateTimeOffset now, bool isPastDue, CancellationToken cancellationToken)
    {
        var payload = InvocationPayloads.TimerTrigger(timer.Function, timer.Binding, timer.Last, NextAfter(timer.Schedule, now), isPastDue, now);
        using var body = new MemoryStream(payload, writable: false);
        try
        {
            var response = await dispatcher.DispatchAsync(timer.Function, body, cancellationToken).ConfigureAwait(false);
            if (!response.Succeeded)
            {
                LogFailed(timer.Function, response.StatusCode);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    internal sealed class ScheduledTimer(string function, string binding, CrontabSchedule schedule, bool runOnStartup)
    {
        public string Function => function;

        public string Binding => binding;

        public CrontabSchedule Schedule => schedule;

        public bool RunOnStartup => runOnStartup;

        public DateTimeOffset? Last { get; set; }

        public DateTimeOffset Next { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} next runs at {Next:O}")]
    private partial void LogScheduled(string function, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function} has no handler in this app; it is not scheduled")]
    private partial void LogNoHandler(string function);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Function} answered {Status}; it runs again at its next occurrence")]
    private partial void LogFailed(string function, int status);
}
