using Reports.Cli.Batches;

namespace Reports.Cli.Output;

/// <summary>Prints batch results, one input at a time, in the order they come.</summary>
internal interface IResultWriter
{
    Task WriteAsync(ArticleResult result, CancellationToken cancellationToken);
}
