namespace Reports.Cli.Output;

/// <summary>The --format values.</summary>
internal static class OutputFormat
{
    public const string JsonLines = "jsonl";
    public const string Text = "text";

    public static IResultWriter CreateWriter(string format, TextWriter output) => format switch
    {
        JsonLines => new JsonLinesWriter(output),
        Text => new TextReportWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"Unknown format; use {JsonLines} or {Text}."),
    };
}
