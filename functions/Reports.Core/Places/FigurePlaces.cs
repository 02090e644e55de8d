using Reports.Core.Analysis;
using Reports.Core.Figures;

namespace Reports.Core.Places;

/// <summary>
/// Gives each figure the place it is about (docs/aggregation.md, "Places"):
/// <list type="number">
/// <item>the place below country level named nearest to the figure's number in its own sentence (a tie goes to the more
/// specific place; a country named in the sentence is most often an actor, "Russia launched…");</item>
/// <item>else the article's main place: the country whose cities and regions the article names most (else the most
/// named country), and in it the place named most: a mention weighs 3 in the title or first sentence, else from 2 at
/// the top of the text down to 1 at its end, since news puts what matters first (a tie goes to the more specific place) — for a drone or missile tally, only its country, since air
/// forces report such tallies country-wide;</item>
/// <item>else none (unknown: compatible with every place when events are formed).</item>
/// </list>
/// </summary>
public static class FigurePlaces
{
    private const int LeadWeight = 3;

    private const string SeaPrefix = "sea/";

    public static IReadOnlyList<Figure> Attach(string text, string title, IReadOnlyList<Sentence> sentences, IReadOnlyList<Figure> figures, string language, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0)
        {
            return figures;
        }

        var mentions = gazetteer.Find(text, language);
        var main = MainPlace(mentions, gazetteer.Find(title ?? string.Empty, language), sentences, text.Length);
        var result = new List<Figure>(figures.Count);
        foreach (var figure in figures)
        {
            var sentence = SentenceOf(sentences, figure.Offset);
            var near = sentence is { } s ? Nearest(mentions, s, figure) : null;
            if (near is not null)
            {
                result.Add(figure with { Place = near, PlaceBasis = "sentence" });
            }
            else if (main is null)
            {
                result.Add(figure);
            }
            else if (IsWeaponTally(figure.Kind))
            {
                result.Add(figure with { Place = Country(main), PlaceBasis = "country" });
            }
            else
            {
                result.Add(figure with { Place = main, PlaceBasis = "article" });
            }
        }

        return result;
    }

    internal static string Country(string placeId) => placeId.Split('/')[0];

    private static bool IsWeaponTally(FigureKind kind) =>
        kind is FigureKind.DronesLaunched or FigureKind.DronesDowned or FigureKind.MissilesLaunched or FigureKind.MissilesDowned;

    private static Sentence? SentenceOf(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].Offset > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }

    private static string? Nearest(List<PlaceMention> mentions, Sentence sentence, Figure figure)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            // A country named in the sentence is most often an actor ("Russia launched 90 drones", "Ukraine's air
            // force said"), not where the figure happened: countries come from the article's main place instead.
            if (m.Offset < sentence.Offset || m.End > sentence.End || Depth(m.PlaceId) == 0)
            {
                continue;
            }

            var distance = m.End <= figure.Offset ? figure.Offset - m.End
                : m.Offset >= figure.Offset + figure.Length ? m.Offset - (figure.Offset + figure.Length)
                : 0;
            if (distance < bestDistance || (distance == bestDistance && best is not null && Depth(m.PlaceId) > Depth(best)))
            {
                (best, bestDistance) = (m.PlaceId, distance);
            }
        }

        return best;
    }

    private static string? MainPlace(List<PlaceMention> mentions, List<PlaceMention> inTitle, IReadOnlyList<Sentence> sentences, int textLength)
    {
        // News is written most important first: a mention weighs 3 in the title or first sentence, else from 2 at the
        // top of the text down to 1 at its end.
        var leadEnd = sentences.Count > 0 ? sentences[0].End : 0;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var weight = m.Offset < leadEnd ? LeadWeight : 2.0 - ((double)m.Offset / Math.Max(1, textLength));
            weights[m.PlaceId] = weights.GetValueOrDefault(m.PlaceId) + weight;
        }

        foreach (var m in inTitle)
        {
            weights[m.PlaceId] = weights.GetValueOrDefault(m.PlaceId) + LeadWeight;
        }

        if (weights.Count == 0)
        {
            return null;
        }

        // Countries are named as actors as often as places ("Russia launched…"): the country is the one whose cities and
        // regions the article names most, else the most named country; the main place is its most named place.
        var country = weights.Where(w => Depth(w.Key) > 0 && !w.Key.StartsWith(SeaPrefix, StringComparison.Ordinal))
            .GroupBy(w => Country(w.Key))
            .OrderByDescending(g => g.Sum(w => w.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        return weights
            .Where(w => country is null || Country(w.Key) == country)
            .OrderByDescending(w => w.Value).ThenByDescending(w => Depth(w.Key)).ThenBy(w => w.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private static int Depth(string id) => id.Count(c => c == '/');
}
