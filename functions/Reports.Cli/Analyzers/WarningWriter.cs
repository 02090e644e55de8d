using Microsoft.Extensions.Logging;

namespace Reports.Cli.Analyzers;

/// <summary>A logger that prints warnings and errors as <c>warning: message</c> lines (stderr), one writer at a time.</summary>
internal sealed class WarningWriter(TextWriter error) : ILogger
{
    private readonly Lock gate = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var line = "warning: " + formatter(state, exception).ReplaceLineEndings(" ");
        lock (gate)
        {
            error.WriteLine(line);
        }
    }
}
