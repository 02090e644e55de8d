using Reports.Core.Languages;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-seventh session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentySeventhTests
{
    [Theory]
    // Those identified are some of the dead (data `identifying`): no toll, whatever noun follows the count.
    [InlineData("ru", "Судмедэксперты установили личности 12 погибших, остальных опознают по ДНК.", "")]
    [InlineData("ru", "Личности 12 погибших установлены.", "")]
    [InlineData("uk", "Слідчі встановили особи трьох загиблих у Дніпрі.", "")]
    [InlineData("es", "Los peritos han identificado a 19 de los fallecidos en el bombardeo.", "")]
    [InlineData("de", "Die Ermittler haben neun der Toten identifiziert.", "")]
    [InlineData("de", "Neun der Toten wurden bereits identifiziert.", "")]
    [InlineData("ar", "تعرفت السلطات على هويات سبعة من الضحايا القتلى.", "")]
    [InlineData("fa", "هویت ۱۲ نفر از کشته‌شدگان شناسایی شد.", "")]
    // The toll beside them still reads; evacuated or recovered bodies still count the dead.
    [InlineData("ru", "Погибли 26 человек. Следователи установили личности 12 погибших.", "killed 26")]
    [InlineData("es", "El ataque dejó 30 muertos. Los peritos han identificado a 19 de los fallecidos.", "killed 30")]
    [InlineData("de", "Neun der Toten waren Kinder.", "killed 9")]
    [InlineData("en", "Rescuers evacuated 14 bodies from the rubble.", "killed 14")]
    public void TheIdentifiedAreSomeOfTheDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A killed figure already paired with an injured one is an item of a list of places, not the total of a later pair
    // that happens to add up to it (8 = 2 + 6).
    [InlineData("ru", "В Сумской области за выходные: погибли 8, ранены 21; в Харьковской: погибли двое, ранены шесть.", "killed 8; injured 21; killed 2; injured 6")]
    [InlineData("uk", "На Сумщині: загинули семеро, поранені 20; на Харківщині: загинули троє, поранені четверо.", "killed 7; injured 20; killed 3; injured 4")]
    [InlineData("de", "Im Gebiet Sumy: fünf Tote, 14 Verletzte; im Gebiet Charkiw: zwei Tote, drei Verletzte.", "killed 5; injured 14; killed 2; injured 3")]
    [InlineData("en", "In Sumy region: killed 7, injured 20; in Kharkiv region: killed 3, injured 4.", "killed 7; injured 20; killed 3; injured 4")]
    // The pair may come before the would-be total too (9 = 3 + 6, 16 = 4 + 12).
    [InlineData("es", "En Donetsk murieron cuatro personas y nueve resultaron heridas, mientras que en Járkov fallecieron tres y otras seis sufrieron heridas.", "killed 4; injured 9; killed 3; injured 6")]
    [InlineData("en", "The toll rose to seven killed and 16 injured, up from four killed and 12 injured earlier.", "killed 7; injured 16; killed 4; injured 12")]
    // Negative: a total whose killed and injured parts follow it, with no pair of its own, is still the casualties.
    [InlineData("en", "Nine people were hurt in the strike: two were killed and seven were injured.", "casualties 9; killed 2; injured 7")]
    public void APairedItemIsNoTotalOfALaterPair(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A victims noun heading its clause, a place or time phrase, then a copula (data `tollVerbs`: es "son ya", de "sind
    // inzwischen", fr "sont désormais", ar "باتوا", ru "уже", uk "вже", "стало") states the toll's value.
    [InlineData("es", "Los muertos en el bombardeo de Járkov son ya 11.", "killed 11")]
    [InlineData("de", "Die Toten in Charkiw sind inzwischen 11, die Verletzten 35.", "killed 11; injured 35")]
    [InlineData("fr", "Les morts à Kharkiv sont désormais 11.", "killed 11")]
    [InlineData("ar", "الشهداء في الغارة على مدينة صور باتوا 11، والجرحى 35.", "killed 11; injured 35")]
    [InlineData("uk", "Загиблих унаслідок удару по Харкову вже 11, понад 35 поранених.", "killed 11; injured 35 more_than")]
    [InlineData("ru", "Погибших при ударе по Белгороду стало 11.", "killed 11")]
    [InlineData("en", "The dead in Kharkiv are now 11.", "killed 11")]
    // Negatives: a part among the dead stays a part; a copula with no victims noun heading the clause states nothing.
    [InlineData("de", "Unter den Toten in Charkiw sind 3 Kinder.", "killed 3")]
    [InlineData("es", "Los edificios dañados en Járkov son ya 11.", "")]
    [InlineData("ru", "Домов, поврежденных при ударе по Белгороду, уже 11.", "")]
    public void AVictimsNounAndACopulaStateTheToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count set off by commas right after the victims' noun phrase restates their number.
    [InlineData("es", "Un dron impactó en Sumy. Entre los heridos, más de 30, hay cuatro menores.", "injured 30 more_than; injured 4")]
    [InlineData("es", "Un dron impactó en Sumy. Los heridos, más de 30, fueron trasladados al hospital.", "injured 30 more_than")]
    [InlineData("es", "Los muertos en Sumy son ya 9, y los heridos, 33, según el alcalde.", "killed 9; injured 33")]
    [InlineData("de", "Ein Drohnenangriff traf Sumy. Unter den Verletzten, mehr als 30, sind vier Kinder.", "injured 30 more_than; injured 4")]
    [InlineData("fr", "Un drone a frappé Soumy. Les blessés, plus de 30, ont été hospitalisés.", "injured 30 more_than")]
    [InlineData("ru", "Раненых, более 30, доставили в больницы Сум.", "injured 30 more_than")]
    [InlineData("en", "A drone hit Sumy. The wounded, more than 30, were taken to hospitals.", "injured 30 more_than")]
    // Negatives: a count with a reading of its own keeps it; a count of things between commas is none.
    [InlineData("es", "Murieron tres personas, 12 en la capital, según fuentes.", "killed 3; killed 12")]
    [InlineData("es", "Los heridos, 30 años después, recuerdan el ataque.", "")]
    public void ACountApposedToTheVictimsRestatesThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Data: ar "حتف*" (met their death) far from "لقي": "لقي ستة أشخاص حتفهم".
    [InlineData("ar", "لقي ستة مدنيين حتفهم في قصف على مدينة خاركيف.", "killed 6")]
    [InlineData("ar", "لقي رجلان حتفهما وأصيب ثلاثة آخرون.", "killed 2; injured 3")]
    public void MetTheirDeathFarFromTheVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count of weapons is no count of victims: "two of the missiles" with their killing verb, or an Arabic dual.
    [InlineData("ru", "Три из ракет убили шесть человек в Харькове.", "killed 6")]
    [InlineData("uk", "Три з ракет убили шістьох людей у Харкові.", "killed 6")]
    [InlineData("de", "Drei der Raketen töteten sechs Menschen in Charkiw.", "killed 6")]
    [InlineData("ar", "قتل صاروخان روسيان من طراز إسكندر في خاركيف.", "")]
    // Negatives: a part of the victims stays; weapons a part of which was downed stay.
    [InlineData("ru", "Двое из раненых скончались в больнице.", "killed 2")]
    [InlineData("en", "Three of the missiles killed six people in Kharkiv.", "killed 6")]
    public void ACountOfWeaponsIsNoCountOfVictims(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A casualty word with a dash and a count after it labels that count; it is no participle set off after the count before.
    [InlineData("uk", "Загиблих унаслідок удару по Сумах — четверо, поранених — 31.", "killed 4; injured 31")]
    [InlineData("ru", "Погибших — четверо, раненых — 31.", "killed 4; injured 31")]
    [InlineData("ru", "Погибших — четверо, раненых: 31.", "killed 4; injured 31")]
    // Negative: a participle set off after people, with its own phrase, still reads (the twenty-sixth session's class).
    [InlineData("ru", "Журналисты установили имена 3200 защитников, погибших в боях за город.", "killed 3200")]
    public void ALabelBeforeADashIsTheNextCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "All … downed" in a clause of its own after the launch's comma or semicolon, with its subject, downs every item launched.
    [InlineData("fr", "La Russie a lancé 38 drones et trois missiles sur l'Ukraine ; la défense aérienne les a tous interceptés.", "drones_launched 38; missiles_launched 3; drones_downed 38; missiles_downed 3")]
    [InlineData("en", "Russia launched 38 drones and three missiles overnight; all were shot down.", "drones_launched 38; missiles_launched 3; drones_downed 38; missiles_downed 3")]
    // Negatives: a downed count of its own stays; "all" of something else downs nothing.
    [InlineData("en", "Russia launched 38 drones and three missiles overnight; 30 drones were shot down.", "drones_launched 38; missiles_launched 3; drones_downed 30")]
    [InlineData("fr", "La Russie a lancé 38 drones sur des villes où tous les habitants ont été évacués.", "drones_launched 38")]
    public void AllDownedInAClauseOfItsOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
