namespace Reports.Core.Figures;

/// <summary>
/// A figure found in a sentence, before de-duplication: kind, number and the token span of its phrase. Parent is the
/// figure it was read from (the list item, breakdown or comparison it shares a predicate with), whose scope it takes
/// when its own clause has no time expression.
/// </summary>
internal sealed record Candidate(FigureKind Kind, Mention Mention, int PhraseStart, int PhraseEnd, bool Combined, bool Counted)
{
    public Candidate? Parent { get; init; }

    public FigureScope Scope { get; init; }

    /// <summary>The running total the figure before it adds to ("…, bringing the total to 44,176"): cumulative unless its own clause names one event.</summary>
    public bool RunningTotal { get; init; }

    /// <summary>
    /// A figure stated again with another value ("this figure was later revised down to seven"): the scope of the figure
    /// it restates (<see cref="FigureScope"/> carried here) unless its own clause names a time.
    /// </summary>
    public FigureScope? Restates { get; init; }

    /// <summary>An earlier value of its parent, after a comparison ("up from 998 two weeks ago"): a running total's earlier value is one too.</summary>
    public bool Compared { get; init; }

    /// <summary>An item of a list a line before opened ("- Липецкая область – пять,"): the phrase is the number itself.</summary>
    public bool ContextListItem { get; init; }

    /// <summary>Added to the figure before it: a later item of a list of weapon types ("two cruise missiles and one ballistic missile").</summary>
    public bool Added { get; init; }

    /// <summary>
    /// Every accident or disease word of its sentence names a part after it ("…150,000 people, including those who died of
    /// hunger"): the count stands even in an article that names no attack.
    /// </summary>
    public bool AccidentInPart { get; init; }

    /// <summary>The total of victims named before it ("— всего три человека"): the articles of the names are no tallies beside it.</summary>
    public bool NamedTotal { get; init; }
}
