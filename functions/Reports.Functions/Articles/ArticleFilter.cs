using System.Globalization;
using System.Text.Json;
using Reports.Core.Places;

namespace Reports.Functions.Articles;

/// <summary>
/// The list's filters on a stored analysis: <c>kind</c> (a figure of that kind), <c>place</c> (a figure placed in
/// the place the text names, or inside it: <see cref="PlaceFilter"/>), <c>q</c> (the text in the title, a summary sentence, the source or a figure's sentence). Text
/// matches ignore case.
/// </summary>
internal static class ArticleFilter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType;

    public static Func<JsonElement, bool> Of(string? kind, string? place, string? text)
    {
        var places = string.IsNullOrEmpty(place) ? null : PlaceFilter.Parse(place);
        return analysis => Matches(analysis, kind, places, text);
    }

    private static bool Matches(JsonElement analysis, string? kind, PlaceFilter? places, string? text)
    {
        var figures = analysis.TryGetProperty("figures", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (kind is not null && !figures.Any(f => Str(f, "kind") == kind))
        {
            return false;
        }

        if (places is not null && !figures.Any(f => places.Matches(Str(f, "place"))))
        {
            return false;
        }

        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var summary = analysis.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null)
            : [];
        return Contains(Str(analysis, "title"), text)
            || Contains(Str(analysis, "source"), text)
            || summary.Any(line => Contains(line, text))
            || figures.Any(f => Contains(Str(f, "evidence"), text));
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Contains(string? haystack, string needle) =>
        haystack is not null && Compare.IndexOf(haystack, needle, Options) >= 0;
}
