namespace Reports.Testing.LanguageService;

/// <summary>
/// A fictional article for the azure-language tests: six sentences, so the built-in summary (lead-biased) and the
/// stand-in service's (the last sentences) differ.
/// </summary>
public static class LanguageTestArticle
{
    public const string Text = "Drones hit the port city\n\n"
        + "At least 12 people were killed on Monday when drones hit the port. "
        + "Air defence shot down 40 of 52 drones overnight, the air force said. "
        + "The governor said 34 people were wounded. "
        + "Rescue teams searched the rubble all day. "
        + "Power was cut in three districts. "
        + "The mayor said repairs would start soon.";

    /// <summary>The summary the stand-in service gives for three sentences.</summary>
    public static readonly IReadOnlyList<string> LastThree =
        ["Rescue teams searched the rubble all day.", "Power was cut in three districts.", "The mayor said repairs would start soon."];
}
