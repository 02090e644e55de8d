namespace Reports.Core.Figures;

internal sealed partial class SentenceReader
{
    /// <summary>How far from its count a sending verb may govern it, and how far from the verb a mark of delivery may stand.</summary>
    private const int DeliveryReach = 24;

    /// <summary>
    /// "is weighing sending about 500 more ATACMS to Ukraine as part of a final aid package", "has sent 12,000 drones to the
    /// front since 2023", "أرسلت … 500 صاروخ … ضمن حزمة مساعدات", "Deutschland schickte … 300 Drohnen im Rahmen eines
    /// Hilfspakets": a sending verb (data <c>sendVerbs</c>) with a mark of a delivery in its clause (data
    /// <c>supplyMarks</c>: an aid package, a destination on one's own side) sends weapons to be used, not launched ones.
    /// Without such a mark the verb still launches ("Russia sent 90 drones against Ukrainian cities").
    /// </summary>
    private bool SentAsDelivery(TermMatch verb)
    {
        var scratch = DayScratch();
        for (var k = verb.Start - 1; k >= 0 && k >= verb.Start - DeliveryReach && !sentence.Tokens[k].IsClauseBreak; k--)
        {
            if (SupplyMarkAt(k, scratch))
            {
                return true;
            }
        }

        for (var k = verb.End; k < sentence.Count && k < verb.End + DeliveryReach && !sentence.Tokens[k].IsClauseBreak; k++)
        {
            if (SupplyMarkAt(k, scratch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A launched figure <paramref name="c"/> whose nearest action before it in its clause is a sending verb with a mark of
    /// a delivery (<see cref="SentAsDelivery"/>): every item of a list it governs ("sending about 500 more ATACMS and 2,000
    /// Stinger missiles to Ukraine as part of a package"), and weapons with no launching word of their own ("Волонтери
    /// відправили на фронт 800 FPV-дронів"), are delivered, no figure.
    /// </summary>
    private bool Delivered(Candidate c)
    {
        if (!language.HasDeliveries || c.Kind is not (FigureKind.DronesLaunched or FigureKind.MissilesLaunched))
        {
            return false;
        }

        var scratch = DayScratch();
        for (var k = c.Mention.QualifierStart - 1; k >= 0 && k >= c.Mention.QualifierStart - DeliveryReach && !sentence.Tokens[k].IsClauseBreak; k--)
        {
            if (ActionAt(k, scratch) is { } action)
            {
                return action.Tag == Tag.Sending && SentAsDelivery(action);
            }
        }

        // Verb-final clauses ("آمریکا ۵۰۰ موشک به اوکراین ارسال کرد"): with no action before the count, the first after it.
        for (var k = c.Mention.End; k < sentence.Count && k < c.Mention.End + DeliveryReach && !sentence.Tokens[k].IsClauseBreak; k++)
        {
            if (ActionAt(k, scratch) is { } action)
            {
                return action.Tag == Tag.Sending && SentAsDelivery(action);
            }
        }

        return false;
    }

    /// <summary>A sending verb at <paramref name="k"/>, else a launching, downing, hitting or supply word there, else null.</summary>
    private TermMatch? ActionAt(int k, List<TermMatch> scratch)
    {
        if (!sentence.Tokens[k].IsWord)
        {
            return null;
        }

        scratch.Clear();
        language.Deliveries.MatchAt(sentence.Tokens, k, scratch);
        foreach (var term in scratch)
        {
            if (term.Tag == Tag.Sending)
            {
                return term;
            }
        }

        return sentence.StartingAt(k) is { Tag: Tag.Launched or Tag.Downed or Tag.Hit or Tag.Supplied } action ? action : null;
    }

    private bool SupplyMarkAt(int k, List<TermMatch> scratch)
    {
        if (!sentence.Tokens[k].IsWord)
        {
            return false;
        }

        scratch.Clear();
        language.Deliveries.MatchAt(sentence.Tokens, k, scratch);
        return scratch.Exists(term => term.Tag == Tag.SupplyMark);
    }
}
