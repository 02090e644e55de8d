using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reports.Cli.Batches;
using Reports.Core.Figures;

namespace Reports.Cli.Output;

/// <summary>
/// One JSON object per input, one per line: source, language, title, summary, figures, error. Non-ASCII is printed
/// as is. A failed input has language null, title null, empty summary and figures, and the error.
/// </summary>
internal sealed class JsonLinesWriter(TextWriter output) : IResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

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
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var analysis = result.Analysis;
            json.WriteStartObject();
            json.WriteString("source", result.Source);
            json.WriteString("language", analysis?.Language);
            json.WriteString("title", analysis?.Title);
            json.WriteStartArray("summary");
            foreach (var sentence in analysis?.Summary ?? [])
            {
                json.WriteStringValue(sentence);
            }

            json.WriteEndArray();
            json.WriteStartArray("figures");
            foreach (var figure in analysis?.Figures ?? [])
            {
                WriteFigure(json, figure);
            }

            json.WriteEndArray();
            json.WriteString("error", result.Error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteFigure(Utf8JsonWriter json, Figure figure)
    {
        json.WriteStartObject();
        json.WriteString("kind", FigureNames.Of(figure.Kind));
        json.WriteNumber("value", figure.Value);
        json.WriteNumber("lower", figure.Lower);
        if (figure.Upper is { } upper)
        {
            json.WriteNumber("upper", upper);
        }
        else
        {
            json.WriteNull("upper");
        }

        json.WriteString("qualifier", FigureNames.Of(figure.Qualifier));
        json.WriteString("scope", FigureNames.Of(figure.Scope));
        json.WriteString("evidence", figure.Evidence);
        json.WriteNumber("offset", figure.Offset);
        json.WriteNumber("length", figure.Length);
        json.WriteBoolean("combined", figure.Combined);
        json.WriteEndObject();
    }
}
