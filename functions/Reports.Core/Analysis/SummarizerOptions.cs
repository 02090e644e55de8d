namespace Reports.Core.Analysis;

/// <summary>Weights and limits of the extractive <see cref="Summarizer"/>. The defaults are the measured ones.</summary>
public sealed class SummarizerOptions
{
    /// <summary>
    /// At most this many sentences (the first ones) are ranked: centrality costs the square of their number, so this
    /// bounds the summariser's memory (300 sentences: under 1 MB) and time whatever the article's length.
    /// </summary>
    public int MaxRankedSentences { get; set; } = 300;

    /// <summary>Weight of the sentence's centrality (PageRank over content-word cosine similarity), scaled to 0..1.</summary>
    public double CentralityWeight { get; set; } = 1.0;

    /// <summary>Weight of the lead bias, 1 for the first candidate and decaying with <see cref="PositionDecay"/>.</summary>
    public double PositionWeight { get; set; } = 1.0;

    /// <summary>How fast the lead bias falls: the n-th candidate (from 0) gets 1 / (1 + n * decay).</summary>
    public double PositionDecay { get; set; } = 0.5;

    /// <summary>
    /// Weight of the sentence's content density: its content words (not stopwords) over all its words, 0..1. Among
    /// sentences alike in place and centrality it prefers the one that names things (people, places, numbers, events)
    /// to the one made of function words ("It was not the first time that this had happened to them").
    /// </summary>
    public double DensityWeight { get; set; } = 0.4;

    /// <summary>Weight of the cosine similarity with a headline (only when the title is a headline, not the first sentence).</summary>
    public double TitleWeight { get; set; } = 1.0;

    /// <summary>Sentences with fewer words are fragments (bylines, photo credits) and are not chosen.</summary>
    public int MinWords { get; set; } = 5;

    /// <summary>Sentences with more words are run-ons or lists and are not chosen.</summary>
    public int MaxWords { get; set; } = 200;

    /// <summary>Sentences shorter than this many words score proportionally less (captions, datelines).</summary>
    public int FullLengthWords { get; set; } = 20;

    /// <summary>Factor for a line that does not end with a sentence terminator (subheadings, captions).</summary>
    public double UnterminatedFactor { get; set; } = 0.6;

    /// <summary>A sentence this similar (cosine) to one already chosen is skipped.</summary>
    public double MaxRedundancy { get; set; } = 0.6;
}
