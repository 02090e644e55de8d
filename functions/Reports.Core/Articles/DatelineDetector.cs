using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reports.Core.Articles;

/// <summary>
/// Finds a publication date near the top of an article (title and dateline), conservatively. Recognised, after
/// Persian (۰–۹) and Arabic-Indic (٠–٩) digits are read as ASCII: ISO "2025-03-27" (and 2025/3/27); numeric
/// "27/3/2025", "27.03.2025" when the order is clear (a part above 12, both equal, or "ngày" before it); month names
/// ("March 27, 2025", "27 mars 2025", "3 лютого 2025", "17 نيسان 2025"); Vietnamese "ngày 27 tháng 3 năm 2025"; and
/// Solar Hijri dates ("۲۲ اردیبهشت ۱۴۰۴", "1404/02/22") converted to the Gregorian day. Wire datelines often omit the
/// year ("Oct 9", "ngày 15/3", "۲۲ اردیبهشت"): with a reference day (the file's date) such a date is taken in the
/// latest year that does not put it after the reference (a day of slack for time zones); without one it is ignored.
/// Month names that are also common words ("may", Persian "تیر" = shot) count only with a year. The first date in the
/// text wins; a date outside 1990–2100, or that does not exist, is ignored. Words live in Data/dates.json.
/// </summary>
public sealed class DatelineDetector
{
    /// <summary>Only this much of the text (title, dateline, first paragraph) is searched.</summary>
    public const int Window = 1000;

