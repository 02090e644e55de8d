using System.Globalization;
using Reports.Core.Aggregation;

namespace Reports.Briefings.Pdf.Components;

/// <summary>Short labels A1, A2, … for the articles, in briefing order, so the appendix can cite them.</summary>
internal sealed class ArticleNumbers
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public ArticleNumbers(IEnumerable<StoredAnalysis> articles)
    {
        foreach (var article in articles)
        {
            _labels.TryAdd(article.ArticleId, string.Create(CultureInfo.InvariantCulture, $"A{_labels.Count + 1}"));
        }
    }

    /// <summary>The article's label, or its id when the article is not in the briefing.</summary>
    public string Of(string articleId) => _labels.TryGetValue(articleId, out var label) ? label : articleId;
}
