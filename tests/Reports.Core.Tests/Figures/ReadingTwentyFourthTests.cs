namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-fourth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyFourthTests
{
    [Theory]
    // A time in a concessive phrase after the count ("despite the ceasefire in force since …") dates the thing conceded.
    [InlineData("en", "Four people were killed in Israeli strikes on the south of Lebanon despite the truce that has held since 27 November.", "killed 4 event")]
    [InlineData("fr", "Trois personnes ont été tuées par des frappes israéliennes dans le sud du Liban malgré la trêve en vigueur depuis le 27 novembre.", "killed 3 event")]
    [InlineData("es", "Cuatro personas murieron en bombardeos israelíes en el sur del Líbano, a pesar de la tregua vigente desde el 27 de noviembre.", "killed 4 event")]
    [InlineData("de", "Drei Menschen wurden bei israelischen Luftangriffen im Süden des Libanon getötet, trotz der seit dem 27. November geltenden Feuerpause.", "killed 3 event")]
    [InlineData("ru", "Четыре человека погибли при израильских ударах по югу Ливана, несмотря на режим прекращения огня, действующий с 27 ноября.", "killed 4 event")]
    [InlineData("uk", "Троє людей загинули через ізраїльські удари по півдню Лівану попри перемир'я, яке діє з 27 листопада.", "killed 3 event")]
    [InlineData("ar", "قتل أربعة أشخاص في غارات إسرائيلية على جنوب لبنان رغم الهدنة السارية منذ 27 نوفمبر.", "killed 4 event")]
    [InlineData("id", "Empat orang tewas dalam serangan Israel di Lebanon selatan, meskipun gencatan senjata berlaku sejak 27 November.", "killed 4 event")]
    [InlineData("vi", "Bốn người thiệt mạng trong các cuộc không kích của Israel ở miền nam Liban, bất chấp lệnh ngừng bắn có hiệu lực kể từ ngày 27/11.", "killed 4 event")]
    [InlineData("fa", "چهار نفر در حملات اسرائیل به جنوب لبنان کشته شدند، با وجود آتش‌بسی که از ۲۷ نوامبر برقرار است.", "killed 4 event")]
    // Negatives: a running total whose own time stands outside the concessive phrase, or after it, stays one.
    [InlineData("en", "Despite the truce, 120 people have been killed in southern Lebanon since 27 November.", "killed 120 cumulative")]
    [InlineData("es", "Pese a la tregua, desde el 27 de noviembre han muerto 120 personas en el sur del Líbano.", "killed 120 cumulative")]
    [InlineData("fr", "Depuis le 27 novembre, malgré la trêve, 120 personnes ont été tuées dans le sud du Liban.", "killed 120 cumulative")]
    public void ConcessivePhrase_TimeIsNotTheCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "of them" right before a count, after its clause's own downing verb and that verb's subject (verb-first Arabic): the
    // part downed; the verb is no verb of the whole before it.
    [InlineData("ar", "أطلقت روسيا 80 طائرة مسيرة خلال الليل، أسقطت الدفاعات الأوكرانية منها 60.", "drones_launched 80; drones_downed 60")]
    [InlineData("ar", "شنت القوات الروسية هجوما بـ70 طائرة مسيرة، أسقطت الدفاعات الجوية منها 50.", "drones_launched 70; drones_downed 50")]
    [InlineData("ar", "أطلقت روسيا 90 طائرة مسيرة، أسقط منها 70.", "drones_launched 90; drones_downed 70")]
    // Negatives: a part with no verb of its own counts as the whole; a verb after a comma stays the part's own clause's.
    [InlineData("ar", "أطلقت روسيا 60 طائرة مسيرة، منها 20 من طراز شاهد.", "drones_launched 60; drones_launched 20")]
    public void OfThemAfterAVerbFirstClausesSubject_IsThePartsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Nouns of destroying weapons, and the last day as an event time.
    [InlineData("de", "Das Ministerium meldete die Zerstörung von 40 ukrainischen Drohnen.", "drones_downed 40")]
    [InlineData("en", "The ministry reported the destruction of 40 Ukrainian drones over the border regions.", "drones_downed 40")]
    // Negatives: destruction of things no figure counts.
    [InlineData("de", "Die Armee meldete die Zerstörung von 40 Häusern.", "")]
    [InlineData("en", "The strike caused the destruction of 40 homes.", "")]
    public void DestructionNouns_DownWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "L'armée russe a perdu environ 1 300 soldats au cours de la dernière journée, selon l'état-major ukrainien.", "casualties 1300 event")]
    [InlineData("fr", "L'armée russe a perdu environ 1 300 soldats dans la journée écoulée.", "casualties 1300 event")]
    // Negative: a running total stays one.
    [InlineData("fr", "L'armée russe a perdu environ 700 000 soldats depuis le début de l'invasion.", "casualties 700000 cumulative")]
    public void TheLastDay_IsAnEventTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A part whose own day stands between "including" and a dash before its count is that day's event.
    [InlineData("uk", "Загальні втрати ворога з початку вторгнення склали близько 740 000 осіб, зокрема за минулу добу — 1310 осіб.", "casualties 740000 cumulative; casualties 1310 event")]
    [InlineData("ru", "Потери противника с начала вторжения составили около 740 тысяч человек, в том числе за минувшие сутки — 1310.", "casualties 740000 cumulative; casualties 1310 event")]
    // Negative: a part with no day of its own keeps the whole's time.
    [InlineData("uk", "З початку вторгнення загинули понад 600 дітей, зокрема 40 у Харкові.", "killed 600 cumulative; killed 40 cumulative")]
    public void APartWithItsOwnDayBeforeADash_IsThatDays(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A perfect tense's auxiliary before "perdido la vida" ("han perdido" also loses drones).
    [InlineData("es", "Al menos quince personas han resultado heridas y cuatro han perdido la vida en el ataque.", "injured 15 at_least; killed 4")]
    [InlineData("es", "Tres civiles han perdido la vida en el bombardeo.", "killed 3")]
    // Negative: drones lost stay drones downed.
    [InlineData("es", "Las fuerzas rusas han perdido 20 drones sobre la región.", "drones_downed 20")]
    public void PerfectLossOfLife_IsKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // German "ein Krankenhaus", "eine Klinik" (an article before a hospital, the target) count no one injured.
    [InlineData("de", "Bei einem Luftangriff auf ein Krankenhaus in Gaza-Stadt wurden zwölf Menschen getötet.", "killed 12")]
    [InlineData("de", "Bei einem Drohnenangriff auf eine Klinik in Omdurman sind 15 Menschen getötet und 30 verletzt worden.", "killed 15; injured 30")]
    // Negatives: people in hospital are still injured.
    [InlineData("de", "Bei dem Angriff wurden neun Menschen getötet, 14 liegen im Krankenhaus.", "killed 9; injured 14")]
    [InlineData("de", "Drei Menschen wurden getötet, 20 wurden ins Krankenhaus gebracht.", "killed 3; injured 20")]
    public void AnArticleBeforeAHospital_CountsNoInjured(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // After a launch and a comma, a downing verb with "all" right after it downs every weapon launched.
    [InlineData("ar", "أطلقت جماعة الحوثي خمس طائرات مسيرة باتجاه إيلات، وأسقطتها جميعا الدفاعات الإسرائيلية.", "drones_launched 5; drones_downed 5")]
    [InlineData("ar", "أطلق حزب الله ثلاثة صواريخ نحو الجليل، واعترضتها جميعا القبة الحديدية.", "missiles_launched 3; missiles_downed 3")]
    // Negative: "all" going on with another phrase is no "all of them".
    [InlineData("en", "Hezbollah launched six drones at the Galilee, intercepted all along the border, the army said.", "drones_launched 6")]
    public void ADowningVerbWithAllAfterALaunch_DownsEveryWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A date between the people counted and their clause-final verb is no count on the way.
    [InlineData("de", "Vier Menschen wurden am 2. Dezember bei russischen Drohnenangriffen auf Cherson getötet.", "killed 4")]
    [InlineData("de", "Sechs Menschen wurden trotz der seit dem 27. November geltenden Feuerpause bei Angriffen im Südlibanon getötet.", "killed 6")]
    [InlineData("ru", "Трое мирных жителей 3 декабря погибли при обстреле Донецка.", "killed 3")]
    // Negative: a count of a unit stays no figure.
    [InlineData("de", "Vier Menschen wurden am 2. Dezember aus 30 Häusern evakuiert.", "")]
    public void ADateBetweenPeopleAndTheirVerb_IsPassedOver(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
