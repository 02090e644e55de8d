namespace Reports.Core.Languages;

/// <summary>Tells the catalog's languages apart from text alone. (Placeholder: replaced by the scoring detector.)</summary>
public sealed class LanguageDetector(LanguageCatalog catalog)
{
    public LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = catalog.All.FirstOrDefault();
        return best is null ? new LanguageGuess(LanguageGuess.Undetermined, 0, null) : new LanguageGuess(best.Code, 0.5, best);
    }
}
