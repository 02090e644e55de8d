namespace Reports.Core.Places;

/// <summary>Twenty-eighth session, events helper: which places the gazetteer divides.</summary>
public sealed partial class Gazetteer
{
    private HashSet<string>? divided;

    /// <summary>
    /// Whether the gazetteer files places inside <paramref name="placeId"/> ("ua/kharkiv-oblast" holds its cities;
    /// "sy/damascus" holds none, so the id stands for the city and its countryside alike).
    /// </summary>
    public bool HasParts(string placeId)
    {
        ArgumentNullException.ThrowIfNull(placeId);
        var set = divided;
        if (set is null)
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in PlaceIds)
            {
                for (var slash = id.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = id.IndexOf('/', slash + 1))
                {
                    set.Add(id[..slash]);
                }
            }

            divided = set;
        }

        return set.Contains(placeId);
    }
}
