using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>Extractive summaries. (Placeholder: the first sentences.)</summary>
public sealed class Summarizer
{
    public IReadOnlyList<string> Summarize(string title, IReadOnlyList<Sentence> sentences, LanguageProfile? profile, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. sentences.Where(s => s.Text != title).Take(count).Select(s => s.Text)];
    }
}
