using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Figures;

/// <summary>Finds casualty and drone/missile figures in sentences. (Placeholder.)</summary>
public sealed class FigureExtractor
{
    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(profile);
        return [];
    }
}
