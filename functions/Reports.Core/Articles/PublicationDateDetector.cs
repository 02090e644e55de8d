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
    public const int TextWindow = DatelineDetector.Window;

    private static readonly DateOnly Earliest = new(1990, 1, 1);

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

    /// <summary>
    /// A dateline within the first <see cref="TextWindow"/> characters of the text, read by the one multilingual
    /// <see cref="DatelineDetector"/> (month names in every supported language, dates without a year placed before
    /// <paramref name="latest"/>); a date after <paramref name="latest"/> or before 1990 is ignored.
    /// </summary>
    public static DateOnly? FromText(string text, DateOnly latest)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DatelineDetector.Default.Detect(text, latest) is { } date && date >= Earliest && date <= latest ? date : null;
    }

    private static DateOnly? IsoDate(string value, DateOnly latest)
    {
        var match = IsoPrefix().Match(value);
        return match.Success ? Make(Int(match.Groups["y"]), Int(match.Groups["m"]), Int(match.Groups["d"]), latest) : null;
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
}
