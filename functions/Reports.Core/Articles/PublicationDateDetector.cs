using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Core.Articles;

/// <summary>
/// Finds the date an article says it was published, conservatively: HTML metadata first
/// (<c>article:published_time</c>, <c>datePublished</c>, <c>&lt;time datetime&gt;</c>), then a dateline near the top
/// of the text ("2025-03-27", "27/3/2025", "March 27, 2025", "27 March 2025"). A day/month order that cannot be told
/// ("3/4/2025") is skipped; a date before 1990 or after the upload is ignored. Null when unsure.
/// </summary>
public static partial class PublicationDateDetector
{
    /// <summary>Only this much of the markup is searched for metadata.</summary>
    public const int MarkupWindow = 64 * 1024;

    /// <summary>Only this much of the text is searched for a dateline.</summary>
    public const int TextWindow = 600;

    private static readonly DateOnly Earliest = new(1990, 1, 1);

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The publication date, from the raw bytes (for markup) and the normalised text, or null.</summary>
    /// <param name="content">The article's bytes as uploaded.</param>
    /// <param name="text">The article's normalised text, when it could be read.</param>
    /// <param name="latest">The upload date: a later date is a typo or a forecast, not a publication date.</param>
    public static DateOnly? Detect(ReadOnlySpan<byte> content, string? text, DateOnly latest)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, MarkupWindow)]);
        return FromMarkup(head, latest) ?? FromText(text ?? string.Empty, latest);
    }

    /// <summary>A date from HTML metadata: meta published_time/datePublished, then the first time element.</summary>
    public static DateOnly? FromMarkup(string markup, DateOnly latest)
    {
        ArgumentNullException.ThrowIfNull(markup);
        foreach (var pattern in (ReadOnlySpan<Regex>)[MetaPublished(), MetaPublishedReversed(), JsonLdPublished(), TimeElement()])
        {
            var match = pattern.Match(markup);
            if (match.Success && IsoDate(match.Groups["date"].Value, latest) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A dateline within the first <see cref="TextWindow"/> characters of the text.</summary>
    public static DateOnly? FromText(string text, DateOnly latest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > TextWindow ? text[..TextWindow] : text;
        DateOnly? found = null;
        var at = int.MaxValue;
        Consider(IsoInText().Match(head), m => IsoDate(m.Value, latest));
        Consider(DayMonthYear().Match(head), m => DayFirst(m, latest));
        Consider(MonthNameFirst().Match(head), m => Named(m, latest));
        Consider(DayFirstMonthName().Match(head), m => Named(m, latest));
        return found;

        void Consider(Match match, Func<Match, DateOnly?> read)
        {
            if (match.Success && match.Index < at && read(match) is { } date)
            {
                found = date;
                at = match.Index;
            }
        }
    }

    private static DateOnly? IsoDate(string value, DateOnly latest)
    {
        var match = IsoPrefix().Match(value);
        return match.Success ? Make(Int(match.Groups["y"]), Int(match.Groups["m"]), Int(match.Groups["d"]), latest) : null;
    }

    private static DateOnly? DayFirst(Match match, DateOnly latest)
    {
        var first = Int(match.Groups["a"]);
        var second = Int(match.Groups["b"]);
        var year = Int(match.Groups["y"]);

        // Newsrooms outside the US write day first; accept only what cannot be read the other way round.
        return first > 12 || first == second ? Make(year, second, first, latest) : null;
    }

    private static DateOnly? Named(Match match, DateOnly latest)
    {
        var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
        return month == 0 ? null : Make(Int(match.Groups["y"]), month, Int(match.Groups["d"]), latest);
    }

    private static DateOnly? Make(int year, int month, int day, DateOnly latest)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return date < Earliest || date > latest ? null : date;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<meta\b[^>]*?\b(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date)["'][^>]*?\bcontent\s*=\s*["'](?<date>[^"']+)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaPublished();

    [GeneratedRegex("""<meta\b[^>]*?\bcontent\s*=\s*["'](?<date>[^"']+)["'][^>]*?\b(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaPublishedReversed();

    [GeneratedRegex("""["']datePublished["']\s*:\s*["'](?<date>[^"']+)["']""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JsonLdPublished();

    [GeneratedRegex("""<time\b[^>]*?\bdatetime\s*=\s*["'](?<date>[^"']+)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeElement();

    [GeneratedRegex(@"^\s*(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<![\d.\-/])\d{4}-\d{2}-\d{2}(?![\d\-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"(?<![\d./\-])(?<a>\d{1,2})([/.])(?<b>\d{1,2})\1(?<y>\d{4})(?![\d./])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MonthNameFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayFirstMonthName();
}
