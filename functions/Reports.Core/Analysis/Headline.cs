namespace Reports.Core.Analysis;

/// <summary>Tells a headline (a line without a closing terminator) from a sentence.</summary>
internal static class Headline
{
    /// <summary>A non-empty title that does not end like a sentence; a title taken from the first sentence is not one.</summary>
    public static bool IsHeadline(string title) => !string.IsNullOrWhiteSpace(title) && !IsTerminated(title);

    /// <summary>Whether the text ends with a terminator, possibly followed by closing quotes or brackets.</summary>
    public static bool IsTerminated(string text)
    {
        var end = text.AsSpan().TrimEnd();
        while (end.Length > 0 && Punctuation.IsCloser(end[^1]))
        {
            end = end[..^1];
        }

        return end.Length > 0 && Punctuation.IsTerminator(end[^1]);
    }
}
