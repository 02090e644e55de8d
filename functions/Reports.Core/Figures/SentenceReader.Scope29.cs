namespace Reports.Core.Figures;

/// <summary>Scope rules of the twenty-ninth session: a "since" clause starts a running total unless it names one day.</summary>
internal sealed partial class SentenceReader
{
    /// <summary>How many tokens after its conjunction a "since" clause is searched for a day's time.</summary>
    private const int SinceClauseReach = 12;

    /// <summary>
    /// "depuis que le cessez-le-feu est entré en vigueur", "с тех пор как вступило в силу перемирие": a "since" clause (data
    /// <c>sinceClauses</c>) starts a running total. One that names one day's time before its clause ends ("desde que Teherán
    /// empezó a lanzar misiles este sábado por la mañana") gives no scope of its own: the day decides, one event.
    /// </summary>
    private FigureScope? SinceClauseScope(TermMatch since)
    {
        var end = Math.Min(sentence.Count, since.End + SinceClauseReach);
        for (var k = since.End; k < end; k++)
        {
            var token = sentence.Tokens[k];
            if (token.IsClauseBreak || (token.IsComma && k > since.End))
            {
                break;
            }

            if (sentence.StartingAt(k) is { Tag: Tag.EventTime })
            {
                return null;
            }
        }

        return FigureScope.Cumulative;
    }
}
