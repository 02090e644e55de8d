namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-seventh session, written for these tests (no evaluation text): people hurt whose breakdown counts dead among
/// them ("пострадали 14 человек, в том числе трое погибших") are casualties, killed and injured together, in every
/// language, as they were already when the dead were not counted; the dead are their killed part.
/// </summary>
public sealed class LeadTwentySeventhTests
{
    [Theory]
    [InlineData("ru", "В результате удара по городу пострадали 14 человек, в том числе трое погибших.")]
    [InlineData("uk", "Внаслідок удару по місту постраждали 14 людей, серед них троє загиблих.")]
    [InlineData("ar", "أسفر القصف على المدينة عن 14 مصابا بينهم ثلاثة قتلى.")]
    [InlineData("es", "Catorce personas resultaron heridas en el ataque, entre ellas tres fallecidas.")]
    [InlineData("fr", "Quatorze personnes ont été blessées dans la frappe, dont trois mortellement.")]
    [InlineData("de", "Bei dem Angriff wurden 14 Menschen verletzt, darunter drei Tote.")]
    [InlineData("en", "Fourteen people were hurt in the strike, including three who later died in hospital.")]
    [InlineData("vi", "Vụ tấn công khiến 14 người bị thương, trong đó 3 người đã tử vong.")]
    [InlineData("id", "Sebanyak 14 orang terluka dalam serangan itu, termasuk tiga orang yang kemudian meninggal dunia.")]
    public void TheHurtWithCountedDeadAmongThem_AreCasualties(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "casualties 14; killed 3");

    [Theory]
    // A death told after the count ("three of them fatally") is a later outcome: the injured stay injured.
    [InlineData("en", "Fourteen people were wounded in the shelling, three of them fatally.", "injured 14; killed 3")]
    [InlineData("de", "Bei dem Angriff wurden 14 Menschen verletzt, drei von ihnen tödlich.", "injured 14; killed 3")]
    [InlineData("ru", "Ранения получили 14 человек, трое из них скончались в больнице.", "injured 14; killed 3")]
    // The dead after a killed and an injured count belong to the killed one: a round-up's parts.
    [InlineData("es", "La misión registró 150 civiles muertos y 700 heridos en el mes, entre ellos 12 niños fallecidos.", "killed 150; injured 700; killed 12")]
    [InlineData("en", "The mission recorded 150 civilians killed and 700 injured in the month, including 12 children killed.", "killed 150; injured 700; killed 12")]
    // Parts that are no dead leave the injured as they are; a killed count in its own clause is no part.
    [InlineData("ru", "В результате удара по городу пострадали 14 человек, в том числе трое детей.", "injured 14; injured 3")]
    [InlineData("en", "The attack wounded 14 people, including three children, and killed two others.", "injured 14; injured 3; killed 2")]
    [InlineData("uk", "Постраждали 14 людей. Серед загиблих троє дітей.", "injured 14; killed 3")]
    public void TheInjuredStay_WhenTheDeadAreNoBreakdownOfThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
