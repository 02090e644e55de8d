namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-second session, scope helper, written for these tests (no evaluation text): a period's statistic of attacks
/// counted with an attack word frames the next toll; one sentence with nothing of its own keeps that frame; "these
/// attacks" in the plural after a period's statistic (Vietnamese "các cuộc tấn công này").
/// </summary>
public sealed class ScopeThirtySecondTests
{
    [Theory]
    [InlineData("id", "Misi itu mencatat 210 serangan terhadap kota-kota pada bulan Mei. Sebanyak 45 warga sipil tewas dan 160 lainnya terluka.", "killed 45 cumulative; injured 160 cumulative")]
    [InlineData("fa", "در ماه نوامبر ۲۱۰ حمله به شهرها ثبت شد. ۴۵ غیرنظامی کشته و ۱۶۰ نفر زخمی شدند.", "killed 45 cumulative; injured 160 cumulative")]
    // Negative: a count of attacks on one day frames nothing.
    [InlineData("id", "Pada Selasa, militer mencatat 12 serangan terhadap kota itu. Sebanyak 4 warga sipil tewas.", "killed 4 event")]
    public void APeriodsCountOfAttacks_FramesTheNextToll(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The monitors recorded 210 attacks on towns in May. Most of them took place in the east. Forty-five civilians were killed and 160 injured.", "killed 45 cumulative; injured 160 cumulative")]
    [InlineData("id", "Misi itu mencatat 210 serangan terhadap kota-kota pada bulan Mei. Sebagian besar serangan terjadi di wilayah timur. Sebanyak 45 warga sipil tewas dan 160 lainnya terluka.", "killed 45 cumulative; injured 160 cumulative")]
    [InlineData("fa", "در ماه نوامبر ۲۱۰ حمله به شهرها ثبت شد. بیشتر این حملات در شرق کشور رخ داد. ۴۵ غیرنظامی کشته و ۱۶۰ نفر زخمی شدند.", "killed 45 cumulative; injured 160 cumulative")]
    // Negatives: a sentence between that names one strike, or two sentences between.
    [InlineData("en", "The monitors recorded 210 attacks on towns in May. A missile struck a market in the east. Fifteen civilians were killed.", "killed 15 event")]
    [InlineData("en", "The monitors recorded 210 attacks on towns in May. Most of them took place in the east. The governor visited the city. Fifteen civilians were killed.", "killed 15 event")]
    public void ASentenceWithNothingOfItsOwn_KeepsThePeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Trong tháng 5, Israel đã tiến hành 210 cuộc không kích vào Li-băng. Các cuộc tấn công này đã khiến 45 người thiệt mạng và 160 người bị thương.", "killed 45 cumulative; injured 160 cumulative")]
    // Negative: one attack named back ("this attack") is that attack.
    [InlineData("vi", "Trong tháng 5, Israel đã tiến hành 210 cuộc không kích vào Li-băng. Cuộc tấn công này đã khiến 3 người thiệt mạng.", "killed 3 event")]
    public void TheseAttacksInThePlural_AreThePeriods(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("de", "Bei einem Luftangriff wurden am Dienstag 12 Menschen getötet, womit die Zahl der Toten seit dem 7. Oktober 2023 auf 41.300 stieg.", "killed 12 event; killed 41300 cumulative")]
    [InlineData("de", "Die Zahl der Toten ist seit dem 1. Januar auf 3.150 gestiegen.", "killed 3150 cumulative")]
    [InlineData("de", "Russland verlor am vergangenen Tag 980 Soldaten, womit sich die Gesamtverluste seit Kriegsbeginn auf rund 990.400 erhöhten.", "casualties 980 event; casualties 990400 cumulative")]
    [InlineData("ar", "خسر الجيش الروسي 980 جنديا خلال اليوم الماضي، لترتفع خسائره منذ بدء الحرب إلى نحو 990400 جندي.", "casualties 980 event; casualties 990400 cumulative")]
    // Negative: a company's losses in money count nobody.
    [InlineData("ar", "قدرت الشركة خسائرها بنحو 40 مليون دولار.", "")]
    public void ATotalAfterItsDateOrItsOwnLossesNoun_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Russia lost 980 soldiers over the past day, bringing its total losses since the invasion to about 990,400. Air defences also shot down 96 drones over the same period.", "casualties 980 event; casualties 990400 cumulative; drones_downed 96 event")]
    [InlineData("es", "Rusia perdió 980 soldados en la última jornada, elevando sus bajas totales desde el inicio de la invasión a unas 990.400. En el mismo periodo, las defensas ucranianas derribaron 96 drones.", "casualties 980 event; casualties 990400 cumulative; drones_downed 96 event")]
    // Negatives: a count the size of the running total takes its period; after figures of one scope, that scope.
    [InlineData("en", "At least 35 people were killed over the past day, bringing the death toll since the war began to 41,200. The ministry said 95,300 people had been wounded over the same period.", "killed 35 event; killed 41200 cumulative; injured 95300 cumulative")]
    [InlineData("en", "In October, 160 civilians were killed in the region. A further 410 civilians were injured over the same period.", "killed 160 cumulative; injured 410 cumulative")]
    public void TheSamePeriod_AfterADayAndATotal_IsTheOneItsSizeShares(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
