namespace Reports.Core.Analysis;

/// <summary>How many words a sentence has, and its content words (folded, stopwords removed).</summary>
internal sealed record SentenceWords(int Total, IReadOnlyList<string> Content);
