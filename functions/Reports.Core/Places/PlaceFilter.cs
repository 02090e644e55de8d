namespace Reports.Core.Places;

/// <summary>
/// A place filter (the articles list's and the reports' <c>place</c>, the CLI's <c>--place</c>): it names a place, and matches a figure placed there or inside it — never a text
/// that merely occurs inside a place id ("Kyiv" is <c>ua/kyiv</c>, not <c>ua/kyiv-oblast/bila-tserkva</c>; "kiv" is
/// not Kharkiv). The text is read as a place name the gazetteer knows, in any of its languages ("Kyiv", "Київ",
/// "Kyiv region"), as a place id or the start of one ("ua/odesa-oblast"), or as one whole segment of an id ("odesa"
/// for <c>ua/odesa-oblast/odesa</c>). Case is ignored.
/// </summary>
public sealed class PlaceFilter
{
    private static readonly string[] NameLanguages = ["en", "uk", "ru", "ar", "fa", "fr", "de", "es", "id", "vi"];

    private readonly HashSet<string> _places;
    private readonly string _slug;

    private PlaceFilter(HashSet<string> places, string slug)
    {
        _places = places;
        _slug = slug;
    }

    public static PlaceFilter Parse(string text, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in NameLanguages)
        {
            foreach (var mention in (gazetteer ?? Gazetteer.Default).Find(trimmed, language))
            {
                if (mention.Offset == 0 && mention.Length == trimmed.Length)
                {
                    places.Add(mention.PlaceId); // The whole text is one place's name.
                }
            }
        }

        var slug = string.Join('-', trimmed.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('/');
        return new PlaceFilter(places, slug);
    }

    public bool Matches(string? placeId)
    {
        if (string.IsNullOrEmpty(placeId))
        {
            return false;
        }

        foreach (var place in _places)
        {
            if (IsWithin(placeId, place))
            {
                return true;
            }
        }

        if (_slug.Length == 0)
        {
            return false;
        }

        var id = placeId.ToLowerInvariant();
        return _slug.Contains('/', StringComparison.Ordinal)
            ? IsWithin(id, _slug)
            : id.Split('/').Contains(_slug, StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="placeId"/> is <paramref name="place"/> or a place inside it (by the id path).</summary>
    private static bool IsWithin(string placeId, string place) =>
        placeId.StartsWith(place, StringComparison.Ordinal) && (placeId.Length == place.Length || placeId[place.Length] == '/');
}
