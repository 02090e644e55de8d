namespace Reports.Core.Articles;

/// <summary>An article's normalised text (NFC, word-joining underscores read as spaces) and its title if the format states one.</summary>
/// <param name="Text">The whole normalised text; offsets of figures point into it.</param>
/// <param name="Title">The title from markup (HTML title or h1, Markdown heading), or null to take the first line.</param>
public sealed record ArticleText(string Text, string? Title = null)
{
    /// <summary>What reading the file had to repair ("3 invalid UTF-8 bytes replaced with U+FFFD"); shown in the analysis.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
