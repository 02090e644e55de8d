namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-eighth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyEighthTests
{
    [Theory]
    // A losing verb before a time phrase whose modifier follows its noun ("الساعات الـ24 الماضية", the article split from
    // the digits), or a losing word that is also a connective ("فقدت") before the time, loses the people counted after it.
    [InlineData("ar", "أعلنت الوزارة أن القوات الأوكرانية خسرت خلال الساعات الـ24 الماضية نحو 1200 عسكري.", "casualties 1200 about")]
    [InlineData("ar", "قالت الأركان إن روسيا فقدت خلال اليوم الماضي نحو 1300 جندي.", "casualties 1300 about")]
    [InlineData("es", "Rusia perdió en las últimas 24 horas 1.520 soldados.", "casualties 1520")]
    // A lone scale and a smaller number after a connector are one number ("مليون و120 ألف", a million and 120 thousand).
    [InlineData("ar", "قالت الأركان إن روسيا فقدت نحو مليون و120 ألف جندي منذ بداية الحرب.", "casualties 1120000 about")]
    // Negatives: the time phrase alone loses nothing; a thing lost is no people.
    [InlineData("ar", "فقدت المدينة خلال اليوم الماضي نحو 300 منزل.", "")]
    public void ALossOverATimePhraseWhoseModifierFollows(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count after a running total, followed by a dash and a time of one event that closes its clause, is that day's.
    [InlineData("uk", "Загальні бойові втрати противника з 24.02.22 орієнтовно склали близько 1 040 000 осіб, у тому числі 1 010 — за минулу добу.", "casualties 1040000 cumulative; casualties 1010 event")]
    [InlineData("ru", "Общие потери противника с начала операции составили около 990 000 человек, из них 1 120 — за последние сутки.", "casualties 990000 cumulative; casualties 1120 event")]
    // Negative: the total alone stays a running total.
    [InlineData("uk", "Загальні бойові втрати противника з 24.02.22 орієнтовно склали близько 1 040 000 осіб.", "casualties 1040000 cumulative")]
    public void ADaysPartOfATotalNamedAfterItsDash(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A count noun opening a parenthesis right after a figure gives that figure's earlier value, not a running total; the
    // count after the parenthesis keeps the event too.
    [InlineData("es", "El bombardeo dejó 19 muertos (la cifra provisional era de 8) y 30 heridos.", "killed 19 event; killed 8 event; injured 30 event")]
    [InlineData("fr", "La frappe a fait 19 morts (le bilan provisoire était de 8) et 30 blessés.", "killed 19 event; killed 8 event; injured 30 event")]
    // Negative: a running total in a sentence of its own stays one.
    [InlineData("es", "El bombardeo dejó 19 muertos. Con ellos, la cifra total desde enero asciende a 400.", "killed 19 event; killed 400 cumulative")]
    public void AParenthesisedEarlierValueKeepsTheFiguresTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "All" beside a pronoun (data `allPronouns`) with a downing verb downs all the weapons launched before.
    [InlineData("de", "Russland griff in der Nacht mit 52 Drohnen an. Die Flugabwehr schoss sie alle ab.", "drones_launched 52; drones_downed 52")]
    [InlineData("uk", "Вночі ворог запустив 35 дронів; сили ППО збили їх усі.", "drones_launched 35; drones_downed 35")]
    [InlineData("ru", "Противник запустил 20 беспилотников, средства ПВО сбили их все.", "drones_launched 20; drones_downed 20")]
    [InlineData("en", "Russia launched 30 drones overnight; air defences destroyed them all.", "drones_launched 30; drones_downed 30")]
    // A separable verb's particle after a bare count (data `verbParticles`) leaves the count the verb's.
    [InlineData("de", "Russland feuerte sechs Raketen ab; die Luftabwehr fing vier ab.", "missiles_launched 6; missiles_downed 4")]
    [InlineData("de", "Russland feuerte sechs Raketen ab; die Luftabwehr fing alle sechs ab.", "missiles_launched 6; missiles_downed 6")]
    // Negatives: no launched count before, or no downing verb, gives nothing.
    [InlineData("de", "Die Flugabwehr schoss sie alle ab.", "")]
    [InlineData("ru", "Противник запустил 20 беспилотников, их все видели жители.", "drones_launched 20")]
    public void AllOfThemDownedAreAllLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A singular noun of one victim (data `singleVictims`) opening its clause before "and" and a casualty count is one.
    [InlineData("ar", "في جنين: شهيد و5 إصابات برصاص الاحتلال.", "killed 1; injured 5")]
    [InlineData("ar", "شهيد و3 جرحى في قصف على خان يونس.", "killed 1; injured 3")]
    // Negative: a martyr with no count beside him is no figure.
    [InlineData("ar", "تشييع شهيد في نابلس.", "")]
    public void ASingleVictimNounBesideACount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Toll verbs with an adverb (data `tollVerbs`: es "ascienden ya a", fr "s'élèvent désormais à").
    [InlineData("es", "Los fallecidos por el ataque contra el edificio ascienden ya a 23.", "killed 23")]
    [InlineData("fr", "Les morts s'élèvent désormais à 9, et 27 personnes ont été blessées.", "killed 9; injured 27")]
    [InlineData("fr", "Les blessés s'élèvent désormais à 40.", "injured 40")]
    // A toll's value before the toll after a preposition (data `tollPrepositions`: es "en").
    [InlineData("es", "El ministerio cifró en 640 el número de heridos.", "injured 640")]
    // "plus d'un million", "près d'un million": the qualifier swallows the article's "one".
    [InlineData("fr", "La Russie a perdu près d'un million de soldats depuis 2022.", "casualties 1000000 nearly")]
    [InlineData("fr", "Les pertes russes depuis 2022 s'élèvent à plus d'un million de soldats.", "casualties 1000000 more_than")]
    // A month after a word that frames it (data `monthIn`), then a count with people, is no date.
    [InlineData("ar", "بلغ عدد القتلى المدنيين في المدينة خلال شهر نوفمبر 14 شخصا.", "killed 14")]
    // "до" right after a list item's dash is "up to".
    [InlineData("ru", "На направлении группировки «Юг» противник потерял до 310 военнослужащих, «Центр» — до 450.", "casualties 310 up_to; casualties 450 up_to")]
    // Negatives: the words alone count nothing.
    [InlineData("fr", "Les immeubles détruits s'élèvent désormais à 12.", "")]
    [InlineData("es", "El ministerio cifró en 640 millones de euros el coste de la reconstrucción.", "")]
    public void TollsAndQualifiersWithTheirWords(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An attribution set off by commas (data `attributions`) between a clause's opening casualty verb and its count is no
    // clause break.
    [InlineData("es", "Murieron en el ataque contra la estación, según la fiscalía, al menos 12 personas.", "killed 12 at_least")]
    [InlineData("fr", "Ont été tués dans la frappe sur le marché, selon le parquet, au moins 12 civils.", "killed 12 at_least")]
    [InlineData("ru", "Погибли при ударе по рынку, по данным губернатора, не менее 12 человек.", "killed 12 at_least")]
    [InlineData("uk", "Загинули внаслідок удару по ринку, за даними прокуратури, щонайменше 12 людей.", "killed 12 at_least")]
    // Negatives: an aside that is no attribution still breaks the clause; an attribution before its clause changes nothing.
    [InlineData("es", "Murieron en el ataque, que destruyó la estación, 12 caballos.", "")]
    [InlineData("es", "Según la fiscalía, al menos 12 personas murieron.", "killed 12 at_least")]
    public void AnAttributionAsideIsNoClauseBreak(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A verb-first clause's subject, a count of weapons, between the killing verb and its object's count: the weapons are
    // no victims, and the object is the verb's.
    [InlineData("ar", "قتلت أربع مسيرات تسعة مدنيين في زابوريجيا.", "killed 9")]
    [InlineData("ar", "قتل صاروخان من الصواريخ الإسرائيلية ستة أشخاص في صور.", "killed 6")]
    // Negatives: people or victims counted beside a weapon noun stay victims.
    [InlineData("en", "The strike killed 4 drone operators.", "killed 4")]
    [InlineData("en", "In total 17 drone deaths were recorded in the region.", "killed 17")]
    public void AWeaponsSubjectIsNoVictim(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "The last day" (data `eventTime`) is one day's time: a day's losses in the thousands are no running total.
    [InlineData("ar", "وخسر الجيش الروسي خلال اليوم الأخير نحو 1300 عسكري.", "casualties 1300 event")]
    [InlineData("ru", "Российская армия за последний день потеряла около 1 300 военнослужащих.", "casualties 1300 event")]
    [InlineData("uk", "Росія за останній день втратила близько 1 300 військових.", "casualties 1300 event")]
    [InlineData("de", "Russland hat am letzten Tag rund 1.300 Soldaten verloren.", "casualties 1300 event")]
    [InlineData("fr", "La Russie a perdu au cours du dernier jour environ 1 300 soldats.", "casualties 1300 event")]
    // Negative: with no time of its own, a loss in the thousands stays a running total.
    [InlineData("ru", "Российская армия потеряла около 1 300 военнослужащих.", "casualties 1300 cumulative")]
    public void TheLastDayIsOneDay(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // In a verb-first language the downing verb's subject may stand between it and the bare count it downs.
    [InlineData("ar", "من أصل 75 مسيرة أطلقها الجيش الروسي، أسقطت الدفاعات الأوكرانية 58.", "drones_launched 75; drones_downed 58")]
    // Negative: a count with its own weapon noun keeps its reading.
    [InlineData("ar", "أسقطت الدفاعات الجوية 12 مسيرة.", "drones_downed 12")]
    public void AVerbFirstSubjectBeforeABareDownedCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
