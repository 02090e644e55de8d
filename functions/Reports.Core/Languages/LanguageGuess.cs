namespace Reports.Core.Languages;

/// <summary>The detector's answer: the code to report ("und" when unsure) and the closest profile, if any.</summary>
/// <param name="Code">ISO 639-1 code, or "und".</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Closest">The best-scoring profile even when unsure (used to segment and extract), or null.</param>
public sealed record LanguageGuess(string Code, double Confidence, LanguageProfile? Closest)
{
    public const string Undetermined = "und";
}
