namespace Reports.Core.Analysis;

/// <summary>Tells a headline (a line not closed by a full stop) from a sentence.</summary>
internal static class Headline
{
    /// <summary>
    /// A non-empty title that does not end with a full stop. A title the analyzer took from the first sentence ends
    /// with one and is not a headline; headlines may end with "?" or "!". A first line ending with a colon is not one
    /// either: it leads into what follows (<see cref="IsLeadIn"/>).
    /// </summary>
    public static bool IsHeadline(string title) =>
        !string.IsNullOrWhiteSpace(title) && LastTerminator(title) is not ('.' or '\u2026' or '\u06D4' or '\u3002') && !IsLeadIn(title);

    /// <summary>
    /// The text ends with a colon: a sentence that introduces a list or a quotation on the next lines ("Prices on
    /// Monday were as follows:"), complete as a line although it has no terminator.
    /// </summary>
    public static bool IsLeadIn(string text)
    {
        var end = text.AsSpan().TrimEnd();
        return end.Length > 0 && end[^1] is ':' or '\uFF1A';
    }

    /// <summary>
    /// The text ends with a question mark that no closing quote follows: a question the article asks in its own voice
    /// (a sub-heading, a rhetorical question, another article's headline run into the text: "Mengapa gempa dangkal
    /// lebih merusak?"), which states nothing a summary could say. A quoted question ("… ?»", "… ?”") is someone's words
    /// and is not one.
    /// </summary>
    public static bool IsBareQuestion(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd();
        return end.Length > 0 && end[^1] is '?' or '\u061F' or '\uFF1F';
    }

    /// <summary>Whether the text ends with a terminator, possibly followed by closing quotes or brackets.</summary>
    public static bool IsTerminated(ReadOnlySpan<char> text) => LastTerminator(text) is not null;

    private static char? LastTerminator(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd();
        while (end.Length > 0 && Punctuation.IsCloser(end[^1]))
        {
            end = end[..^1];
        }

        return end.Length > 0 && Punctuation.IsTerminator(end[^1]) ? end[^1] : null;
    }
}