    private const int EarliestYear = 1990;
    private const int LatestYear = 2100;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Compiled: a sentence is read in microseconds, not tens of them (reports and ingestion date every figure's
    // sentence). The first match of each pattern also pays its JIT, which on a loaded machine can take a second: the
    // timeout guards against a runaway match, not a slow start.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
    private static readonly PersianCalendar Persian = new();
    private static readonly Regex Iso = new(@"(?<![\d\-/.])(?<y>\d{4})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)", Options, MatchTimeout);
    private static readonly Regex Numeric = new(@"(?<!\d)(?<a>\d{1,2})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<y>\d{4})(?!\d)", Options, MatchTimeout);

    private readonly Dictionary<string, (int Month, bool Persian)> months;
    private readonly Regex dayFirst;
    private readonly Regex monthFirst;
    private readonly Regex[] patterns;
    private readonly string[] dayFirstMarkers;
    private readonly HashSet<string> yearRequired;
    private readonly HashSet<string> capitalized;

    private DatelineDetector(DatesData data)
    {
        months = new Dictionary<string, (int, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, month) in data.GregorianMonths)
        {
            months[name] = (month, false);
        }

        foreach (var (name, month) in data.PersianMonths)
        {
            months[name] = (month, true);
        }

        var names = string.Join('|', months.Keys.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        const string year = @"(?:\.?,?\s+(?:de\s+)?(?<y>\d{4})(?!\d))?";
        dayFirst = new Regex($@"(?<!\d)(?<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?(?<name>{names})(?!\p{{L}}){year}", Options, MatchTimeout);
        monthFirst = new Regex($@"(?<!\p{{L}})(?<name>{names})\.?\s+(?<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?{year}", Options, MatchTimeout);
        patterns = [.. data.Patterns.Select(p => new Regex(p, Options, MatchTimeout))];
        dayFirstMarkers = [.. data.DayFirstMarkers];
        yearRequired = new HashSet<string>(data.YearRequired, StringComparer.OrdinalIgnoreCase);
        capitalized = new HashSet<string>(data.Capitalized, StringComparer.OrdinalIgnoreCase);
    }

    public static DatelineDetector Default { get; } = Load();

    /// <summary>
    /// The first clear date in the first <see cref="Window"/> characters, or null. <paramref name="reference"/> (the
    /// file's date) places dates stated without a year; without it they are ignored.
    /// </summary>
    public DateOnly? Detect(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = FindAll(text.Length > Window ? text[..Window] : text, reference);
        if (all.Count == 0)
        {
            return null;
        }

        // A first date that opens a span ending on the next day a few words on ("з 18:00 15 листопада до 08:00 16
        // листопада", "с 20:00 15 ноября до 07:00 16 ноября") is a night's start: the report is of that night's morning.
        var first = all.MinBy(d => d.Index);
        foreach (var d in all)
        {
            if (d.Index > first.Index && d.Index - first.Index <= NightSpanReach && d.Date == first.Date.AddDays(1))
            {
                return d.Date;
            }
        }

        return first.Date;
    }

    /// <summary>Most characters from a span's first date to its second (the clock and a preposition between them).</summary>
    private const int NightSpanReach = 40;

    /// <summary>
    /// Every clear date stated in <paramref name="text"/> (a sentence), with where it starts; overlapping readings of one
    /// date count once. <paramref name="reference"/> places dates stated without a year.
    /// </summary>
    public List<(int Index, DateOnly Date)> FindAll(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = FoldDigits(text);
        var readers = new List<(Regex Regex, Func<Match, Parts?> Read)>
        {
            (Iso, FromIso),
            (Numeric, m => FromNumeric(m, head)),
            (dayFirst, FromName),
            (monthFirst, FromName),
        };
        readers.AddRange(patterns.Select(p => (p, (Func<Match, Parts?>)(m => new Parts(OptionalInt(m, "y"), Int(m, "m"), Int(m, "d"), false)))));

        var found = new List<(int Index, int End, DateOnly Date)>();
        foreach (var (regex, read) in readers)
        {
            for (var m = regex.Match(head); m.Success; m = m.NextMatch())
            {
                if (!found.Any(f => m.Index < f.End && f.Index < m.Index + m.Length) && read(m) is { } parts && Resolve(parts, reference) is { } date)
                {
                    found.Add((m.Index, m.Index + m.Length, date));
                }
            }
        }

        return found.ConvertAll(f => (f.Index, f.Date));
    }

    /// <summary>
    /// A month name that is also a common word (data <c>yearRequired</c>) still names the month without a year when it is
    /// written with a capital and listed in <c>capitalized</c> ("On May 19, a missile strike …"; "may 19" stays a verb).
    /// </summary>
    private bool Capitalized(string written, string name) =>
        written.Length > 0 && char.IsUpper(written[0]) && capitalized.Contains(name);

    /// <summary>A month name under four letters that is no abbreviation ("May", "mai"; not "Jan", "Mar").</summary>
    public bool ShortFullName(string written) => capitalized.Contains(written);

    /// <summary>
    /// The month a single word names ("May", "mai", "травня"), or null: for <see cref="EventDates"/>' month-only references
    /// ("In May, a missile strike …"). A name that is also a common word counts only as <see cref="Capitalized"/> allows,
    /// unless <paramref name="commonWordsToo"/> (a word for "in" stands before it: "en mai").
    /// </summary>
    public int? MonthNamed(string written, bool commonWordsToo = false)
    {
        ArgumentNullException.ThrowIfNull(written);
        var name = written.ToLowerInvariant();
        if (!months.TryGetValue(name, out var month) || month.Persian || (!commonWordsToo && yearRequired.Contains(name) && !Capitalized(written, name)))
        {
            return null;
        }

        return month.Month;
    }

    private static Parts? FromIso(Match m)
    {
        var year = Int(m, "y");
        return new Parts(year, Int(m, "m"), Int(m, "d"), Persian: year < EarliestYear);
    }

    private Parts? FromNumeric(Match m, string head)
    {
        int a = Int(m, "a"), b = Int(m, "b"), year = Int(m, "y");
        var before = head[..m.Index].TrimEnd();
        var marked = dayFirstMarkers.Any(w => before.EndsWith(w, StringComparison.OrdinalIgnoreCase));
        if (marked || a > 12 || a == b)
        {
            return new Parts(year, b, a, false);
        }

        // "3/27/2025" can only be month/day; "3/4/2025" could be either: skipped.
        return b > 12 ? new Parts(year, a, b, false) : null;
    }

    private Parts? FromName(Match m)
    {
        var name = Regex.Replace(m.Groups["name"].Value, @"\s+", " ");
        var year = OptionalInt(m, "y");
        if (!months.TryGetValue(name, out var month) || (year is null && yearRequired.Contains(name) && !Capitalized(m.Groups["name"].Value, name)))
        {
            return null;
        }

        return new Parts(year, month.Month, Int(m, "d"), month.Persian);
    }

    private static DateOnly? Resolve(Parts parts, DateOnly? reference)
    {
        if (parts.Year is { } year)
        {
            return Make(year, parts.Month, parts.Day, parts.Persian);
        }

        if (reference is not { } r)
        {
            return null;
        }

        // The latest year that does not put the date after the reference (plus a day for time zones).
        var latest = r.AddDays(1);
        var referenceYear = parts.Persian ? Persian.GetYear(latest.ToDateTime(TimeOnly.MinValue)) : latest.Year;
        for (var y = referenceYear; y >= referenceYear - 1; y--)
        {
            if (Make(y, parts.Month, parts.Day, parts.Persian) is { } date && date <= latest)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? Make(int year, int month, int day, bool persian)
    {
        if (persian)
        {
            // Solar Hijri 1369–1479 is about 1990–2100.
            if (year is < 1369 or > 1479 || month is < 1 or > 12 || day < 1 || day > Persian.GetDaysInMonth(year, month))
            {
                return null;
            }

            return DateOnly.FromDateTime(Persian.ToDateTime(year, month, day, 0, 0, 0, 0));
        }

        if (year is < EarliestYear or > LatestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? OptionalInt(Match m, string group) => m.Groups[group].Success ? Int(m, group) : null;

    /// <summary>Persian and Arabic-Indic digits as ASCII; every other character as is (same length).</summary>
    internal static string FoldDigits(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static DatelineDetector Load()
    {
        const string resource = "Reports.Core.Articles.Data.dates.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        var data = JsonSerializer.Deserialize<DatesData>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })
            ?? throw new InvalidDataException($"{resource} is empty.");
        return new DatelineDetector(data);
    }

    /// <summary>A date as stated: the year may be missing.</summary>
    private readonly record struct Parts(int? Year, int Month, int Day, bool Persian);

    private sealed record DatesData(
        Dictionary<string, int> GregorianMonths,
        Dictionary<string, int> PersianMonths,
        List<string> Patterns,
        List<string> DayFirstMarkers,
        List<string> YearRequired,
        List<string> Capitalized);
}
