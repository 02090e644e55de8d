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
    CountNoun,
    DayUnit,
    HourUnit,
    Ago,
    OneAttack,
    TollVerb,
    Reach,
    Tended,
    Body,
    HandedBack,
    Weekday,
    Distributive,
    People,
    Counter,
    Others,
    Of,
    Including,
    NotIncluded,
    Cumulative,
    Superlative,
    Exclusion,
    Act,
    Hypothetical,
    Accident,
    EventTime,
    Month,
    Period,
    And,
    Comparison,
    Link,
    All,
    Partitive,
    Hedge,
    Respectively,
    Speech,
    Hit,
    Remains,
    Relative,
    ClauseOpener,
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
    SameCount,
    Connector,
    Total,
    AsOf,
    Concessive,
    Exercise,
    BreakdownOpener,

    /// <summary>A ratio word before a denominator (data <c>ratio</c>, <c>ratioBetween</c>).</summary>
    Ratio,

    /// <summary>A rate phrase ("a day", "ежедневно", "on average"; data <c>rateAfter</c>, <c>rateBefore</c>).</summary>
    Rate,

    /// <summary>A time phrase that begins as a rate does ("a day after"; data <c>notRate</c>).</summary>
    NotRate,

    /// <summary>A word of a measure varying between bounds (data <c>varying</c>: "ranged", "dao động", "berkisar").</summary>
    Varying,

    /// <summary>A sending verb that also launches (data <c>sendVerbs</c>; matched apart from the keywords).</summary>
    Sending,

    /// <summary>A mark of a delivery in a sending verb's clause (data <c>supplyMarks</c>; matched apart from the keywords).</summary>
    SupplyMark,

    /// <summary>A campaign of many days that a toll may count ("the ground operation", "наземной операции"; data <c>campaigns</c>).</summary>
    Campaign,

    /// <summary>
    /// A phrase that holds a qualifier but qualifies nothing (data <c>qualifiers.none</c>: fr "en plus de" = in addition to,
    /// which holds "plus de"); as the longest term before a number it keeps the number exact.
    /// </summary>
    NoQualifier,
}

/// <summary>A term found at tokens [Start, End) with its tag and, for number words, its value.</summary>
internal readonly record struct TermMatch(Tag Tag, int Start, int End, long Value = 0, int Length = 0)
{
    // Length: the characters of the term's words; on one word, a longer prefix is the more specific term.
}
