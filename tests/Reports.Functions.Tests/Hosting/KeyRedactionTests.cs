using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reports.Functions.Tests.Support;
using Reports.Testing;

namespace Reports.Functions.Tests.Hosting;

/// <summary>A key sent as ?code= never reaches the log, even when the configuration asks for ASP.NET Core's request lines.</summary>
public sealed class KeyRedactionTests : IDisposable
{
    private readonly TempFolder _folder = new("reports-functions-redaction");

    [Fact]
    public async Task Requests_KeyInTheQuery_NeverLogged()
    {
        var captured = new CapturingLoggerProvider();
        using var app = new ReportsApp(ReportsApp.FileStore(_folder.Path), settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["ReportsRunWatcher"] = "false",
            ["ReportsRunTimers"] = "false",
        })
        {
            ExtraServices = services => services.AddSingleton<ILoggerProvider>(captured),
        };
        using var client = app.CreateAnonymousClient();

        using var upload = await client.PostAsync(new Uri($"/api/articles?name=r.txt&code={ReportsApp.Key}", UriKind.Relative), new ByteArrayContent("Two people were wounded.\n"u8.ToArray()));
        using var list = await client.GetAsync(new Uri($"/api/articles?code={ReportsApp.ReadKey}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(captured.Lines, l => l.Contains("accepted as article", StringComparison.Ordinal)); // the log is on
        Assert.DoesNotContain(captured.Lines, l => l.Contains(ReportsApp.Key, StringComparison.Ordinal) || l.Contains(ReportsApp.ReadKey, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)}");
        }
    }
}
