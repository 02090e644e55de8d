namespace Reports.Core.AzureLanguage;

/// <summary>One document sent to the service: an id unique within the call, the text, and an optional language hint.</summary>
public sealed record LanguageDocument(string Id, string Text, string? Language = null);

/// <summary>The service's answer for one document: a value, or the service's error for it; and its warnings.</summary>
public sealed record DocumentResult<T>(string Id, T? Value, string? Error, IReadOnlyList<string> Warnings)
    where T : class
{
    public bool Succeeded => Value is not null;
}

/// <summary>A language the service detected: its name, ISO 639-1 code as given (e.g. "en", "zh_chs", "(Unknown)"), confidence 0..1.</summary>
public sealed record DetectedLanguage(string Name, string Code, double Confidence)
{
    /// <summary>The service's "no idea" answer.</summary>
    public bool IsUnknown => Code.Length == 0 || Code.StartsWith('(');

    /// <summary>The two-letter part of the code, lowercased ("zh_chs" → "zh").</summary>
    public string BaseCode => IsUnknown ? "und" : Code.Split('_', '-')[0].ToLowerInvariant();
}

/// <summary>
/// One part of a summary: an extractive sentence (with its UTF-16 offset and length in the text sent) or an abstractive
/// summary (no offset: the service wrote it).
/// </summary>
public sealed record SummaryPart(string Text, int? Offset = null, int? Length = null, double? RankScore = null);

/// <summary>A document's summary from the service and the model that wrote it.</summary>
public sealed record DocumentSummary(SummaryKind Kind, IReadOnlyList<SummaryPart> Parts, string? ModelVersion);
