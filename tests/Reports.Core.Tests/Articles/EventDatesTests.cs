using Reports.Core.Articles;
using Reports.Core.Figures;

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
    [InlineData("Two people had been killed there the previous day.", "en", "2025-08-27", "relative")]
    [InlineData("Накануне в области погибли два человека.", "ru", "2025-08-27", "relative")]
    [InlineData("Напередодні в місті загинули двоє людей.", "uk", "2025-08-27", "relative")]
    [InlineData("Am Vortag waren zwei Menschen getötet worden.", "de", "2025-08-27", "relative")]
    [InlineData("ОВА уточнила дані про вчорашній удар: загинули двоє людей.", "uk", "2025-08-27", "relative")]
    [InlineData("Власти уточнили данные о вчерашнем ударе: погибли двое.", "ru", "2025-08-27", "relative")]
    [InlineData("Die Zahl der Toten des gestrigen Angriffs stieg auf fünf.", "de", "2025-08-27", "relative")]
    [InlineData("Сьогоднішній удар забрав життя двох людей.", "uk", "2025-08-28", "publication")]
    [InlineData("Унаслідок удару по місту загинули четверо людей.", "uk", "2025-08-28", "publication")]
    [InlineData("Рятувальники працювали з четвером постраждалих.", "uk", "2025-08-28", "publication")]
    [InlineData("У четвер загинули двоє людей.", "uk", "2025-08-28", "weekday")]
    [InlineData("Last week a strike on the market killed nine.", "en", "2025-08-21", "relative")]
    [InlineData("Le mois dernier, une frappe avait fait 30 morts.", "fr", "2025-07-29", "relative")]
    [InlineData("La semana pasada murieron cinco personas en el puerto.", "es", "2025-08-21", "relative")]
    [InlineData("Минулого тижня удар забрав життя шести людей.", "uk", "2025-08-21", "relative")]
    [InlineData("На прошлой неделе погибли семь человек.", "ru", "2025-08-21", "relative")]
    [InlineData("وقُتل ثمانية أشخاص في الأسبوع الماضي.", "ar", "2025-08-21", "relative")]
    [InlineData("У ніч на 28 серпня (з 18:00 27 серпня) противник атакував 126 ударними БпЛА.", "uk", "2025-08-28", "stated")]
    [InlineData("In der Nacht zum 28. August wurden 126 Drohnen abgeschossen, nach 90 am 27. August.", "de", "2025-08-28", "stated")]
    [InlineData("Dans la nuit de mercredi à jeudi, la Russie a lancé 90 drones.", "fr", "2025-08-28", "weekday")]
    [InlineData("Rusia lanzó 90 drones durante la noche del miércoles al jueves.", "es", "2025-08-28", "weekday")]
    [InlineData("The death toll from Tuesday's strikes rose to 21, officials said on Wednesday.", "en", "2025-08-26", "weekday")]
    public void Resolve_PerLanguage_GivesTheEventDayAndHowItWasFound(string evidence, string language, string day, string basis)
    {
        var (resolved, how) = sut.Resolve(evidence, language, Published);

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), basis), (resolved, how));
    }

    [Theory]
    [InlineData("Las autoridades corrigieron a la baja la cifra inicial de ocho fallecidos.", "es", "ocho", true)]
    [InlineData("El ataque dejó siete muertos y 21 heridos.", "es", "siete", false)]
    [InlineData("Кількість загиблих уточнено — сім людей, а не вісім.", "uk", "вісім", true)]
    [InlineData("Кількість загиблих уточнено — сім людей, а не вісім.", "uk", "сім", false)]
    [InlineData("Le précédent bilan faisait état de 18 morts.", "fr", "18", true)]
    [InlineData("The toll was revised down from 12 to 9.", "en", "12", true)]
    [InlineData("The toll was revised down from 12 to 9.", "en", "9", false)]
    public void Earlier_AReplacedCount_IsMarked(string evidence, string language, string number, bool earlier)
    {
        var figure = Figure.Create(FigureKind.Killed, 1, Qualifier.Exact, FigureScope.Event, evidence, 0, number.Length) with
        {
            EvidenceOffset = evidence.IndexOf(number, StringComparison.Ordinal),
        };

        Assert.Equal(earlier, sut.Earlier(figure, language));
    }

    [Theory]
    [InlineData("The raid came a day after shelling killed five people in the port.", "en", "five", "2025-08-27")]
    [InlineData("The raid came two days after shelling killed five people in the port.", "en", "five", "2025-08-26")]
    [InlineData("Der Angriff kam einen Tag nach Beschuss, bei dem fünf Menschen starben.", "de", "fünf", "2025-08-27")]
    [InlineData("Serangan itu terjadi sehari setelah penembakan menewaskan lima orang.", "id", "lima", "2025-08-27")]
    [InlineData("Shelling killed five people in the port, a day after talks stalled.", "en", "five", "2025-08-28")]
    public void Date_PhraseBeforeTheFiguresNumber_SetsTheDayBefore(string evidence, string language, string number, string day)
    {
        var figure = Figure.Create(FigureKind.Killed, 5, Qualifier.Exact, FigureScope.Event, evidence, 0, number.Length) with
        {
            EvidenceOffset = evidence.IndexOf(number, StringComparison.Ordinal),
        };

        var dated = Assert.Single(sut.Date([figure], language, Published));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), dated.EventDate);
    }

    [Fact]
    public void Date_PhraseBeforeTheNumberButPlaceInTheSentenceUnknown_KeepsThePublicationDay()
    {
        // A figure read back from storage does not know where its number stands in its sentence.
        var figure = Figure.Create(FigureKind.Killed, 5, Qualifier.Exact, FigureScope.Event, "The raid came a day after shelling killed five people.", 0, 4);

        var dated = Assert.Single(sut.Date([figure], "en", Published));

        Assert.Equal((Published, "publication"), (dated.EventDate!.Value, dated.EventDateBasis));
    }

    [Theory]
    [InlineData("The rebels fired drones and missiles at ships on Tuesday", "en", "2025-08-26", "headline")]
    [InlineData("Вчора ворог атакував місто дронами", "uk", "2025-08-27", "headline")]
    [InlineData("Drones hit the port", "en", "2025-08-28", "publication")]
    [InlineData("A look back at the strike of August 1", "en", "2025-08-28", "publication")]
    public void Date_FigureItsSentenceDoesNotDate_TakesTheDayTheHeadlineNames(string headline, string language, string day, string basis)
    {
        var undated = Figure.Create(FigureKind.DronesLaunched, 18, Qualifier.Exact, FigureScope.Event, "Centcom said 18 drones were launched.", 0, 2);
        var stated = Figure.Create(FigureKind.Killed, 2, Qualifier.Exact, FigureScope.Event, "Two people were killed on Monday.", 0, 3);

        var dated = sut.Date([undated, stated], language, Published, headline);

        Assert.Equal((DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), basis), (dated[0].EventDate!.Value, dated[0].EventDateBasis));
        Assert.True(language != "en" || ("2025-08-25", "weekday") == (dated[1].EventDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dated[1].EventDateBasis), "a date the sentence states wins over the headline's");
    }
}
