namespace Reports.Core.Figures;

/// <summary>
/// One figure stated by an article: its kind, value, qualifier and the bounds the qualifier implies,
/// with the sentence that states it and where its phrase sits in the normalised text.
/// </summary>
/// <param name="Kind">What is counted.</param>
/// <param name="Value">The integer stated.</param>
/// <param name="Lower">The smallest count the statement allows.</param>
/// <param name="Upper">The largest count the statement allows, or null when unbounded ("at least").</param>
/// <param name="Qualifier">The qualifier as stated.</param>
/// <param name="Scope">One event, or a running total.</param>
/// <param name="Evidence">The sentence that states the figure.</param>
/// <param name="Offset">Start of the figure's phrase in the normalised text (UTF-16 code units).</param>
/// <param name="Length">Length of the phrase.</param>
/// <param name="Combined">True when one number counts drones and missiles together.</param>
public sealed record Figure(
    FigureKind Kind,
    long Value,
    long Lower,
    long? Upper,
    Qualifier Qualifier,
    FigureScope Scope,
    string Evidence,
    int Offset,
    int Length,
    bool Combined = false)
{
    /// <summary>
    /// The place the figure is about, as a gazetteer id ("ua/kharkiv-oblast/kharkiv"; see
    /// <see cref="Reports.Core.Places.Gazetteer"/>): from its sentence, else the article's main place; null when the
    /// article names no known place.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>How <see cref="Place"/> was found: "sentence", "article", "country" (a weapons tally placed in the
    /// country of the article's main place) or "side" (a weapons tally placed at the one opponent of the side that
    /// launched it: "102 Ukrainian drones shot down" is over Russia).</summary>
    public string? PlaceBasis { get; init; }

    /// <summary>
    /// The side the figure's own words name, as a country id: who launched the drones or missiles ("Ukrainian drones"),
    /// or whose people were killed or wounded ("nine Israeli soldiers"); null when the text does not say.
    /// </summary>
    public string? Side { get; init; }

    /// <summary>
    /// The day the figure's event took place, resolved from its sentence against the article's publication day
    /// (<see cref="Reports.Core.Articles.EventDates"/>), when the analysis was stored; null when not resolved yet
    /// (the briefing resolves it then).
    /// </summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>How <see cref="EventDate"/> was found: "stated", "relative", "weekday", "headline" or "publication".</summary>
    public string? EventDateBasis { get; init; }

    /// <summary>
    /// For a toll, the hours of the day its sentence gives its event (<see cref="Reports.Core.Articles.DayTimes"/>: bit h
    /// set, the event may have taken place in hour h; 0, the sentence gives no time), resolved when the analysis was
    /// stored, as <see cref="EventDate"/> is; null when not resolved yet (the briefing reads the sentence then).
    /// </summary>
    public int? Hours { get; init; }

    /// <summary>
    /// Where the figure's phrase (<see cref="Length"/> long) starts inside <see cref="Evidence"/>, so a shortened
    /// evidence can keep the number; -1 when unknown (a figure read back from storage).
    /// </summary>
    public int EvidenceOffset { get; init; } = -1;

    /// <summary>
    /// True when the text adds this count to an earlier one of its kind ("shot down 58 … and another 72 were lost",
    /// "ще 9", "еще пятеро"): a briefing sums it with the figure before it in the same article instead of reading it as
    /// a part of that figure.
    /// </summary>
    public bool Additional { get; init; }

    /// <summary>
    /// True when the count is an order of magnitude ("dozens", "puluhan", "десятки"), not a number any source counted: a
    /// briefing uses it for an event's headline only when no source states a number.
    /// </summary>
    public bool Vague { get; init; }

    /// <summary>Creates a figure whose bounds follow from its qualifier.</summary>
    public static Figure Create(FigureKind kind, long value, Qualifier qualifier, FigureScope scope, string evidence, int offset, int length, bool combined = false)
    {
        var (lower, upper) = Bounds(value, qualifier);
        return new Figure(kind, value, lower, upper, qualifier, scope, evidence, offset, length, combined);
    }

    /// <summary>
    /// The range a qualified number allows: exact [v, v]; at least [v, ∞); more than [v+1, ∞);
    /// about [0.9v, 1.1v]; nearly [0.9v, v]; up to [0, v].
    /// </summary>
    public static (long Lower, long? Upper) Bounds(long value, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => (value, value),
        Qualifier.AtLeast => (value, null),
        Qualifier.MoreThan => (value + 1, null),
        Qualifier.About => (value - (value / 10), value + (value / 10)),
        Qualifier.Nearly => (value - (value / 10), value),
        Qualifier.UpTo => (0, value),
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };
}
