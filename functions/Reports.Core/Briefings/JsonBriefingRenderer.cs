using Reports.Core.Analysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reports.Core.Aggregation;
using Reports.Core.Figures;

namespace Reports.Core.Briefings;

/// <summary>
/// The briefing as one JSON document (UTF-8, no BOM, indented), schema <c>reports.briefing/1</c> described in
/// docs/aggregation.md: schema, period, filters, generatedAt, totals, events (with sources and evidence), cumulative,
/// series, articles. Kinds, qualifiers and scopes use the wire names of <see cref="FigureNames"/>; unbounded uppers are null.
/// </summary>
public sealed class JsonBriefingRenderer : IBriefingRenderer
{
    public const string Schema = "reports.briefing/1";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public string Format => "json";

    public string ContentType => "application/json; charset=utf-8";

    public async Task RenderAsync(Briefing briefing, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(output);
        await using var json = new Utf8JsonWriter(output, Options);
        Write(json, briefing);
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter json, Briefing briefing)
    {
        var filter = briefing.Filter;
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteStartObject("period");
        json.WriteString("from", BriefingText.Day(filter.Period.From));
        json.WriteString("to", BriefingText.Day(filter.Period.To));
        json.WriteNumber("days", filter.Period.Days);
        json.WriteEndObject();
        json.WriteStartObject("filters");
        WriteStrings(json, "languages", filter.Languages);
        WriteStrings(json, "kinds", filter.Kinds?.Select(FigureNames.Of).ToList());
        WriteStrings(json, "places", filter.Places);
        json.WriteString("sourceContains", filter.SourceContains);
        json.WriteEndObject();
        json.WriteString("generatedAt", briefing.GeneratedAt);

        json.WriteStartArray("totals");
        foreach (var t in briefing.Totals)
        {
            json.WriteStartObject();
            json.WriteString("kind", FigureNames.Of(t.Kind));
            json.WriteNumber("headline", t.Headline);
            json.WriteNumber("lower", t.Lower);
            WriteNullable(json, "upper", t.Upper);
            json.WriteNumber("events", t.Events);
            json.WriteNumber("sources", t.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteEvents(json, "events", briefing.Events);
        WriteEvents(json, "cumulative", briefing.Cumulative);

        json.WriteStartArray("series");
        foreach (var p in briefing.Series)
        {
            json.WriteStartObject();
            json.WriteString("day", BriefingText.Day(p.Day));
            json.WriteString("kind", FigureNames.Of(p.Kind));
            json.WriteNumber("value", p.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("articles");
        foreach (var a in briefing.Articles)
        {
            json.WriteStartObject();
            json.WriteString("articleId", a.ArticleId);
            json.WriteString("source", a.Source);
            json.WriteString("language", a.Language);
            json.WriteString("title", a.Title);
            json.WriteString("day", BriefingText.Day(a.Day));
            json.WriteString("publishedOn", a.PublishedOn is { } p ? BriefingText.Day(p) : null);
            json.WriteString("uploadedAt", a.UploadedAt);
            WriteStrings(json, "summary", a.Summary);
            json.WriteString("summaryBy", a.SummaryBy ?? AnalyzerProvenance.BuiltInName);
            json.WriteNumber("figures", a.Figures.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter json, string name, IReadOnlyList<ReportedEvent> events)
    {
        json.WriteStartArray(name);
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("kind", FigureNames.Of(e.Kind));
            json.WriteString("day", BriefingText.Day(e.Day));
            json.WriteString("scope", FigureNames.Of(e.Scope));
            json.WriteNumber("headline", e.Headline);
            json.WriteNumber("lower", e.Lower);
            WriteNullable(json, "upper", e.Upper);
            json.WriteBoolean("counted", e.Counted);
            json.WriteString("notCountedReason", e.NotCountedReason);
            json.WriteString("place", e.Place);
            json.WriteString("placeName", e.Place is null ? null : Places.Gazetteer.Default.DisplayName(e.Place));
            json.WriteString("side", e.Side);
            json.WriteStartArray("sources");
            foreach (var s in e.Sources)
            {
                json.WriteStartObject();
                json.WriteString("articleId", s.ArticleId);
                json.WriteString("title", s.Title);
                json.WriteString("source", s.Source);
                json.WriteString("language", s.Language);
                json.WriteNumber("value", s.Figure.Value);
                json.WriteNumber("lower", s.Figure.Lower);
                WriteNullable(json, "upper", s.Figure.Upper);
                json.WriteString("qualifier", FigureNames.Of(s.Figure.Qualifier));
                json.WriteBoolean("combined", s.Figure.Combined);
                json.WriteBoolean("part", s.Part);
                json.WriteString("place", s.Figure.Place);
                json.WriteString("side", s.Figure.Side);
                json.WriteString("evidence", s.Figure.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
