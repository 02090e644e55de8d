using Reports.Core.Aggregation;
using Reports.Core.Briefings;
using Reports.Core.Figures;
using Reports.Core.Tests.Aggregation;
using static Reports.Core.Tests.Aggregation.Analyses;

namespace Reports.Core.Tests.Briefings;

/// <summary>A small briefing with the awkward texts renderers must survive.</summary>
internal static class SampleBriefing
{
    public const string AwkwardEvidence = "He said: \"12 killed, 3 missing\",\nthen left; <b>bold</b> & done.";

    public const string ScriptTitle = "<script>alert('x')</script> Drones hit port";

    public const string PersianTitle = "رهگیری ۳۵ فروند از ۴۲ پهپاد";

    public static Briefing Create()
    {
        var en = Article("en1", Day1, Figure.Create(FigureKind.Killed, 12, Qualifier.AtLeast, FigureScope.Event, AwkwardEvidence, 0, 2)) with { Title = ScriptTitle };
        var fa = Article("fa1", Day1, "fa", Figure.Create(FigureKind.Killed, 15, Qualifier.Exact, FigureScope.Event, "دست‌کم ۱۵ نفر کشته شدند.", 0, 2), Fig(FigureKind.DronesDowned, 35))
            with { Title = PersianTitle, Summary = ["سامانه‌های دفاعی ۳۵ فروند را رهگیری کردند."] };
        var vi = Article("vi1", Day1.AddDays(1), "vi", Fig(FigureKind.Killed, 7), KilledSoFar(9432), Fig(FigureKind.Injured, 19)) with { Title = "Tấn công bằng UAV, =SUM(A1)" };
        var filter = new BriefingFilter(new Period(Day1, Day1.AddDays(1)), Languages: ["en", "fa", "vi"]);
        return new BriefingBuilder(new FixedTimeProvider()).Build([en, fa, vi], filter);
    }

    public static async Task<byte[]> RenderAsync(IBriefingRenderer renderer, Briefing briefing)
    {
        using var output = new MemoryStream();
        await renderer.RenderAsync(briefing, output, CancellationToken.None);
        return output.ToArray();
    }
}
