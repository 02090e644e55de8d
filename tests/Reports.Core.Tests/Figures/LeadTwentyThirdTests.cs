namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-third session, written for these tests (no evaluation text): an attack word inside a weapon's name ("attack
/// drones", "drones d'attaque", "drones de ataque") names no single attack, so a month's tally of drones and missiles
/// stays that month's running total (the missiles took the event scope from "attack", and the drones took it from
/// them by coordination); an article ("un", "a", "một") after a casualty figure is no item of it unless people follow
/// it ("…, según un informe mensual" read one more killed).
/// </summary>
public sealed class LeadTwentyThirdTests
{
    [Theory]
    [InlineData("en", "Russia launched 5,800 attack drones and 160 missiles against Ukrainian cities in October.", "drones_launched 5800 cumulative; missiles_launched 160 cumulative")]
    [InlineData("en", "Russia launched nearly 5,800 strike drones and more than 160 missiles during October.", "drones_launched 5800 cumulative; missiles_launched 160 cumulative")]
    [InlineData("es", "Rusia lanzó 5.800 drones de ataque y 160 misiles contra Ucrania en octubre.", "drones_launched 5800 cumulative; missiles_launched 160 cumulative")]
    [InlineData("fr", "La Russie a lancé 5800 drones d'attaque et 160 missiles contre l'Ukraine en octobre.", "drones_launched 5800 cumulative; missiles_launched 160 cumulative")]
    // Negatives: an attack named on its own is one attack, whatever the month.
    [InlineData("en", "Five people were killed in a drone attack on a market in Kherson in October.", "killed 5 event")]
    [InlineData("en", "Russia launched 12 drones and three missiles in an attack on Odesa in October.", "drones_launched 12 event; missiles_launched 3 event")]
    public void AnAttackWordInsideAWeaponsNameIsNoAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "Al menos 250 civiles murieron en octubre, según un informe mensual de la ONU.", "killed 250 at_least")]
    [InlineData("vi", "Theo một báo cáo hàng tháng, ít nhất 250 dân thường thiệt mạng trong tháng 10.", "killed 250 at_least")]
    // Negatives: an article before people is one of them.
    [InlineData("es", "Murieron cinco hombres y una mujer en el bombardeo.", "killed 5; killed 1")]
    public void AnArticleAfterACasualtyFigureCountsOnlyPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "An Israeli drone strike on a car killed two people on Sunday.\n\nYou might also like:\n- Hezbollah says 5 fighters killed\n- 12 dead as storm floods camps", "killed 2")]
    [InlineData("id", "Serangan udara menewaskan dua orang pada Minggu.\n\nBerita lainnya:\nSerangan Israel tewaskan 5 orang di Gaza", "killed 2")]
    [InlineData("es", "Un bombardeo mató a dos personas el domingo.\n\nNoticias relacionadas\nAl menos 40 muertos en un ataque en Jartum", "killed 2")]
    [InlineData("de", "Bei einem Angriff wurden am Sonntag zwei Menschen getötet.\n\nDas könnte Sie auch interessieren:\nFünf Tote bei Angriff auf Charkiw", "killed 2")]
    // Negative: the same words inside a sentence of the article are no link header.
    [InlineData("en", "Two people were killed on Sunday. More like this are expected, and 5 were killed in Odesa on Monday.", "killed 2; killed 5")]
    public void ALinkHeaderLeavesTheLinkedHeadlinesOut(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "40 إصابة بين قتيل وجريح في قصف على مدينة سومي", "casualties 40")]
    [InlineData("ar", "خلّف القصف 25 إصابات بين شهيد وجريح في خان يونس", "casualties 25")]
    // Negative: an injury count alone stays injured.
    [InlineData("ar", "أسفر القصف عن 40 إصابة في مدينة سومي", "injured 40")]
    public void InjuriesBetweenKilledAndWoundedAreCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Of the 80 drones Russia launched overnight, including 15 jet-powered Geran-3s, 61 were shot down.", "drones_launched 80; drones_launched 15; drones_downed 61")]
    [InlineData("en", "Russia fired 80 drones, including 15 Geran-3s, and 61 were shot down.", "drones_launched 80; drones_launched 15; drones_downed 61")]
    [InlineData("es", "Rusia lanzó 80 drones, incluidos 15 Geran-3, y 61 fueron derribados.", "drones_launched 80; drones_launched 15; drones_downed 61")]
    // Negatives: a part of a downed figure stays downed; a part with its own verb inside the aside keeps it.
    [InlineData("en", "Air defence shot down 61 drones, including 15 Geran-3s, over ten regions.", "drones_downed 61; drones_downed 15")]
    public void AWeaponsPartSetOffAfterIncludingIsThePartOfTheFigureBeforeIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "More than 9,000 civilians have been killed in the region since 2022. Around 400 of them were children.", "killed 9000 cumulative; killed 400 cumulative")]
    [InlineData("fr", "Plus de 9000 civils ont été tués dans la région depuis 2022. Environ 400 d'entre eux étaient des enfants.", "killed 9000 cumulative; killed 400 cumulative")]
    [InlineData("es", "Más de 9.000 civiles han muerto en la región desde 2022. Unos 400 de ellos eran niños.", "killed 9000 cumulative; killed 400 cumulative")]
    [InlineData("de", "Mehr als 9.000 Zivilisten wurden seit 2022 in der Region getötet. Rund 400 von ihnen waren Kinder.", "killed 9000 cumulative; killed 400 cumulative")]
    [InlineData("vi", "Hơn 9.000 dân thường đã thiệt mạng trong khu vực kể từ năm 2022. Khoảng 400 người trong số đó là trẻ em.", "killed 9000 cumulative; killed 400 cumulative")]
    // Negatives: a part with its own casualty verb keeps it; "of" before a number is no part of the victims.
    [InlineData("en", "Three of its fighters were killed in the south on Sunday. Two of its soldiers were wounded in the north.", "killed 3 event; injured 2 event")]
    [InlineData("en", "Five people were killed in the strike on Sunday. Three of the 12 buildings hit were schools.", "killed 5 event")]
    public void OfThemAfterACountInTheNextSentenceIsAPartOfTheCasualtyFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("ar", "قتلت هجمات الحوثيين على السفن التجارية 40 بحارا منذ نوفمبر 2023.", "killed 40")]
    [InlineData("ar", "قتلت الغارات الإسرائيلية على جنوب لبنان 12 شخصا يوم الأحد.", "killed 12")]
    // Negative: a count of people acted upon otherwise after a fronted killing verb and its object is no casualty.
    [InlineData("ar", "قتلت القوات رجلا واعتقلت 40 شخصا في المدينة.", "")]
    public void AFrontedKillingVerbBeforeItsSubjectGovernsTheCountAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
