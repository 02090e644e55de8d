namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-second session, English probes of our own (mixed drone/missile tallies, round-ups, comparisons and wire copy).
/// Sentences written for these tests.
/// </summary>
public sealed class FigureThirtySecondEnglishTests
{
    [Theory]
    [InlineData("en", "Hundreds mourned the victims of last week's Russian ballistic missile attack on the city centre, which killed 35 people and wounded 117.", "killed 35 event; injured 117 event")]
    [InlineData("en", "Last week's Russian missile strike on Dnipro killed 8 people.", "killed 8 event")]
    [InlineData("de", "Der Angriff der letzten Woche auf den Markt in Dnipro tötete 8 Menschen.", "killed 8 event")]
    [InlineData("de", "Bei dem Bombenangriff der vergangenen Woche auf Charkiw wurden 12 Menschen getötet.", "killed 12 event")]
    [InlineData("de", "Die Angriffe der vergangenen Woche töteten 40 Menschen in der Region.", "killed 40 cumulative")]
    // Negatives: plural attacks and a period's fighting stay the period's total.
    [InlineData("en", "Last month's Russian attacks on Mykolaiv region killed 12 civilians.", "killed 12 cumulative")]
    [InlineData("en", "Last week's fighting in the town killed 62 people.", "killed 62 cumulative")]
    [InlineData("en", "Last month's Russian shelling of the district killed 140 civilians.", "killed 140 cumulative")]
    public void APastPeriodsPossessiveOfOneAttack_DatesThatAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Air defences shot down 58 of 73 drones launched overnight, in addition to three missiles.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    [InlineData("en", "Air defences shot down 58 of 73 drones and three missiles.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    [InlineData("en", "Air defences had shot down 41 of 50 drones and two cruise missiles launched by Russia overnight.", "drones_downed 41; drones_launched 50; missiles_downed 2")]
    [InlineData("en", "Air defences had shot down 41 of 50 drones and two Kalibr cruise missiles launched by Russia overnight.", "drones_downed 41; drones_launched 50; missiles_downed 2")]
    [InlineData("fr", "La défense aérienne a abattu 58 des 73 drones et trois missiles.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    [InlineData("es", "La defensa aérea derribó 58 de los 73 drones y tres misiles.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    [InlineData("de", "Die Luftabwehr schoss 58 von 73 Drohnen und drei Raketen ab.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    [InlineData("ru", "ПВО сбила 58 из 73 беспилотников и три ракеты.", "drones_downed 58; drones_launched 73; missiles_downed 3")]
    // Negatives: a launching list keeps its verb, and a casualty after "in addition to" stays a casualty.
    [InlineData("en", "Russia launched 28 drones and two missiles; 26 of them were shot down.", "drones_launched 28; missiles_launched 2; drones_downed 26")]
    [InlineData("en", "Air defences shot down 58 of 73 drones, in addition to two killed in Sumy.", "drones_downed 58; drones_launched 73; killed 2")]
    public void AnItemAfterAPartPair_SharesThePairsDowningVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Overnight attack: 84 drones, 61 downed", "drones_launched 84; drones_downed 61")]
    [InlineData("en", "Russia launched 50 drones, 40 shot down, the air force said.", "drones_launched 50; drones_downed 40")]
    // Negative: the verb after a list's last item is every item's.
    [InlineData("en", "28 drones and 3 missiles were shot down.", "drones_downed 28; missiles_downed 3")]
    public void AVerbRightAfterAnotherCount_IsThatCountsOnly(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Some 35 soldiers have been killed in southern Lebanon since January, the army said. That compares with 48 in 2024.", "killed 35 about; killed 48")]
    // Negative: a share stays a share.
    [InlineData("en", "Some 35 soldiers have been killed this year, one in 2000 people.", "killed 35 about")]
    public void AYearAfterAComparedCount_IsItsTimeNoDenominator(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The US Navy has fired more than 220 interceptor missiles since October 2023.", "missiles_launched 220 more_than")]
    [InlineData("en", "Israel fired 12 interceptors at the incoming missiles.", "missiles_launched 12")]
    // Negatives: interceptors received or ordered are no weapons launched.
    [InlineData("en", "Ukraine received 40 interceptor missiles from Germany.", "")]
    [InlineData("en", "Kyiv has ordered 500 interceptors, the minister said.", "")]
    public void InterceptorsFired_AreMissilesLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 1,000 drones at Israel during the war. Nearly all the drones were intercepted.", "drones_launched 1000")]
    [InlineData("en", "Iran launched 40 drones at Israel. Almost all of the drones were shot down.", "drones_launched 40")]
    // Negative: "all" alone downs as many as were launched.
    [InlineData("en", "Iran launched 40 drones at Israel. All the drones were shot down.", "drones_launched 40; drones_downed 40")]
    public void NearlyAllWithoutANumber_IsNoDownedFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
