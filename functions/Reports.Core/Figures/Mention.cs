namespace Reports.Core.Figures;

/// <summary>A number stated in a sentence: tokens [Start, End), its value and the qualifier before it.</summary>
/// <param name="Start">First token of the number.</param>
/// <param name="End">Token after the number.</param>
/// <param name="Value">The integer value.</param>
/// <param name="Qualifier">The stated qualifier, or the one a vague or round number implies.</param>
/// <param name="QualifierStart">First token of the qualifier phrase (Start when none).</param>
/// <param name="Weak">A word that is both "a" and "one" (một, seorang, un, یک): a tally only in context.</param>
/// <param name="Spelled">Written in words rather than digits.</param>
/// <param name="Vague">A vague plural ("hundreds", "puluhan", "десятки"): an order of magnitude, not a count.</param>
/// <param name="RangeLower">The lower end of a range an opener started ("between 25 and 30"): it counts what the upper end counts.</param>
internal readonly record struct Mention(int Start, int End, long Value, Qualifier Qualifier, int QualifierStart, bool Weak, bool Spelled, bool Vague = false, bool RangeLower = false);
