using Reports.Core.Languages;

namespace Reports.Core.Analysis;

/// <summary>Splits normalised text into sentences. (Placeholder: line and full-stop splitting.)</summary>
public sealed class SentenceSegmenter
{
    public IReadOnlyList<Sentence> Split(string text, LanguageProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] == '\n' || ((text[i] is '.' or '!' or '?' or '؟') && i + 1 < text.Length && text[i + 1] == ' ');
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] != '\n' ? i + 1 : i;
            Add(text, start, stop, result);
            start = i + 1;
        }

        return result;
    }

    private static void Add(string text, int start, int stop, List<Sentence> result)
    {
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        if (stop > start)
        {
            result.Add(new Sentence(text[start..stop], start));
        }
    }
}
