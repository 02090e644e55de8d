using System.Collections.Concurrent;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Functions.Hosting;
using Reports.Functions.LocalHost;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Local;

/// <summary>The local host's timers: the [TimerTrigger] schedules, a TimerInfo as the host gives it, the function class called.</summary>
public sealed class TimerSchedulerTests
{
    [Fact]
    public async Task RunDueAsync_AtTheScheduledTime_InvokesOnceAndMovesToTheNextDay()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 5, 59, 59, TimeSpan.Zero));
        var (sut, calls) = Scheduler(typeof(DailyAtSix), time);
        var timers = sut.Timers().ToList();
        var timer = Assert.Single(timers);
        timer.Next = TimerScheduler.NextAfter(timer.Schedule, time.GetUtcNow());

        await sut.RunDueAsync(timers, time.GetUtcNow(), CancellationToken.None);
        Assert.Empty(calls);
        time.Advance(TimeSpan.FromSeconds(1));
        await sut.RunDueAsync(timers, time.GetUtcNow(), CancellationToken.None);

        var info = Assert.Single(calls);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 6, 0, 0, TimeSpan.Zero), timer.Next);
        Assert.False(info.IsPastDue);
        Assert.Equal(new DateTime(2026, 1, 6, 6, 0, 0, DateTimeKind.Utc), info.ScheduleStatus!.Next);
    }

    [Fact]
    public async Task RunDueAsync_LongAfterTheScheduledTime_SaysPastDue()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 5, 0, 0, TimeSpan.Zero));
        var (sut, calls) = Scheduler(typeof(DailyAtSix), time);
        var timers = sut.Timers().ToList();
        timers[0].Next = TimerScheduler.NextAfter(timers[0].Schedule, time.GetUtcNow());

        await sut.RunDueAsync(timers, time.GetUtcNow().AddHours(2), CancellationToken.None);

        Assert.True(Assert.Single(calls).IsPastDue);
    }

    [Fact]
    public void Timers_ScheduleFromASetting_IsRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TestBriefingSchedule"] = "0 30 7 * * *" }).Build();
        var (sut, _) = Scheduler(typeof(FromSetting), TimeProvider.System, configuration);

        var timer = Assert.Single(sut.Timers());

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 7, 30, 0, TimeSpan.Zero), TimerScheduler.NextAfter(timer.Schedule, new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Timers_OfTheApp_AreTheDailyBriefingOnItsSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportsBriefingSchedule"] = "0 15 5 * * *" }).Build();
        var (sut, _) = Scheduler(null, TimeProvider.System, configuration);

        var timer = Assert.Single(sut.Timers());

        Assert.Equal(Reports.Functions.Briefings.DailyBriefingFunction.Name, timer.Function);
        Assert.False(timer.RunOnStartup);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 5, 15, 0, TimeSpan.Zero), TimerScheduler.NextAfter(timer.Schedule, new DateTimeOffset(2026, 1, 5, 5, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("0 0 6 * * *", "2026-01-05T06:00:00Z")]
    [InlineData("0 6 * * *", "2026-01-05T06:00:00Z")]
    [InlineData("*/10 * * * * *", "2026-01-05T05:00:10Z")]
    public void Parse_SixOrFiveFields_GivesTheNextOccurrence(string expression, string next)
    {
        var schedule = TimerScheduler.Parse(expression);

        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), TimerScheduler.NextAfter(schedule, new DateTimeOffset(2026, 1, 5, 5, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task LocalHost_EverySecondTimer_IsInvokedThroughTheApp()
    {
        EverySecond.Calls.Clear();
        using var folder = new TempFolder("reports-functions-tests");
        using var app = new ReportsApp(ReportsApp.FileStore(folder.Path))
        {
            ExtraServices = services =>
            {
                services.RemoveAll<LocalFunctions>();
                services.AddSingleton(LocalFunctions.FromAssembly(typeof(LocalFunctions).Assembly).With(typeof(EverySecond)));
            },
        };
        using var client = app.CreateClient();

        await StoreContents.WaitUntilAsync(() => Task.FromResult(!EverySecond.Calls.IsEmpty), TimeSpan.FromSeconds(10), "a timer invocation");

        Assert.NotNull(EverySecond.Calls.First().ScheduleStatus);
    }

    private static (TimerScheduler Scheduler, ConcurrentQueue<TimerInfo> Calls) Scheduler(Type? type, TimeProvider time, IConfiguration? configuration = null)
    {
        var calls = new ConcurrentQueue<TimerInfo>();
        var services = new ServiceCollection().AddSingleton(calls).BuildServiceProvider();
        var functions = type is null ? LocalFunctions.FromAssembly(typeof(LocalFunctions).Assembly) : LocalFunctions.From(type);
        var scheduler = new TimerScheduler(
            functions,
            services,
            configuration ?? new ConfigurationBuilder().Build(),
            Options.Create(new ReportsOptions()),
            time,
            NullLogger<TimerScheduler>.Instance);
        return (scheduler, calls);
    }

    /// <summary>A timer function at 06:00 UTC that records its TimerInfo.</summary>
    internal sealed class DailyAtSix(ConcurrentQueue<TimerInfo> calls)
    {
        [Function("Daily")]
        public Task RunAsync([TimerTrigger("0 0 6 * * *")] TimerInfo timer, CancellationToken cancellationToken)
        {
            calls.Enqueue(timer);
            return Task.CompletedTask;
        }
    }

    /// <summary>A timer function whose schedule is a setting.</summary>
    internal sealed class FromSetting
    {
        [Function("FromSetting")]
        public static void Run([TimerTrigger("%TestBriefingSchedule%")] TimerInfo timer)
        {
        }
    }

    /// <summary>A timer function every second, for the running app.</summary>
    internal sealed class EverySecond
    {
        public static ConcurrentQueue<TimerInfo> Calls { get; } = new();

        [Function("Tick")]
        public static void Run([TimerTrigger("* * * * * *")] TimerInfo timer) => Calls.Enqueue(timer);
    }
}
