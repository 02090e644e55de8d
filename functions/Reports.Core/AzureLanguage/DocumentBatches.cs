using System.Globalization;
using System.Text;

namespace Reports.Core.AzureLanguage;

/// <summary>
/// The service's data limits (learn.microsoft.com, "Service limits for Azure AI Language") and the splitting that keeps
/// every request within them: documents per request, text elements per document and per job, and the 1 MB request.
/// </summary>
internal static class DocumentBatches
{
    /// <summary>Synchronous calls (language detection): 1,000 documents per request.</summary>
    public const int DetectionMaxDocuments = 1000;

    /// <summary>Synchronous calls: 5,120 text elements per document (longer ones are refused as invalid).</summary>
    public const int DetectionMaxTextElements = 5120;

    /// <summary>Long-running jobs (summarization): 25 documents per request.</summary>
    public const int JobMaxDocuments = 25;

    /// <summary>Long-running jobs: 125,000 text elements across all documents of a request (one over: the whole request is refused).</summary>
    public const int JobMaxTextElements = 125_000;

    /// <summary>Every request: 1 MB, less room for the JSON around the texts.</summary>
    public const int MaxRequestBytes = 1_000_000 - 16_384;

    /// <summary>JSON per document besides its text: braces, names, id, language.</summary>
    private const int DocumentOverheadBytes = 96;

    /// <summary>
    /// The text cut to at most <paramref name="maxTextElements"/> text elements (StringInfo, as the service counts),
    /// preferably after a sentence end or else at a space in the last fifth; the text itself when it fits.
    /// </summary>
    public static (string Text, bool Truncated) Cut(string text, int maxTextElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxTextElements)
        {
            return (text, false);
        }

        var end = 0;
        for (var count = 0; count < maxTextElements && end < text.Length; count++)
        {
            end += StringInfo.GetNextTextElementLength(text.AsSpan(end));
        }

        if (end >= text.Length)
        {
            return (text, false);
        }

        var floor = end - (end / 5);
        var cut = LastBoundary(text, floor, end, sentence: true) ?? LastBoundary(text, floor, end, sentence: false) ?? end;
        return (text[..cut].TrimEnd(), true);
    }

    /// <summary>
    /// Groups documents (by index) into requests of at most <paramref name="maxDocuments"/>, <paramref name="maxTextElements"/>
    /// text elements in all (0: no such limit) and <see cref="MaxRequestBytes"/>, in order.
    /// </summary>
    public static List<List<int>> Split(IReadOnlyList<LanguageDocument> documents, int maxDocuments, int maxTextElements)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batches = new List<List<int>>();
        var current = new List<int>();
        long elements = 0, bytes = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var docElements = maxTextElements > 0 ? new StringInfo(document.Text).LengthInTextElements : 0;
            var docBytes = Encoding.UTF8.GetByteCount(document.Text) + DocumentOverheadBytes + document.Id.Length;
            if (current.Count > 0
                && (current.Count >= maxDocuments || (maxTextElements > 0 && elements + docElements > maxTextElements) || bytes + docBytes > MaxRequestBytes))
            {
                batches.Add(current);
                current = [];
                elements = bytes = 0;
            }

            current.Add(i);
            elements += docElements;
            bytes += docBytes;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }

    private static int? LastBoundary(string text, int floor, int end, bool sentence)
    {
        for (var i = end - 1; i >= floor && i > 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (!sentence)
            {
                return i;
            }

            var before = text[i - 1];
            if (before is '.' or '!' or '?' or '؟' or '。' or '…' or '"' or '”' or '»' || text[i] == '\n')
            {
                return i;
            }
        }

        return null;
    }
}
