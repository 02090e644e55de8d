namespace Reports.Core.Tests.Figures;

/// <summary>
/// Classes found on the thirty-third session's probe articles in ru, uk, fr, es, de, ar (sentences written for these
/// tests, never copied from the evaluation sets); each theory holds sentences that must read and sentences that must not.
/// </summary>
public sealed class ReadingThirtyThirdTests
{
    [Theory]
    // The present tense of "shoot down" in headlines (fr "abat", "abattent", es "abate", "abaten") downs its weapons.
    [InlineData("fr", "Mer Noire : la marine ukrainienne abat trois drones russes.", "drones_downed 3")]
    [InlineData("fr", "Les défenses aériennes abattent 45 drones au-dessus de Kiev.", "drones_downed 45")]
    [InlineData("es", "La defensa aérea ucraniana abate 31 drones rusos sobre Odesa.", "drones_downed 31")]
    [InlineData("es", "Las baterías antiaéreas abaten dos misiles sobre Kiev.", "missiles_downed 2")]
    // Negative: the present tense of "launch" stays a launch.
    [InlineData("fr", "La Russie lance 60 drones sur l'Ukraine.", "drones_launched 60")]
    public void PresentTenseDowningVerbs(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A number word carrying the definite article right after its definite weapon noun counts that noun; the downing verb
    // before it governs, a relative clause of launching after it only describes the weapons.
    [InlineData("ar", "أسقطت المدمرة الطائرات المسيرة الثلاث التي أطلقها الحوثيون باتجاه السفينة.", "drones_downed 3")]
    [InlineData("ar", "اعترضت الدفاعات الجوية الصواريخ الباليستية الأربعة التي أطلقت باتجاه المدينة.", "missiles_downed 4")]
    [InlineData("ar", "وقال الجيش إن مقاتلاته أسقطت الطائرات المسيرة الخمس.", "drones_downed 5")]
    // Negative: a word that only starts like the article ("آلاف", thousands) after a weapon noun counts nothing.
    [InlineData("ar", "أطلقت روسيا الصواريخ آلاف المرات منذ بداية الحرب.", "")]
    public void ArticledNumberAfterItsNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A count set off by commas right after a superlative reads on to the verb after its closing comma, as one between
    // dashes does; its weapons are those of the downing tally before.
    [InlineData("ru", "Силы ПВО сбили 52 беспилотника. Больше всего, 30, сбито над Курской областью.", "drones_downed 52; drones_downed 30")]
    [InlineData("uk", "Сили ППО збили 47 дронів. Найбільше, 19, збито над Київщиною.", "drones_downed 47; drones_downed 19")]
    // Negative: with no verb right after the closing comma the count stays unread.
    [InlineData("ru", "Силы ПВО сбили 52 беспилотника. Больше всего, 30, над Курской областью.", "drones_downed 52")]
    public void CountBetweenCommasAfterASuperlative(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // An "others" word ("еще", "ще") right before a gapped item's number opens the item as a function word does.
    [InlineData("ru", "Силы ПВО сбили 52 беспилотника. 30 сбито над Курской областью, еще 12 — над Брянской.", "drones_downed 52; drones_downed 30; drones_downed 12")]
    [InlineData("uk", "Сили ППО збили 47 дронів. 19 збито над Київщиною, ще 11 — над Черкащиною.", "drones_downed 47; drones_downed 19; drones_downed 11")]
    // Negative: "others" with a verb of their own keep that verb's kind.
    [InlineData("ru", "В Курске погибли трое жителей, еще 12 ранены.", "killed 3; injured 12")]
    public void OthersOpenAGappedItem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // French "d'un", "d'une" (the article elided after "de") is a weak one as "un" is: it counts as a tally item beside
    // another count, and "en plus" before it (in addition to) qualifies nothing.
    [InlineData("fr", "La défense aérienne a abattu 44 drones dans la nuit, en plus d'un missile de croisière.", "drones_downed 44; missiles_downed 1")]
    [InlineData("fr", "La défense aérienne a détruit 20 drones, en plus d'une bombe planante.", "drones_downed 20")]
    // Negatives: "plus d'un" still says more than, and a lone "d'un" with no other count gives nothing.
    [InlineData("fr", "Plus d'un millier de personnes ont été tuées depuis le début de la guerre.", "killed 1000 more_than")]
    [InlineData("fr", "La chute d'un drone a endommagé une maison.", "")]
    public void FrenchElidedOne(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
