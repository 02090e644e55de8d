using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Aggregation;

/// <summary>
/// The stored analysis document (<c>analyses/{yyyy}/{MM}/{dd}/{articleId}.json</c>): the CLI's JSON line (source,
/// language, title, summary, figures, error) followed by articleId, contentHash, uploadedAt (ISO 8601), publishedOn
/// (yyyy-MM-dd or null), analyzer, and who wrote the summary when not the built-in analyzer (analyzers.summary). The reader is tolerant: unknown fields are ignored, missing optional ones are
/// null or empty, a figure of an unknown kind (from a newer analyzer) is skipped; a missing required field
/// (articleId, uploadedAt, and kind/value in a figure) or a malformed value fails with an
/// <see cref="InvalidDataException"/> that names the blob.
/// </summary>
public static class StoredAnalysisJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The document as UTF-8 bytes, one line, non-ASCII as is.</summary>
    public static byte[] Serialize(StoredAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(json, analysis);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter json, StoredAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(analysis);
        var failed = analysis.Error is not null;
        json.WriteStartObject();
        json.WriteString("source", analysis.Source);
        json.WriteString("language", failed ? null : analysis.Language);
        json.WriteString("title", failed ? null : analysis.Title);
        json.WriteStartArray("summary");
        foreach (var sentence in analysis.Summary)
        {
            json.WriteStringValue(sentence);
        }

        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var figure in analysis.Figures)
        {
            WriteFigure(json, figure);
        }

        json.WriteEndArray();
        json.WriteString("error", analysis.Error);
        json.WriteString("articleId", analysis.ArticleId);
        json.WriteString("contentHash", analysis.ContentHash);
        json.WriteString("uploadedAt", analysis.UploadedAt.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("publishedOn", analysis.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("analyzer", analysis.Analyzer);
        if (analysis.SummaryBy is { } summaryBy)
        {
            json.WriteStartObject("analyzers");
            json.WriteString("summary", summaryBy);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One figure, exactly as the CLI's JSON line writes it.</summary>
    public static void WriteFigure(Utf8JsonWriter json, Figure figure) => AnalysisJson.WriteFigure(json, figure);

    /// <summary>Reads a stored document; <paramref name="blobName"/> is only used in error messages.</summary>
    public static StoredAnalysis Deserialize(ReadOnlyMemory<byte> utf8, string blobName)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{blobName}: not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{blobName}: expected a JSON object, found {root.ValueKind}.");
            }

            var reader = new Reader(blobName);
            var articleId = reader.RequiredString(root, "articleId");
            var uploadedText = reader.RequiredString(root, "uploadedAt");
            if (!DateTimeOffset.TryParse(uploadedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var uploadedAt))
            {
                throw new InvalidDataException($"{blobName}: 'uploadedAt' is not an ISO 8601 date and time: '{uploadedText}'.");
            }

            DateOnly? publishedOn = null;
            if (reader.OptionalString(root, "publishedOn") is { } publishedText)
            {
                publishedOn = DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published)
                    ? published
                    : throw new InvalidDataException($"{blobName}: 'publishedOn' is not a yyyy-MM-dd date: '{publishedText}'.");
            }

            var summary = new List<string>();
            if (reader.OptionalArray(root, "summary") is { } sentences)
            {
                summary.AddRange(sentences.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!));
            }

            var figures = new List<Figure>();
            if (reader.OptionalArray(root, "figures") is { } items)
            {
                var index = 0;
                foreach (var item in items.EnumerateArray())
                {
                    if (reader.Figure(item, index++) is { } figure)
                    {
                        figures.Add(figure);
                    }
                }
            }

            return new StoredAnalysis(
                articleId,
                reader.OptionalString(root, "source") ?? articleId,
                reader.OptionalString(root, "language") ?? "und",
                reader.OptionalString(root, "title") ?? string.Empty,
                summary,
                figures,
                publishedOn,
                uploadedAt)
            {
                ContentHash = reader.OptionalString(root, "contentHash"),
                Analyzer = reader.OptionalString(root, "analyzer") ?? reader.OptionalString(root, "analyzerVersion"),
                Error = reader.OptionalString(root, "error"),
                SummaryBy = root.TryGetProperty("analyzers", out var analyzers) && analyzers.ValueKind == JsonValueKind.Object
                    && reader.OptionalString(analyzers, "summary") is { } by && by != AnalyzerProvenance.BuiltInName
                    ? by
                    : null,
            };
        }
    }

    private readonly struct Reader(string blobName)
    {
        public string RequiredString(JsonElement obj, string name) =>
            OptionalString(obj, name) ?? throw new InvalidDataException($"{blobName}: required field '{name}' is missing.");

        public string? OptionalString(JsonElement obj, string name) =>
            !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw new InvalidDataException($"{blobName}: '{name}' should be a string, found {value.ValueKind}.");

        public JsonElement? OptionalArray(JsonElement obj, string name) =>
            !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Array ? value
            : throw new InvalidDataException($"{blobName}: '{name}' should be an array, found {value.ValueKind}.");

        public Figure? Figure(JsonElement item, int index)
        {
            var where = $"figures[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{blobName}: {where} should be an object, found {item.ValueKind}.");
            }

            var kindName = OptionalString(item, "kind") ?? throw new InvalidDataException($"{blobName}: required field '{where}.kind' is missing.");
            if (!FigureNames.TryParseKind(kindName, out var kind))
            {
                return null;
            }

            var value = Number(item, "value", where) ?? throw new InvalidDataException($"{blobName}: required field '{where}.value' is missing.");
            var qualifierName = OptionalString(item, "qualifier") ?? FigureNames.Of(Qualifier.Exact);
            if (!FigureNames.TryParseQualifier(qualifierName, out var qualifier))
            {
                throw new InvalidDataException($"{blobName}: {where}.qualifier '{qualifierName}' is not a known qualifier.");
            }

            var scope = OptionalString(item, "scope") switch
            {
                null or "event" => FigureScope.Event,
                "cumulative" => FigureScope.Cumulative,
                var other => throw new InvalidDataException($"{blobName}: {where}.scope '{other}' is neither 'event' nor 'cumulative'."),
            };
            var (lower, upper) = Figures.Figure.Bounds(value, qualifier);
            if (item.TryGetProperty("lower", out _))
            {
                lower = Number(item, "lower", where) ?? lower;
                upper = Number(item, "upper", where);
            }

            var combined = item.TryGetProperty("combined", out var c) && c.ValueKind == JsonValueKind.True;
            return new Figure(
                kind,
                value,
                lower,
                upper,
                qualifier,
                scope,
                OptionalString(item, "evidence") ?? string.Empty,
                Position(item, "offset", where),
                Position(item, "length", where),
                combined)
            {
                Place = OptionalString(item, "place"),
                PlaceBasis = OptionalString(item, "placeBasis"),
                Side = OptionalString(item, "side"),
                EventDate = OptionalString(item, "date") is { } date
                    ? DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? day
                        : throw new InvalidDataException($"{blobName}: {where}.date is not a yyyy-MM-dd date: '{date}'.")
                    : null,
                EventDateBasis = OptionalString(item, "dateBasis"),
                Hours = Number(item, "hours", where) is not { } hours ? null
                    : hours is >= 0 and < 1 << 24 ? (int)hours
                    : throw new InvalidDataException($"{blobName}: {where}.hours is not a set of hours of the day: {hours}."),
                Additional = item.TryGetProperty("additional", out var additional) && additional.ValueKind == JsonValueKind.True,
                Vague = item.TryGetProperty("vague", out var vague) && vague.ValueKind == JsonValueKind.True,
            };
        }

        private int Position(JsonElement obj, string name, string where) =>
            Number(obj, name, where) is not { } n ? 0
            : n is >= 0 and <= int.MaxValue ? (int)n
            : throw new InvalidDataException($"{blobName}: {where}.{name} is out of range: {n}.");

        private long? Number(JsonElement obj, string name, string where) =>
            !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n
            : throw new InvalidDataException($"{blobName}: {where}.{name} should be a whole number, found {value}.");
    }
}
