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
}
