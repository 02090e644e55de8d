namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the thirty-second session's probe articles in ru, uk, ar, fr, es, de (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingThirtySecondTests
{
    [Theory]
    // A casualty participle after a comma whose phrase is long, holds a people word that counts nothing ("по пожарному
    // расчету"), or opens with a preposition that is a word of its own ("внаслідок") is the people's predicate.
    [InlineData("ru", "В Белгороде простились с двумя сотрудниками МЧС, погибшими при повторном ударе беспилотника по пожарному расчету в воскресенье.", "killed 2")]
    [InlineData("ru", "В Курске простились с тремя сотрудниками энергокомпании, погибшими в результате удара украинского беспилотника по автомобилю аварийной бригады в четверг вечером.", "killed 3")]
    [InlineData("uk", "У Харкові попрощалися з двома рятувальниками ДСНС, загиблими внаслідок повторного удару російського дрона по пожежному розрахунку у четвер.", "killed 2")]
    // Negatives: a count inside the phrase, or a denial, leaves the participle to itself.
    // Media workers are people (ru, uk data people "корреспондент*", "фотограф*", "репортер*").
    [InlineData("ru", "Похоронили двух корреспондентов местного телеканала, погибших при ударе дрона по съемочной группе в пятницу днем.", "killed 2")]
    [InlineData("uk", "Під час обстрілу загинули двоє кореспондентів, ще один фотограф поранений.", "killed 2; injured 1")]
    [InlineData("ru", "Эвакуировали 30 человек, погибших нет.", "")]
    public void ALongParticiplePhraseAfterItsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Weapons stored in a struck depot are a stock, no figure (data supplied: "зберігалися", "хранились").
    [InlineData("uk", "Сили оборони уразили склад, де зберігалися понад 300 дронів «Шахед».", "")]
    [InlineData("ru", "ВСУ ударили по складу, где хранились около 200 беспилотников.", "")]
    // Negative: the downed drones of the same sentence shape stay downed.
    [InlineData("uk", "Сили оборони збили над областю понад 30 дронів «Шахед».", "drones_downed 30 more_than")]
    public void StoredWeaponsAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Victims (data victims) counted beside the wounded, with no dead, are the dead.
    [InlineData("fr", "Les victimes de la frappe sont désormais au nombre de sept, tandis que 38 personnes ont été blessées.", "killed 7; injured 38")]
    [InlineData("de", "Nach dem Angriff stieg die Zahl der Opfer auf neun, 40 Menschen wurden verletzt.", "killed 9; injured 40")]
    [InlineData("es", "Las víctimas del ataque ascienden a once, mientras que otras 30 personas resultaron heridas.", "killed 11; injured 30")]
    [InlineData("ar", "ارتفع عدد الضحايا إلى 12 فيما أصيب 40 آخرون بجروح.", "killed 12; injured 40")]
    // Negatives: victims alone, or with the wounded as their part, stay a combined count.
    [InlineData("fr", "La frappe a fait 40 victimes.", "casualties 40")]
    [InlineData("fr", "La frappe a fait 40 victimes, dont 12 blessés.", "casualties 40; injured 12")]
    public void VictimsBesideTheWounded(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Arabic "one of" (data numbers.oneOf) before its group (a definite noun or a people word) counts one.
    [InlineData("ar", "قتل أحد المصورين العاملين مع وكالة محلية وأصيب اثنان من زملائه في غارة إسرائيلية.", "killed 1; injured 2")]
    [InlineData("ar", "استشهد أحد عناصر الدفاع المدني وأصيب ثلاثة مسعفين في قصف إسرائيلي.", "killed 1; injured 3")]
    [InlineData("ar", "أعلن الجيش مقتل أحد جنوده وإصابة أربعة آخرين بجروح خطيرة.", "killed 1; injured 4")]
    // Negatives: "nobody" and the weekday count nothing.
    [InlineData("ar", "سقط صاروخ في أحد الأحياء ولم يصب أحد بأذى.", "")]
    [InlineData("ar", "وقع الهجوم يوم الأحد ولم يصب أحد.", "")]
    public void ArabicOneOf(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A separable verb whose particle (data verbParticles) ends the clause is the verb its particle and stem make together
    // ("wehrte … ab" is "abwehrte", "fängt … ab" "abfängt", "schoss … ab" "abschoss").
    [InlineData("de", "Die Luftabwehr wehrte in der Nacht 40 Drohnen ab, teilte die Luftwaffe mit.", "drones_downed 40")]
    [InlineData("de", "Die Luftabwehr wehrt 40 Drohnen ab.", "drones_downed 40")]
    [InlineData("de", "Die Flugabwehr fängt 25 Drohnen über Moskau ab.", "drones_downed 25")]
    [InlineData("de", "Die Flugabwehr schoss 30 Drohnen über Brjansk ab und weitere 12 über Kursk.", "drones_downed 30; drones_downed 12")]
    [InlineData("de", "Russland feuerte in der Nacht 30 Drohnen auf die Ukraine ab.", "drones_launched 30")]
    // Negative: the stem without its particle downs nothing ("schoss 12 Raketen auf Kiew" fired them).
    [InlineData("de", "Russland schoss in der Nacht 12 Raketen auf Kiew.", "missiles_launched 12")]
    public void GermanSeparableVerbs(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
