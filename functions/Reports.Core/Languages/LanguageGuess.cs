namespace Reports.Core.Languages;

/// <summary>The detector's answer: the code to report ("und" when unsure), the closest profile, if any, and why.</summary>
/// <param name="Code">ISO 639-1 code, or "und".</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Closest">The best-scoring profile even when unsure (used to segment and extract), or null.</param>
/// <param name="Outcome">
/// <see cref="DetectionOutcome.Detected"/> with a language code; otherwise the reason the code is "und".
/// </param>
public sealed record LanguageGuess(string Code, double Confidence, LanguageProfile? Closest, DetectionOutcome Outcome = DetectionOutcome.Detected)
{
    public const string Undetermined = "und";
}

/// <summary>Why the detector answered as it did; every value but <see cref="Detected"/> comes with "und".</summary>
public enum DetectionOutcome
{
    /// <summary>A supported language, told by its script, its words and its letters.</summary>
    Detected = 0,

    /// <summary>No letters at all: digits, dates, punctuation, emoji.</summary>
    NoLetters,

    /// <summary>Fewer letters than <see cref="LanguageDetector.MinLetters"/>: nothing to read.</summary>
    TooFewLetters,

    /// <summary>Most letters are in a script no supported language is written in (Greek, Han, Hebrew…).</summary>
    UnsupportedScript,

    /// <summary>Letters in a supported script, but no word or letter of any of its languages (a list of names).</summary>
    NoEvidence,

    /// <summary>Two languages of the script have as much evidence (only words they share).</summary>
    Tie,

    /// <summary>
    /// A longer text in a supported script whose words are not those of any supported language, or whose letters are
    /// foreign to the best one (Italian, Tagalog, Urdu).
    /// </summary>
    UnknownLanguage,
}
