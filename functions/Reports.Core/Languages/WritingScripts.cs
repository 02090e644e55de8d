namespace Reports.Core.Languages;

/// <summary>Which <see cref="WritingScript"/> a letter belongs to, by Unicode block.</summary>
internal static class WritingScripts
{
    public const int Count = (int)WritingScript.Kana + 1;

    public static WritingScript Of(char c) => c switch
    {
        <= '\u024F' => char.IsLetter(c) ? WritingScript.Latin : WritingScript.Other,
        >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
        >= '\u0370' and <= '\u03FF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0590' and <= '\u05FF' => WritingScript.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' =>
            char.IsLetter(c) ? WritingScript.Arabic : WritingScript.Other,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
        >= '\u3040' and <= '\u30FF' => WritingScript.Kana,
        >= '\u4E00' and <= '\u9FFF' => WritingScript.Han,
        >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,
        _ => WritingScript.Other,
    };

    /// <summary>Reads a script name from a data file ("Latin"); unknown names are <see cref="WritingScript.Other"/>.</summary>
    public static WritingScript Parse(string name) =>
        Enum.TryParse<WritingScript>(name, ignoreCase: true, out var script) ? script : WritingScript.Other;
}
