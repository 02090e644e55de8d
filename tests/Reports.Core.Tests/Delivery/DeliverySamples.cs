using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Delivery;
using Reports.Core.Figures;

namespace Reports.Core.Tests.Delivery;

/// <summary>A small briefing, a fake PDF, subscribers and a composer for the delivery tests.</summary>
internal static class DeliverySamples
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
    public static readonly DateTimeOffset Now = new(2026, 3, 28, 6, 0, 0, TimeSpan.Zero);
    public static readonly Uri BaseUrl = new("https://reports.example.org/");

    public static UnsubscribeTokens Tokens { get; } = new(Secret);

    /// <summary>Bytes that look like a PDF and include every byte value (so any transfer damage shows).</summary>
    public static byte[] Pdf { get; } = [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 256).Select(i => (byte)i), .. "\n%%EOF\n"u8.ToArray()];

    public static Briefing Briefing(params string[] languages)
    {
        var period = new Period(new DateOnly(2026, 3, 26), new DateOnly(2026, 3, 27));
        var killed = Figure.Create(FigureKind.Killed, 12, Qualifier.AtLeast, FigureScope.Event, "At least 12 people were killed.", 0, 10);
        var drones = Figure.Create(FigureKind.DronesLaunched, 45, Qualifier.Exact, FigureScope.Event, "Russia launched 45 drones.", 0, 10);
        var events = new List<ReportedEvent>
        {
            new(FigureKind.Killed, new DateOnly(2026, 3, 27), FigureScope.Event, 12, 12, null,
                [new FigureSource("a1", "Strike on <Kharkiv> & suburbs", "kyiv-post/a1.txt", "en", killed),
                 new FigureSource("a2", "Удар по Харкову", "ukrinform/a2.txt", "uk", killed)]),
            new(FigureKind.DronesLaunched, new DateOnly(2026, 3, 26), FigureScope.Event, 45, 45, 45,
                [new FigureSource("a3", "Overnight drone attack", "reuters/a3.txt", "en", drones)]),
        };
        var totals = new List<KindTotal>
        {
            new(FigureKind.Killed, 12, 12, null, 1, 2),
            new(FigureKind.DronesLaunched, 45, 45, 45, 1, 1),
        };
        var articles = new List<StoredAnalysis>
        {
            new("a1", "kyiv-post/a1.txt", "en", "Strike on <Kharkiv> & suburbs", [], [killed], new DateOnly(2026, 3, 27), Now),
            new("a2", "ukrinform/a2.txt", "uk", "Удар по Харкову", [], [killed], new DateOnly(2026, 3, 27), Now),
            new("a3", "reuters/a3.txt", "en", "Overnight drone attack", [], [drones], new DateOnly(2026, 3, 26), Now),
        };
        return new Briefing(new BriefingFilter(period, languages.Length == 0 ? null : languages), Now, totals, events, [], [], articles);
    }

    public static Subscriber Subscriber(string email, params string[] languages) =>
        new(SubscriberIds.For(EmailAddresses.Normalize(email)), EmailAddresses.Normalize(email), languages.Length == 0 ? null : languages, Now);

    public static BriefingEmail Composer(Uri? baseUrl = null) =>
        new(new BriefingEmailOptions { FromAddress = "briefings@reports.example.org", BaseUrl = baseUrl ?? BaseUrl }, Tokens);
}
