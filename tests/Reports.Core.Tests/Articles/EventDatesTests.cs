using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class EventDatesTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2025, 8, 28);

    private readonly EventDates sut = EventDates.Default;

    [Theory]
    [InlineData("Russia launched 90 drones overnight, the air force said.", "en", "2025-08-28", "publication")]
    [InlineData("Yesterday's strike killed four people.", "en", "2025-08-27", "relative")]
    [InlineData("On Tuesday a missile hit the station, killing three.", "en", "2025-08-26", "weekday")]
    [InlineData("On Thursday morning drones hit the port.", "en", "2025-08-28", "weekday")]
    [InlineData("Вчора внаслідок удару загинули двоє людей.", "uk", "2025-08-27", "relative")]
    [InlineData("Во вторник погибли три человека.", "ru", "2025-08-26", "weekday")]
    [InlineData("Среди погибших трое детей.", "ru", "2025-08-28", "publication")]
    [InlineData("Gestern wurden drei Menschen getötet.", "de", "2025-08-27", "relative")]
    [InlineData("Avant-hier, deux personnes ont été tuées.", "fr", "2025-08-26", "relative")]
    [InlineData("Serangan kemarin menewaskan dua orang.", "id", "2025-08-27", "relative")]
    [InlineData("The toll from the attack on August 26 has risen to 12.", "en", "2025-08-26", "stated")]
    [InlineData("Від 23:00 26 серпня до 07:00 27 серпня збито 40 дронів.", "uk", "2025-08-27", "stated")]
    [InlineData("date 2025-08-28 The strike on 25 August killed five.", "en", "2025-08-25", "stated")]
    [InlineData("By August 30 the city hopes to restore power; 3 were hurt.", "en", "2025-08-28", "publication")]
    public void Resolve_PerLanguage_GivesTheEventDayAndHowItWasFound(string evidence, string language, string day, string basis)
    {
        var (resolved, how) = sut.Resolve(evidence, language, Published);

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), basis), (resolved, how));
    }
}
