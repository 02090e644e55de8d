using System.Text;
using System.Text.Json;
using Reports.Cli.Batches;
using Reports.Core.Analysis;

namespace Reports.Cli.Output;

/// <summary>
/// One JSON object per input, one per line: source, language, title, summary, figures, error, and analyzers when an
/// analyzer other than the built-in one took part. Non-ASCII is printed as is. A failed input has language null,
/// title null, empty summary and figures, and the error.
/// </summary>
internal sealed class JsonLinesWriter(TextWriter output) : IResultWriter
{
    public async Task WriteAsync(ArticleResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var line = Serialize(result);
        await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string Serialize(ArticleResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, AnalysisJson.WriterOptions))
        {
            json.WriteStartObject();
            AnalysisJson.WriteProperties(json, result.Source, result.Analysis, result.Error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
