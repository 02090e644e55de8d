using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Core.Tests;
using Reports.Functions.Hosting;
using Reports.Functions.Invocations;
using Reports.Functions.Local;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Local;

/// <summary>The local runner's timers: function.json schedules, the host's timer payload, the same dispatch path.</summary>
public sealed class TimerSchedulerTests : IDisposable
{
    private readonly TempFolder _root = new("reports-functions-timers");

    [Fact]
    public async Task RunDueAsync_AtTheScheduledTime_InvokesOnceAndMovesToTheNextDay()
    {
        WriteTimer("Daily", "0 0 6 * * *");
        var handler = new RecordingHandler("Daily");
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 5, 59, 59, TimeSpan.Zero));
        var sut = Scheduler(handler, time);
        var timers = sut.Timers().ToList();
        var timer = Assert.Single(timers);
        timer.Next = TimerScheduler.NextAfter(timer.Schedule, time.GetUtcNow());

        await sut.RunDueAsync(timers, time.GetUtcNow(), CancellationToken.None);
        Assert.Empty(handler.Payloads);
        time.Advance(TimeSpan.FromSeconds(1));
        await sut.RunDueAsync(timers, time.GetUtcNow(), CancellationToken.None);

        var payload = Assert.Single(handler.Payloads);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 6, 0, 0, TimeSpan.Zero), timer.Next);
        Assert.False(payload["Data"]!["myTimer"]!["IsPastDue"]!.GetValue<bool>());
        Assert.Equal("Daily", payload["Metadata"]!["sys"]!["MethodName"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunDueAsync_LongAfterTheScheduledTime_SaysPastDue()
    {
        WriteTimer("Daily", "0 0 6 * * *");
        var handler = new RecordingHandler("Daily");
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 5, 0, 0, TimeSpan.Zero));
        var sut = Scheduler(handler, time);
        var timers = sut.Timers().ToList();
        timers[0].Next = TimerScheduler.NextAfter(timers[0].Schedule, time.GetUtcNow());

        await sut.RunDueAsync(timers, time.GetUtcNow().AddHours(2), CancellationToken.None);

        Assert.True(Assert.Single(handler.Payloads)["Data"]!["myTimer"]!["IsPastDue"]!.GetValue<bool>());
    }

    [Fact]
    public void Timers_ScheduleFromASetting_IsRead()
    {
        WriteTimer("Daily", "%BriefingSchedule%");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BriefingSchedule"] = "0 30 7 * * *" }).Build();
        var sut = Scheduler(new RecordingHandler("Daily"), TimeProvider.System, configuration);

        var timer = Assert.Single(sut.Timers());

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 7, 30, 0, TimeSpan.Zero), TimerScheduler.NextAfter(timer.Schedule, new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Timers_FunctionWithoutHandler_IsNotScheduled()
    {
        WriteTimer("Orphan", "0 0 6 * * *");

        var sut = Scheduler(new RecordingHandler("Daily"), TimeProvider.System);

        Assert.Empty(sut.Timers());
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
    public async Task LocalRunner_EverySecondTimer_IsInvokedThroughTheApp()
    {
        WriteTimer("Tick", "* * * * * *");
        var handler = new RecordingHandler("Tick");
        using var folder = new TempFolder("reports-functions-tests");
        using var app = new ReportsApp(ReportsApp.FileStore(folder.Path), settings: new Dictionary<string, string?> { ["ReportsFunctionsRoot"] = _root.Path })
        {
            ExtraServices = services => services.AddSingleton<IFunctionHandler>(handler),
        };
        using var client = app.CreateClient();

        await StoreContents.WaitUntilAsync(() => Task.FromResult(!handler.Payloads.IsEmpty), TimeSpan.FromSeconds(10), "a timer invocation");

        var payload = handler.Payloads.First();
        Assert.True(payload["Data"]!["myTimer"]!["Schedule"]!["AdjustForDST"]!.GetValue<bool>());
    }

    [SharedFact]
    public void TimerPayload_HasTheKeysOfTheReference()
    {
        var reference = JsonNode.Parse(File.ReadAllText(SharedData.File("reference/custom-handler/DERIVED.timer-trigger.request.json")))!;
        var now = new DateTimeOffset(2026, 1, 6, 6, 0, 0, TimeSpan.Zero);

        var built = JsonNode.Parse(InvocationPayloads.TimerTrigger("DailyBriefing", "myTimer", now.AddDays(-1), now.AddDays(1), false, now))!;

        Assert.Equal(Keys(reference["Data"]!["myTimer"]!), Keys(built["Data"]!["myTimer"]!));
        Assert.Equal(Keys(reference["Data"]!["myTimer"]!["ScheduleStatus"]!), Keys(built["Data"]!["myTimer"]!["ScheduleStatus"]!));
        Assert.Equal(Keys(reference["Metadata"]!["sys"]!), Keys(built["Metadata"]!["sys"]!));
    }

    private static string[] Keys(JsonNode node) => node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();

    private TimerScheduler Scheduler(IFunctionHandler handler, TimeProvider time, IConfiguration? configuration = null) =>
        new(
            new FunctionCatalog(_root.Path),
            new FunctionDispatcher([handler], NullLogger<FunctionDispatcher>.Instance),
            configuration ?? new ConfigurationBuilder().Build(),
            Options.Create(new ReportsOptions()),
            time,
            NullLogger<TimerScheduler>.Instance);

    private void WriteTimer(string name, string schedule)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.Path, name)).FullName;
        var json = new JsonObject
        {
            ["bindings"] = new JsonArray(new JsonObject { ["name"] = "myTimer", ["type"] = "timerTrigger", ["direction"] = "in", ["schedule"] = schedule }),
        };
        File.WriteAllText(Path.Combine(folder, "function.json"), json.ToJsonString());
    }

    public void Dispose() => _root.Dispose();

    /// <summary>A timer function that keeps the payloads it was invoked with.</summary>
    private sealed class RecordingHandler(string name) : IFunctionHandler
    {
        public ConcurrentQueue<JsonNode> Payloads { get; } = new();

        public string Name => name;

        public Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
        {
            Payloads.Enqueue(JsonNode.Parse(JsonSerializer.Serialize(new { Data = request.Data, Metadata = request.Metadata }))!);
            return Task.FromResult(new InvocationResponse(200, InvocationResult.Of()));
        }
    }
}
