using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;
using Reports.Core.Languages;
using Reports.Functions.Articles;

namespace Reports.Functions.Briefings;

/// <summary>
/// The query of <c>GET /api/reports</c>, parsed and checked: <c>from</c>, <c>to</c> (yyyy-MM-dd; default the last 7
/// days up to yesterday), <c>language</c>, <c>kind</c> and <c>place</c> (repeated or comma-separated), <c>format</c>
/// (default json).
/// </summary>
internal sealed record ReportRequest(BriefingFilter Filter, IBriefingRenderer Renderer)
{
    /// <summary>The longest place name <c>place</c> takes.</summary>
    public const int MaxPlaceLength = 200;

    public const string DefaultFormat = "json";

    public const int DefaultDays = 7;

    /// <summary>The request, or the 400 answer that says what is wrong.</summary>
    public static (ReportRequest? Request, IResult? Problem) Parse(IQueryCollection query, BriefingRenderers renderers, int maxDays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(renderers);
        var (from, to, problem, message) = PeriodQuery.Parse(
            query, today.AddDays(-1), DefaultDays, maxDays, $"the {DefaultDays} days up to yesterday", $"A report covers at most {maxDays.ToString(CultureInfo.InvariantCulture)} days (ReportsReportMaxDays); ask for a shorter period.");
        if (problem is not null)
        {
            return Bad(problem, message!);
        }

        var languages = Values(query["language"]);
        foreach (var language in languages)
        {
            if (language != "und" && LanguageCatalog.Default.Find(language) is null)
            {
                var known = string.Join(", ", LanguageCatalog.Default.All.Select(l => l.Code).Order(StringComparer.Ordinal));
                return Bad("bad_language", $"Unknown language '{language}'; use ISO 639-1 codes the analyzer knows ({known}) or 'und'.");
            }
        }

        var kinds = new List<FigureKind>();
        foreach (var name in Values(query["kind"]))
        {
            if (!FigureNames.TryParseKind(name, out var kind))
            {
                return Bad("bad_kind", $"Unknown kind '{name}'; use one of {string.Join(", ", Enum.GetValues<FigureKind>().Select(FigureNames.Of))}.");
            }

            kinds.Add(kind);
        }

        var places = query["place"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (places.Any(p => p.Length > MaxPlaceLength))
        {
            return Bad("bad_place", $"A place is at most {MaxPlaceLength.ToString(CultureInfo.InvariantCulture)} characters.");
        }

        var format = query["format"].FirstOrDefault() is { Length: > 0 } given ? given.ToLowerInvariant() : DefaultFormat;
        if (!renderers.TryGet(format, out var renderer))
        {
            return Bad("bad_format", $"Unknown format '{format}'; use one of {string.Join(", ", renderers.Formats)}.");
        }

        // place: only the figures placed in one of these places, or inside one, count (BriefingFilter.Places, read
        // as the articles list reads its place: a gazetteer name in any language, a place id or its start, or one
        // whole id segment; never text inside an id).
        var filter = new BriefingFilter(new Period(from, to), languages.Count > 0 ? languages : null, kinds.Count > 0 ? [.. kinds.Distinct()] : null)
        {
            Places = places.Count > 0 ? places : null,
        };
        return (new ReportRequest(filter, renderer), null);
    }

    /// <summary>The attachment's name: <c>report-{from}-{to}.{format}</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"report-{Filter.Period.From:yyyy-MM-dd}-{Filter.Period.To:yyyy-MM-dd}.{Renderer.Format}");

    private static (ReportRequest?, IResult?) Bad(string code, string message) =>
        (null, ApiErrors.Problem(StatusCodes.Status400BadRequest, code, message));

    private static List<string> Values(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];
}
