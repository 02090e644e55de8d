using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NCrontab;
using Reports.Functions.Hosting;

namespace Reports.Functions.LocalHost;

/// <summary>
/// The local host's timer trigger: every <c>[TimerTrigger]</c> function is called on its NCRONTAB schedule (six
/// fields with seconds, or five; UTC; "%Setting%" reads the schedule from configuration) with a
/// <see cref="TimerInfo"/> as the host gives it (schedule status, past due). <c>RunOnStartup</c> is honoured.
/// </summary>
internal sealed partial class TimerScheduler(
    LocalFunctions functions,
    IServiceProvider services,
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

    /// <summary>The timer functions, their schedules read (a %Setting% from configuration).</summary>
    internal IEnumerable<ScheduledTimer> Timers()
    {
        foreach (var function in functions.Of(TriggerKind.Timer))
        {
            var expression = function.Schedule ?? string.Empty;
            if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
            {
                expression = configuration[expression[1..^1]] ?? string.Empty;
            }

            yield return new ScheduledTimer(function.Name, Parse(expression), function.RunOnStartup);
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
        var info = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus
            {
                Last = (timer.Last ?? DateTimeOffset.MinValue).UtcDateTime,
                Next = NextAfter(timer.Schedule, now).UtcDateTime,
                LastUpdated = now.UtcDateTime,
            },
        };
        var context = new LocalFunctionContext(timer.Function, services, new Dictionary<string, object?>(), cancellationToken);
        try
        {
            await functions.InvokeAsync(functions[timer.Function], services, context, info).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception e)
        {
            LogFailed(e, timer.Function, e.GetType().Name);
        }
    }

    internal sealed class ScheduledTimer(string function, CrontabSchedule schedule, bool runOnStartup)
    {
        public string Function => function;

        public CrontabSchedule Schedule => schedule;

        public bool RunOnStartup => runOnStartup;

        public DateTimeOffset? Last { get; set; }

        public DateTimeOffset Next { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} next runs at {Next:O}")]
    private partial void LogScheduled(string function, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Function} failed with {ErrorType}; it runs again at its next occurrence")]
    private partial void LogFailed(Exception exception, string function, string errorType);
}
