using Microsoft.Extensions.Logging;

namespace Reports.Core.Tests.Storage;

/// <summary>A logger that keeps each entry's template and rendered message.</summary>
internal sealed class ListLogger : ILogger
{
    public List<(LogLevel Level, string Template, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var template = state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == "{OriginalFormat}").Value as string ?? string.Empty
            : string.Empty;
        lock (Entries)
        {
            Entries.Add((logLevel, template, formatter(state, exception)));
        }
    }
}
