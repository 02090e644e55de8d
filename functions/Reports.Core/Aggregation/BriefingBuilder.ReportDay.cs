using Reports.Core.Articles;

namespace Reports.Core.Aggregation;

public sealed partial class BriefingBuilder
{
    /// <summary>
    /// "Die Zahl der Toten ist auf neun gestiegen. 20 Menschen seien verletzt worden, teilten die Gesundheitsbehörden am
    /// Montag mit", published on Monday: in an article that is a later report of the day before (<see cref="LaterReports"/>),
    /// a toll whose only date is the weekday of its own publication day is dated by its statement, not by its event, and
    /// goes with the article's other figures (a toll its sentence says is another attack's stays).
    /// </summary>
    private static bool StatedOnItsReportDay(in Candidate c) =>
        EventClusterer.IsToll(c.Figure.Kind) && !c.Separate && c.Day == c.Article.Day
        && c.Figure.EventDateBasis == "weekday" && c.Figure.EventDate == c.Article.Day
        && !EventDates.Default.Separate(c.Figure.Evidence, c.Article.Language);
}
