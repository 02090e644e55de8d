namespace Reports.Briefings.Pdf.Text;

/// <summary>The bidirectional classes the line reorderer distinguishes (a subset of UAX #9).</summary>
internal enum BidiClass
{
    /// <summary>Left-to-right letters: Latin, Cyrillic, Vietnamese, ...</summary>
    L,

    /// <summary>Right-to-left letters: Arabic, Persian (and their presentation forms), Hebrew.</summary>
    R,

    /// <summary>European and extended Arabic-Indic (Persian) digits.</summary>
    EuropeanNumber,

    /// <summary>Arabic-Indic digits and the Arabic decimal and thousands separators.</summary>
    ArabicNumber,

    /// <summary>Separators inside a number: , . : / and the plus and minus signs.</summary>
    NumberSeparator,

    /// <summary>Terminators next to a number: % ٪ and currency signs.</summary>
    NumberTerminator,

    /// <summary>Spaces, punctuation, symbols: take the direction of their neighbours.</summary>
    Neutral,
}
