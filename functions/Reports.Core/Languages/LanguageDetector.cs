namespace Reports.Core.Languages;

/// <summary>Tells the catalog's languages apart from text alone. (Placeholder: replaced by the scoring detector.)</summary>
public sealed class LanguageDetector(LanguageCatalog catalog)
{
    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.ToLowerInvariant().Split([' ', '\n', ',', '.', '"'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        LanguageProfile? best = null;
        var bestScore = -1;
        foreach (var p in catalog.All)
        {
            var terms = p.Figures.Killed.Concat(p.Figures.Injured).Concat(p.Figures.People).Concat(p.Numbers.Words.Keys).Concat(p.Figures.Exclusions).Concat(p.Figures.Hypothetical);
            var score = terms.Count(t => words.Contains(t));
            if (score > bestScore)
            {
                best = p;
                bestScore = score;
            }
        }

        return best is null ? new LanguageGuess(LanguageGuess.Undetermined, 0, null) : new LanguageGuess(best.Code, 0.5, best);
    }
}
