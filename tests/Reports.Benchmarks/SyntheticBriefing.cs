using System.Globalization;
using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;

namespace Reports.Benchmarks;

/// <summary>
/// A deterministic briefing of N fictional articles over 30 days, cycling through six languages and scripts,
/// three figures per article, merged into one event per kind and day.
/// </summary>
internal static class SyntheticBriefing
{
    private static readonly (string Language, string Title, string[] Sentences)[] Templates =
    [
        ("vi", "Đợt tấn công đêm {0} vào khu cảng", ["Ít nhất {0} người thiệt mạng và {1} người bị thương sau đợt tấn công.", "Lực lượng phòng không cho biết đã bắn hạ {1} trong số {2} máy bay không người lái.", "Chính quyền địa phương đang đánh giá thiệt hại."]),
        ("fa", "حمله پهپادی شماره {0} به شهر بندری", ["دست کم {0} نفر در این حمله کشته شدند.", "گفته می‌شود که {1} پهپاد از {2} پهپاد سرنگون شد.", "سخنگوی ارتش گفت عملیات امدادی ادامه دارد."]),
        ("ar", "الدفاع الجوي يعترض صواريخ في الليلة {0}", ["قال الجيش إن الدفاعات الجوية أسقطت {1} صاروخا من أصل {2} صاروخا.", "وأصيب نحو {0} أشخاص بجروح طفيفة.", "وتواصل فرق الإنقاذ عملها في المنطقة."]),
        ("uk", "Нічна атака номер {0} на енергетичні об'єкти", ["Щонайменше {0} людей загинули внаслідок нічного удару.", "Сили протиповітряної оборони збили {1} з {2} дронів.", "Рятувальники працюють на місці."]),
        ("ru", "Беспилотники атаковали район {0}", ["По данным властей, более {0} человек получили ранения.", "ПВО сбила {1} из {2} беспилотников.", "Движение транспорта временно ограничено."]),
        ("en", "Missiles and drones strike port city, night {0}", ["At least {0} people were killed in the overnight strike.", "Air defences shot down {1} of {2} drones, officials said.", "Rescue teams are still searching the rubble."]),
    ];

    public static Briefing Create(int articleCount, int days = 30)
    {
        var period = new Period(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1).AddDays(days - 1));
        var random = new Random(42);
        var articles = new List<StoredAnalysis>();
        var sources = new List<(DateOnly Day, FigureSource Source)>();
        for (var i = 0; i < articleCount; i++)
        {
            var (language, title, sentences) = Templates[i % Templates.Length];
            var day = period.From.AddDays(random.Next(days));
            long people = random.Next(1, 60), downed = random.Next(5, 40), launched = downed + random.Next(0, 20);
            var summary = sentences.Select(s => Format(s, people, downed, launched)).ToList();
            var figures = new List<Figure>
            {
                Figure.Create(i % 2 == 0 ? FigureKind.Killed : FigureKind.Injured, people, (Qualifier)(i % 6), FigureScope.Event, summary[0], 0, 2),
                Figure.Create(language == "ar" ? FigureKind.MissilesDowned : FigureKind.DronesDowned, downed, Qualifier.Exact, FigureScope.Event, summary[1], 0, 2),
                Figure.Create(language == "ar" ? FigureKind.MissilesLaunched : FigureKind.DronesLaunched, launched, Qualifier.Exact, FigureScope.Event, summary[1], 0, 2),
            };
            var article = new StoredAnalysis(
                string.Create(CultureInfo.InvariantCulture, $"synthetic-{i:D4}"),
                string.Create(CultureInfo.InvariantCulture, $"uploads/{language}-{i:D4}.html"),
                language,
                Format(title, i + 1, 0, 0),
                summary,
                figures,
                day,
                new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            articles.Add(article);
            sources.AddRange(figures.Select(f => (day, new FigureSource(article.ArticleId, article.Title, article.Source, language, f))));
        }

        // As the aggregation does: figures of one kind and day are one event, stated by several articles.
        var events = sources
            .GroupBy(s => (s.Day, s.Source.Figure.Kind))
            .Select(g => new ReportedEvent(
                g.Key.Kind,
                g.Key.Day,
                FigureScope.Event,
                g.Max(s => s.Source.Figure.Lower),
                g.Max(s => s.Source.Figure.Lower),
                g.Any(s => s.Source.Figure.Upper is null) ? null : g.Max(s => s.Source.Figure.Upper!.Value),
                g.Select(s => s.Source).ToList()))
            .OrderBy(e => e.Day)
            .ToList();

        var totals = events.GroupBy(e => e.Kind).OrderBy(g => g.Key)
            .Select(g => new KindTotal(g.Key, g.Sum(e => e.Headline), g.Sum(e => e.Lower), g.Any(e => e.Upper is null) ? null : g.Sum(e => e.Upper!.Value), g.Count(), g.Sum(e => e.Sources.Count)))
            .ToList();
        var series = events.GroupBy(e => (e.Day, e.Kind)).Select(g => new DailyPoint(g.Key.Day, g.Key.Kind, g.Sum(e => e.Headline))).ToList();
        return new Briefing(new BriefingFilter(period), new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero), totals, events, [], series, articles);
    }

    private static string Format(string template, long a, long b, long c) => string.Format(CultureInfo.InvariantCulture, template, a, b, c);
}
