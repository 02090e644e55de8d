using System.Text.Encodings.Web;
using System.Text.Json;
using Reports.Core.Figures;

namespace Reports.Core.Analysis;

/// <summary>
/// The analysis as JSON, one shape for every host: source, language, title, summary, figures, error. The CLI prints
/// it as one line per input; the function app stores it with a few more properties after these.
/// </summary>
public static class AnalysisJson
{
    /// <summary>Non-ASCII printed as is, no indentation.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>
    /// Writes the properties of the shape into an object the caller has started. A failed input has language null,
    /// title null, empty summary and figures, and the error. After them comes <c>analyzers</c> (which analyzer produced
    /// the language, summary and figures, and notes on fallbacks) when anything but the built-in analyzer took part or
    /// <paramref name="alwaysAnalyzers"/> asks for it.
    /// </summary>
    public static void WriteProperties(Utf8JsonWriter json, string source, ArticleAnalysis? analysis, string? error, bool alwaysAnalyzers = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteString("source", source);
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
        json.WriteString("error", error);
        if (analysis is not null && (alwaysAnalyzers || !analysis.Analyzers.IsBuiltInOnly))
        {
            WriteAnalyzers(json, analysis.Analyzers);
        }
    }

    /// <summary><c>"analyzers": {"language", "summary", "figures", "notes": [...]}</c>.</summary>
    public static void WriteAnalyzers(Utf8JsonWriter json, AnalyzerProvenance analyzers)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(analyzers);
        json.WriteStartObject("analyzers");
        json.WriteString("language", analyzers.Language);
        json.WriteString("summary", analyzers.Summary);
        json.WriteString("figures", analyzers.Figures);
        json.WriteStartArray("notes");
        foreach (var note in analyzers.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One figure of the CLI's JSON line (and of the stored analysis).</summary>
    public static void WriteFigure(Utf8JsonWriter json, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(figure);
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
        if (figure.Additional)
        {
            json.WriteBoolean("additional", true);
        }

        if (figure.Vague)
        {
            json.WriteBoolean("vague", true);
        }

        if (figure.Place is { } place)
        {
            json.WriteString("place", place);
            json.WriteString("placeBasis", figure.PlaceBasis);
        }

        if (figure.Side is { } side)
        {
            json.WriteString("side", side);
        }

        if (figure.EventDate is { } date)
        {
            json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("dateBasis", figure.EventDateBasis);
        }

        if (figure.Hours is { } hours)
        {
            json.WriteNumber("hours", hours);
        }

        json.WriteEndObject();
    }
}
