namespace Reports.Core.Figures;

/// <summary>What a matched term means to the extractor.</summary>
internal enum Tag
{
    Killed,
    Injured,
    Casualties,
    Drone,
    Missile,
    Launched,
    Downed,
    Supplied,
    TollKilled,
    TollInjured,
    TollCasualties,
    People,
    Counter,
    Others,
    Of,
    Including,
    Cumulative,
    Exclusion,
    Hypothetical,
    Accident,
    AtLeast,
    MoreThan,
    About,
    Nearly,
    UpTo,
    NumberWord,
    Multiplier,
    Scale,
    Vague,
    Approximate,
    WeakOne,
    Connector,
}

/// <summary>A term found at tokens [Start, End) with its tag and, for number words, its value.</summary>
internal readonly record struct TermMatch(Tag Tag, int Start, int End, long Value = 0);
