namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the twenty-ninth session's probe articles in ru, uk, es, fr, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingTwentyNinthTests
{
    [Theory]
    // A headline's present tense ("mata a", "tuent", "tötet", "вбиває", "гибнут") and a subordinate clause's subjunctive
    // ("después de que un misil matara a 18") are casualty verbs as the past tense is.
    [InlineData("es", "Un ataque ruso mata a cinco personas en Járkov, según el gobernador.", "killed 5")]
    [InlineData("es", "Los drones rusos matan a tres civiles en Jersón.", "killed 3")]
    [InlineData("es", "La ciudad guarda luto después de que un misil matara a 14 personas en la estación.", "killed 14")]
    [InlineData("es", "El alcalde habló después de que 9 personas murieran en el bombardeo.", "killed 9")]
    [InlineData("fr", "Des frappes russes tuent six civils dans la région de Kherson.", "killed 6")]
    [InlineData("fr", "Quatre personnes meurent dans une frappe sur Odessa.", "killed 4")]
    [InlineData("de", "Russischer Angriff tötet sieben Menschen in Saporischschja.", "killed 7")]
    [InlineData("uk", "Російський удар вбиває трьох людей у Сумах.", "killed 3")]
    [InlineData("uk", "Під час обстрілу Нікополя гинуть двоє людей.", "killed 2")]
    [InlineData("ru", "В Белгороде при атаке дронов гибнут четыре человека.", "killed 4")]
    // Negatives: the present tense of a verb that counts no people ("mata" of no count), a modal before it.
    [InlineData("es", "Un dron mata el ganado de la granja.", "")]
    [InlineData("es", "El ejército dice que el nuevo misil podría matar a 100 personas.", "")]
    public void APresentOrSubjunctiveCasualtyVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A verb-second or verb-first clause's killing verb before its subject, a weapon or an attack named by one ("tötete ein
    // Raketenangriff auf …", "tötete eine Rakete …"), and the people it killed: the weapon with no count is no other number.
    [InlineData("de", "Im Mai tötete ein Raketenangriff auf den Bahnhof von Poltawa 23 Menschen.", "killed 23")]
    [InlineData("de", "Am Montag tötete der Drohnenangriff auf Cherson 6 Zivilisten.", "killed 6")]
    [InlineData("de", "Am Dienstag tötete eine Rakete in Dnipro 12 Menschen.", "killed 12")]
    // Negatives: a counted weapon before the people stays a weapon count; a losing verb after a weapon subject loses nothing.
    [InlineData("de", "Am Montag zerstörte die Armee 30 Drohnen und 5 Soldaten.", "drones_downed 30")]
    [InlineData("de", "Am Montag verlor eine Drohne über dem Meer 40 Soldaten.", "")]
    public void AFrontedKillingVerbBeforeAWeaponSubject(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "au nombre de" is a toll verb whose count noun ("nombre") counts nothing of its own: the dead before it are counted.
    [InlineData("fr", "Les morts sont désormais au nombre de sept à Kharkiv, et plus de 30 personnes ont été blessées.", "killed 7; injured 30 more_than")]
    [InlineData("fr", "Les tués sont à présent au nombre de 15 à Dnipro, tandis que 52 personnes ont été blessées.", "killed 15; injured 52")]
    // Negative: a count noun that counts something else still breaks the toll.
    [InlineData("fr", "Les morts dans le nombre de 40 immeubles visés ne sont pas connus.", "")]
    public void AuNombreDeIsATollVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A sentence with no figure word whose first count follows a label and a dash goes on the casualty figure of the
    // sentence before (the MoD's summary by groups of forces); the gapped items after it follow, in the time of the figure
    // before unless the sentence names its own.
    [InlineData("ru", "Потери противника на направлении группировки «Восток» составили до 470 военнослужащих. Группировка «Днепр» — до 190 военнослужащих, «Центр» — до 520.",
        "casualties 470 up_to; casualties 190 up_to; casualties 520 up_to")]
    [InlineData("ru", "Противник потерял до 470 военнослужащих. На направлении группировки «Юг» — до 190, «Запад» — до 520 военнослужащих.",
        "casualties 470 up_to; casualties 190 up_to; casualties 520 up_to")]
    [InlineData("uk", "За минулу добу ворог втратив 1 140 осіб. Загалом з початку вторгнення — близько 1 012 000.", "casualties 1140; casualties 1012000 about")]
    // Negatives: after a sentence with no casualty figure, or a label with a figure word of its own, nothing is carried.
    [InlineData("ru", "Армия продвинулась на 3 километра. Группировка «Юг» — до 190 военнослужащих.", "")]
    [InlineData("ru", "Противник потерял до 470 военнослужащих. Уничтожено танков — 12.", "casualties 470 up_to")]
    public void ADashedPartOfTheSentenceBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "За минулу добу ворог втратив 1 140 осіб. Загалом з початку вторгнення — близько 1 012 000.", "casualties 1140 event; casualties 1012000 cumulative")]
    [InlineData("ru", "За сутки противник потерял до 470 военнослужащих. Группировка «Днепр» — до 190 военнослужащих.", "casualties 470 event; casualties 190 event")]
    public void ADashedPartKeepsTheTimeOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // A casualty participle set off by a comma after the people counted, its phrase opened by a time term ("в среду") or
    // naming the weapon of the attack ("при атаке беспилотника"), still leaves the participle their predicate.
    [InlineData("ru", "В Курске похоронили двоих военнослужащих, погибших в среду.", "killed 2")]
    [InlineData("ru", "В Курске простились с тремя бойцами, погибшими при атаке беспилотника на блокпост.", "killed 3")]
    [InlineData("uk", "У Житомирі поховали двох бійців, загиблих у середу.", "killed 2")]
    // Negative: a counted weapon inside the phrase is another figure's.
    [InlineData("ru", "В Курске похоронили двоих военнослужащих, погибших при атаке 30 беспилотников.", "drones_launched 30")]
    public void AParticipleAfterACommaOpenedByATimeOrNamingTheWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "One of his" and a people word that opens its sentence, then a finite casualty verb right after the people: the
    // verb is the count's predicate.
    [InlineData("es", "Uno de sus soldados murió en el ataque contra el cuartel.", "killed 1")]
    [InlineData("es", "Uno de sus conductores murió en octubre.", "killed 1")]
    // Negative: one singled out of the victims after a copula counts nobody.
    [InlineData("es", "Era uno de los civiles muertos en el ataque.", "")]
    public void OneOfHisPeopleOpeningItsClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
