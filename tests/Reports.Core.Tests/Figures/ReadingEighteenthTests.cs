namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the eighteenth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these tests,
/// never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingEighteenthTests
{
    [Theory]
    // A span of quiet before the count ("after ten days of calm") is no period the count covers.
    [InlineData("es", "Tras diez días de calma, cinco personas murieron en un ataque con drones en El Fasher.", "killed 5 event")]
    [InlineData("fr", "Après une dizaine de jours de calme, trois civils ont été tués à Khartoum.", "killed 3 event")]
    [InlineData("fr", "Après dix jours d'accalmie, cinq personnes ont été tuées à Khartoum.", "killed 5 event")]
    [InlineData("ru", "После десяти дней затишья два человека погибли при обстреле Херсона.", "killed 2 event")]
    [InlineData("uk", "Після семи днів відносного затишшя троє людей загинули внаслідок обстрілу Херсона.", "killed 3 event")]
    [InlineData("de", "Nach zehn Tagen relativer Ruhe sind bei einem Luftangriff im Libanon fünf Menschen getötet worden.", "killed 5 event")]
    [InlineData("ar", "وبعد 10 أيام من الهدوء الحذر، قتل أربعة مدنيين في قصف مدفعي على مدينة الأبيض.", "killed 4 event")]
    // Negatives: a span of fighting or of days alone still frames the count's period.
    [InlineData("es", "En diez días de combates murieron 50 personas en El Fasher.", "killed 50 cumulative")]
    [InlineData("fr", "En dix jours, 50 personnes ont été tuées à Khartoum.", "killed 50 cumulative")]
    [InlineData("ru", "За десять дней погибли 50 человек.", "killed 50 cumulative")]
    [InlineData("de", "In zehn Tagen wurden im Libanon 50 Menschen getötet.", "killed 50 cumulative")]
    public void ASpanOfCalmBeforeTheCount_IsNoPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A word of making right after another weapon's noun is that weapon's origin, not the predicate of the count after it.
    [InlineData("ru", "Средствами ПВО сбиты шесть ракет ATACMS американского производства и 35 беспилотных летательных аппаратов.", "missiles_downed 6; drones_downed 35")]
    [InlineData("ru", "Средства ПВО перехватили четыре крылатые ракеты Storm Shadow британского производства и 12 беспилотников самолетного типа.", "missiles_downed 4; drones_downed 12")]
    [InlineData("ru", "Над Белгородской областью сбиты три ракеты HIMARS американского производства и 20 беспилотников.", "missiles_downed 3; drones_downed 20")]
    // Negatives: a word of making as the predicate of the count still makes no figure; one after the count's own noun too.
    [InlineData("ru", "Завод произвел 300 беспилотников и 20 ракет.", "")]
    [InlineData("ru", "Силами ПВО уничтожены 15 беспилотников иностранного производства.", "drones_downed 15")]
    [InlineData("ru", "В прошлом году сбиты три ракеты, а производство 500 беспилотников выросло.", "missiles_downed 3")]
    public void AWordOfMakingAfterAWeaponsNoun_IsItsOrigin(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "All … downed" reported after the launch by a verb of saying counts as many downed as launched.
    [InlineData("es", "El Ejército ruso lanzó ocho drones contra la región de Odesa durante la madrugada, según el mando militar, que precisó en un comunicado publicado en Telegram que todos fueron derribados.", "drones_launched 8; drones_downed 8")]
    [InlineData("es", "Las fuerzas rusas lanzaron 12 drones contra Jersón, según informó la administración militar, que aseguró que todos fueron derribados.", "drones_launched 12; drones_downed 12")]
    [InlineData("fr", "Les rebelles houthis ont tiré trois missiles balistiques vers Israël, a indiqué l'armée israélienne, précisant que tous ont été interceptés.", "missiles_launched 3; missiles_downed 3")]
    [InlineData("de", "Russland griff in der Nacht mit 15 Drohnen an, teilte die Luftwaffe mit, alle seien abgeschossen worden.", "drones_launched 15; drones_downed 15")]
    // Negatives: "all" of something else, no verb of saying, or another count on the way downs nothing.
    [InlineData("es", "Rusia lanzó 12 drones contra Jersón, informó el gobernador, que aseguró que todos los vecinos están a salvo.", "drones_launched 12")]
    [InlineData("es", "Rusia lanzó 12 drones contra Jersón, cuyos habitantes creen que todos fueron derribados.", "drones_launched 12")]
    [InlineData("es", "Rusia lanzó 30 drones, de los cuales 25 fueron derribados, según la Fuerza Aérea, que aseguró que todos los misiles fueron interceptados.", "drones_launched 30; drones_downed 25")]
    public void AllDownedReportedAfterTheLaunch_DownsTheLaunchedCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A verb of exceeding qualifies its number as "more than" across an attribution or an adverb.
    [InlineData("de", "Die Zahl der im Gaza-Krieg getöteten Palästinenser übersteigt nach Angaben der Gesundheitsbehörde inzwischen 43.000.", "killed 43000 more_than")]
    [InlineData("de", "Die Zahl der Verletzten übersteigt seit Beginn der Offensive 500.", "injured 500 more_than")]
    [InlineData("es", "El número de muertos supera ya, según el Ministerio de Sanidad, los 3.500.", "killed 3500 more_than")]
    [InlineData("fr", "Le bilan dépasse désormais, selon le ministère de la santé, les 3 000 morts.", "killed 3000 more_than")]
    [InlineData("ru", "Число погибших превысило, по данным минздрава, 3 тысячи человек.", "killed 3000 more_than")]
    // Negatives: "über" as a preposition, a verb of exceeding with another clause and number, a rise stay exact.
    [InlineData("de", "Die Zahl der Toten ist über Nacht auf 40 gestiegen.", "killed 40 exact")]
    [InlineData("de", "Die Zahl der Toten übersteigt die der Verletzten; 40 Menschen starben.", "killed 40 exact")]
    [InlineData("es", "El número de muertos superó al de heridos: 12 personas murieron y 3 resultaron heridas.", "killed 12 exact; injured 3 exact")]
    public void AVerbOfExceeding_QualifiesItsNumberAcrossAnAttribution(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A building's collapse in an article that names a strike is its aftermath, no accident.
    [InlineData("de", "Russland griff mit 40 Drohnen an. Ein Hochhaus in Dnipro wurde getroffen. Nach dem Einsturz des Gebäudes haben Rettungskräfte vier Leichen geborgen.", "drones_launched 40; killed 4")]
    [InlineData("ru", "Ракета попала в жилой дом в Полтаве. После обрушения подъезда из-под завалов извлекли тела семи человек.", "killed 7")]
    [InlineData("es", "Un misil impactó en un edificio de Dnipro. Tras el derrumbe, los rescatistas hallaron cinco cuerpos.", "killed 5")]
    // Negatives: a collapse in an article of no attack is an accident; other accidents stay accidents beside a strike.
    [InlineData("de", "Beim Einsturz eines Wohnhauses in Kairo sind drei Menschen ums Leben gekommen.", "")]
    [InlineData("ru", "Обрушение жилого дома в Махачкале унесло жизни трех человек.", "")]
    [InlineData("de", "Russland griff mit 40 Drohnen an. Bei einem Verkehrsunfall in Kiew starben zwei Menschen.", "drones_launched 40")]
    public void ACollapseAfterAStrike_IsNoAccident(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Weapons that did not reach their target were lost: downed.
    [InlineData("de", "Russland griff mit 78 Kampfdrohnen an. Die Flugabwehr habe 49 davon abgeschossen, 27 weitere hätten ihr Ziel nicht erreicht.", "drones_launched 78; drones_downed 49; drones_downed 27")]
    [InlineData("de", "Von 30 gestarteten Drohnen wurden 22 abgeschossen, acht weitere erreichten ihr Ziel nicht.", "drones_launched 30; drones_downed 22; drones_downed 8")]
    [InlineData("ru", "Из 40 запущенных беспилотников 30 сбиты, еще 10 не достигли цели.", "drones_launched 40; drones_downed 30; drones_downed 10")]
    [InlineData("es", "De los 50 drones, 40 fueron derribados y 10 no alcanzaron su objetivo.", "drones_launched 50; drones_downed 40; drones_downed 10")]
    [InlineData("fr", "Sur les 50 drones, 40 ont été abattus et 10 n'ont pas atteint leur cible.", "drones_launched 50; drones_downed 40; drones_downed 10")]
    // Negatives: weapons that reached their targets hit; they are no downed figure.
    [InlineData("ru", "Из 40 запущенных беспилотников 30 сбиты, еще 10 достигли цели.", "drones_launched 40; drones_downed 30")]
    public void WeaponsThatDidNotReachTheirTarget_AreDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Arabic: a weapon noun right before the article glued to the digits ("المسيرات الـ12", the 12 drones) is the number's.
    [InlineData("ar", "أعلن الجيش الروسي أن الدفاعات الجوية أسقطت جميع الطائرات المسيرة الـ25 التي أطلقتها أوكرانيا خلال الليل.", "drones_downed 25; drones_launched 25")]
    [InlineData("ar", "قالت وزارة الدفاع إنها أسقطت جميع المسيرات الـ12 فوق منطقة بيلغورود.", "drones_downed 12; drones_launched 12")]
    [InlineData("ar", "أسقطت الدفاعات الجوية الطائرات المسيرة الـ25.", "drones_downed 25")]
    // Negatives: an hour span with its article is no weapon count; a number after a noun without the article is not taken.
    [InlineData("ar", "أسقطت الدفاعات خلال الساعات الـ24 الماضية 30 مسيرة.", "drones_downed 30")]
    [InlineData("ar", "أسقطت الدفاعات الجوية المسيرات فوق 7 مقاطعات.", "")]
    public void AnArabicWeaponNounBeforeItsDefiniteNumber_IsItsNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // German regions and single time units after a number are no counts ("über acht Regionen", "nach einer Woche").
    [InlineData("de", "Die russische Luftabwehr hat in der Nacht 36 ukrainische Drohnen über acht Regionen abgefangen und zerstört.", "drones_downed 36")]
    [InlineData("de", "Nach einer Woche der Ruhe wurden zwei Menschen bei einem Angriff in Cherson getötet.", "killed 2")]
    // Negative: "über" before a count of drones is still "more than".
    [InlineData("de", "Die Luftabwehr hat über 30 Drohnen abgefangen.", "drones_downed 30 more_than")]
    // Arabic "dead and wounded" with the article is one combined number; Ukrainian "однієї" is one.
    [InlineData("ar", "سقط عشرات القتلى والجرحى في قصف مدفعي على سوق في أم درمان.", "casualties 10 at_least")]
    [InlineData("ar", "أدى القصف إلى سقوط عشرات الشهداء والجرحى.", "casualties 10 at_least")]
    [InlineData("uk", "Відомо про загибель однієї людини, ще двоє поранені.", "killed 1; injured 2")]
    // Negatives: killed and wounded counted apart stay apart.
    [InlineData("ar", "سقط عشرة قتلى و20 جريحا في قصف على سوق في أم درمان.", "killed 10; injured 20")]
    public void RegionsWeeksCombinedVictimsAndOne_AreReadAsTheyAre(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
