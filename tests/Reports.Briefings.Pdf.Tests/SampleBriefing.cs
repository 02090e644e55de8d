using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Briefings.Pdf.Tests;

/// <summary>
/// A hand-built briefing over fictional articles in Vietnamese, Persian, Arabic, Ukrainian, Russian and English.
/// The texts are written for these tests.
/// </summary>
internal static class SampleBriefing
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 3, 8, 6, 30, 0, TimeSpan.Zero);

    public const string VietnameseSentence = "Ít nhất 12 người thiệt mạng và 30 người bị thương sau đợt tấn công đêm qua vào khu cảng.";
    public const string PersianSentence = "دست کم ۲۳ نفر در حمله پهپادی به شهر بندری کشته شدند.";
    public const string PersianZwnjSentence = "گفته می‌شود که ۱۵ نفر زخمی شدند و سخنگوی ارتش، آقای Karimi، گفت 40 پهپاد سرنگون شد.";
    public const string ArabicSentence = "قال الجيش إن الدفاعات الجوية أسقطت 18 صاروخا من أصل 20 صاروخا أطلقت ليلا.";
    public const string UkrainianSentence = "Щонайменше 5 людей загинули внаслідок нічного удару по енергетичних об'єктах.";
    public const string RussianSentence = "По данным властей, более 7 человек получили ранения в промышленном районе.";
    public const string EnglishSentence = "At least 12 people were killed when missiles and drones struck the port city overnight.";

    public static Briefing Create(int days = 7)
    {
        var period = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1).AddDays(days - 1));
        var d2 = period.From.AddDays(Math.Min(1, days - 1));
        var d3 = period.From.AddDays(Math.Min(2, days - 1));

        var vi = Article("vi-1", "vi", "Thành phố cảng hứng chịu đợt tấn công bằng máy bay không người lái", d2,
            [VietnameseSentence, "Lực lượng phòng không cho biết đã bắn hạ 40 trong số 52 máy bay không người lái."],
            [
                Figure.Create(FigureKind.Killed, 12, Qualifier.AtLeast, FigureScope.Event, VietnameseSentence, 0, 6),
                Figure.Create(FigureKind.Injured, 30, Qualifier.Exact, FigureScope.Event, VietnameseSentence, 40, 2),
                Figure.Create(FigureKind.DronesLaunched, 52, Qualifier.Exact, FigureScope.Event, "Lực lượng phòng không cho biết đã bắn hạ 40 trong số 52 máy bay không người lái.", 50, 2),
                Figure.Create(FigureKind.DronesDowned, 40, Qualifier.Exact, FigureScope.Event, "Lực lượng phòng không cho biết đã bắn hạ 40 trong số 52 máy bay không người lái.", 38, 2),
            ]);
        var fa = Article("fa-1", "fa", "حمله پهپادی به شهر بندری در شب گذشته", d3,
            [PersianSentence, PersianZwnjSentence],
            [
                Figure.Create(FigureKind.Killed, 23, Qualifier.AtLeast, FigureScope.Event, PersianSentence, 7, 2),
                Figure.Create(FigureKind.Injured, 15, Qualifier.About, FigureScope.Event, PersianZwnjSentence, 15, 2),
                Figure.Create(FigureKind.DronesDowned, 40, Qualifier.Exact, FigureScope.Event, PersianZwnjSentence, 60, 2),
            ]);
        var ar = Article("ar-1", "ar", "الدفاع الجوي يسقط صواريخ فوق العاصمة", d3,
            [ArabicSentence, "وأصيب نحو 9 أشخاص بجروح طفيفة (بحسب الهلال الأحمر)."],
            [
                Figure.Create(FigureKind.MissilesDowned, 18, Qualifier.Exact, FigureScope.Event, ArabicSentence, 40, 2),
                Figure.Create(FigureKind.MissilesLaunched, 20, Qualifier.Exact, FigureScope.Event, ArabicSentence, 55, 2),
                Figure.Create(FigureKind.Injured, 9, Qualifier.About, FigureScope.Event, "وأصيب نحو 9 أشخاص بجروح طفيفة (بحسب الهلال الأحمر).", 10, 1),
            ]);
        var uk = Article("uk-1", "uk", "Нічна атака на енергетичні об'єкти", period.From,
            [UkrainianSentence],
            [Figure.Create(FigureKind.Killed, 5, Qualifier.AtLeast, FigureScope.Event, UkrainianSentence, 12, 1)]);
        var ru = Article("ru-1", "ru", "Беспилотники атаковали промышленный район", period.From,
            [RussianSentence, "С начала войны погибли 1200 мирных жителей."],
            [
                Figure.Create(FigureKind.Injured, 7, Qualifier.MoreThan, FigureScope.Event, RussianSentence, 25, 1),
                Figure.Create(FigureKind.Killed, 1200, Qualifier.Exact, FigureScope.Cumulative, "С начала войны погибли 1200 мирных жителей.", 24, 4),
            ]);
        var en = Article("en-1", "en", "Missiles and drones strike port city overnight", d2,
            [EnglishSentence, "Up to 6 cruise missiles were launched, officials said."],
            [
                Figure.Create(FigureKind.Killed, 12, Qualifier.Exact, FigureScope.Event, EnglishSentence, 9, 2),
                Figure.Create(FigureKind.MissilesLaunched, 6, Qualifier.UpTo, FigureScope.Event, "Up to 6 cruise missiles were launched, officials said.", 6, 1),
            ]);
        var articles = new[] { vi, fa, ar, uk, ru, en };

        var events = new List<ReportedEvent>
        {
            Event(FigureKind.Killed, d2, 12, 12, 12, Source(vi, 0), Source(en, 0)),
            Event(FigureKind.Killed, d3, 23, 23, null, Source(fa, 0)),
            Event(FigureKind.Killed, period.From, 5, 5, null, Source(uk, 0)),
            Event(FigureKind.Injured, d2, 30, 30, 30, Source(vi, 1)),
            Event(FigureKind.Injured, d3, 15, 14, 16, Source(fa, 1)),
            Event(FigureKind.Injured, d3, 9, 9, 9, Source(ar, 2)),
            Event(FigureKind.Injured, period.From, 8, 8, null, Source(ru, 0)),
            Event(FigureKind.DronesLaunched, d2, 52, 52, 52, Source(vi, 2)),
            Event(FigureKind.DronesDowned, d2, 40, 40, 40, Source(vi, 3), Source(fa, 2)),
            Event(FigureKind.MissilesLaunched, d3, 20, 20, 20, Source(ar, 1)),
            Event(FigureKind.MissilesLaunched, d2, 6, 0, 6, Source(en, 1)),
            Event(FigureKind.MissilesDowned, d3, 18, 18, 18, Source(ar, 0)),
        };
        var cumulative = new List<ReportedEvent> { Event(FigureKind.Killed, period.From, 1200, 1200, 1200, Source(ru, 1)) };
        var totals = events
            .GroupBy(e => e.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new KindTotal(
                g.Key,
                g.Sum(e => e.Headline),
                g.Sum(e => e.Lower),
                g.Any(e => e.Upper is null) ? null : g.Sum(e => e.Upper!.Value),
                g.Count(),
                g.Sum(e => e.Sources.Count)))
            .ToList();
        var series = events
            .GroupBy(e => (e.Day, e.Kind))
            .Select(g => new DailyPoint(g.Key.Day, g.Key.Kind, g.Sum(e => e.Headline)))
            .ToList();

        return new Briefing(new BriefingFilter(period), GeneratedAt, totals, events, cumulative, series, articles);
    }

    public static StoredAnalysis Article(string id, string language, string title, DateOnly day, IReadOnlyList<string> summary, IReadOnlyList<Figure> figures) =>
        new(id, $"uploads/{id}.html", language, title, summary, figures, day, new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));

    public static ReportedEvent Event(FigureKind kind, DateOnly day, long headline, long lower, long? upper, params FigureSource[] sources) =>
        new(kind, day, sources[0].Figure.Scope, headline, lower, upper, sources);

    public static FigureSource Source(StoredAnalysis article, int figure) =>
        new(article.ArticleId, article.Title, article.Source, article.Language, article.Figures[figure]);
}
