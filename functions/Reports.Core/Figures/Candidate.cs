namespace Reports.Core.Figures;

/// <summary>A figure found in a sentence, before de-duplication: kind, number and the token span of its phrase.</summary>
internal sealed record Candidate(FigureKind Kind, Mention Mention, int PhraseStart, int PhraseEnd, bool Combined, bool Counted);
