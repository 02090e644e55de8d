using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Core.Delivery;

/// <summary>
/// Composes the email that carries one briefing to one subscriber: a subject with the period and headline numbers,
/// a plain-text body and an HTML alternative (totals, top events, each number with its source titles, the unsubscribe
/// link), the PDF as <c>briefing-yyyy-MM-dd.pdf</c>, RFC 8058 one-click unsubscribe headers, and a Message-ID that
/// depends only on (briefing id, subscriber id), so a resent copy is recognisable as the same message.
/// </summary>
public sealed partial class BriefingEmail
{
    public const string PdfContentType = "application/pdf";
    public const string BriefingHeader = "X-Reports-Briefing";

    private readonly BriefingEmailOptions options;
    private readonly UnsubscribeTokens tokens;
    private readonly string domain;

    public BriefingEmail(BriefingEmailOptions options, UnsubscribeTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        options.Validate();
        this.options = options;
        this.tokens = tokens;
        domain = options.FromAddress[(options.FromAddress.LastIndexOf('@') + 1)..].ToLowerInvariant();
    }

    public OutgoingEmail Compose(string briefingId, Briefing briefing, ReadOnlyMemory<byte> pdf, Subscriber subscriber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(briefingId);
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(subscriber);
        var unsubscribe = tokens.Link(options.BaseUrl!, subscriber.Id, subscriber.Generation);
        var view = new View(briefing, TopEvents(briefing, options.TopEvents), unsubscribe);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = $"<{unsubscribe.AbsoluteUri}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            [BriefingHeader] = SafeToken(briefingId),
            ["Auto-Submitted"] = "auto-generated",
        };
        return new OutgoingEmail(
            MessageId(briefingId, subscriber.Id),
            options.FromAddress,
            options.FromName,
            subscriber.Email,
            Subject(briefing),
            Text(view),
            Html(view),
            [new EmailAttachment(PdfFileName(briefing), PdfContentType, pdf)],
            headers);
    }

    /// <summary>"briefing-yyyy-MM-dd.pdf", dated by the period's last day.</summary>
    public static string PdfFileName(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return $"briefing-{BriefingText.Day(briefing.Filter.Period.To)}.pdf";
    }

    /// <summary>"Briefing 2026-03-20 – 2026-03-26: 34 killed, 120 injured, 45 drones launched".</summary>
    public static string Subject(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var headline = briefing.Totals.Where(t => t.Headline > 0).OrderBy(t => t.Kind).Take(3)
            .Select(t => $"{BriefingText.Number(t.Headline)} {KindText(t.Kind)}").ToList();
        return $"Briefing {briefing.Filter.Period}: " + (headline.Count == 0 ? "no figures reported" : string.Join(", ", headline));
    }

    /// <summary>&lt;{briefing}.{subscriber}@{sender domain}&gt;; the briefing id is hashed when it is not a plain token.</summary>
    public string MessageId(string briefingId, string subscriberId) => $"<{SafeToken(briefingId)}.{SafeToken(subscriberId)}@{domain}>";

    /// <summary>
    /// The events the email lists: counted ones (not breakdowns such as "including 2 children"), people (killed,
    /// injured, casualties) before weapons, then the largest first.
    /// </summary>
    internal static IReadOnlyList<ReportedEvent> TopEvents(Briefing briefing, int count) =>
        briefing.Events.Where(e => e.Scope == FigureScope.Event && e.Counted)
            .OrderBy(e => e.Kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Casualties ? 0 : 1)
            .ThenByDescending(e => e.Headline).ThenBy(e => e.Day).ThenBy(e => e.Kind)
            .Take(count).ToList();

    /// <summary>At most this many sources are named per event; the rest are counted ("and 3 more").</summary>
    internal const int SourcesPerEvent = 5;

    private static string SafeToken(string value)
    {
        if (value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return value;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return "h" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    /// <summary>"killed", "drones shot down": the kind as it reads after a number.</summary>
    private static string KindText(FigureKind kind) => BriefingText.Of(kind).ToLowerInvariant();

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>What both bodies show.</summary>
    private sealed record View(Briefing Briefing, IReadOnlyList<ReportedEvent> Top, Uri Unsubscribe)
    {
        public string Period => Briefing.Filter.Period.ToString();

        public string Meta =>
            $"Generated {BriefingText.Timestamp(Briefing.GeneratedAt)} · {Plural(Briefing.Articles.Count, "article")} · {Plural(Briefing.EventCount, "event")}";

        public IReadOnlyList<ReportedEvent> Cumulative =>
            Briefing.Cumulative.OrderBy(e => e.Kind).ThenByDescending(e => e.Day).Take(5).ToList();
    }
}
