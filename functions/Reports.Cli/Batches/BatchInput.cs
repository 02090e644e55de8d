namespace Reports.Cli.Batches;

/// <summary>One entry of a batch: a file to analyse, or a path that already failed (with the reason).</summary>
/// <param name="Source">The path as given on the command line or as enumerated from a folder.</param>
/// <param name="Error">Why the input cannot be analysed, or null.</param>
internal sealed record BatchInput(string Source, string? Error = null);
