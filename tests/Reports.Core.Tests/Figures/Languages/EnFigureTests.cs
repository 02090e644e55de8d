namespace Reports.Core.Tests.Figures.Languages;

public sealed class EnFigureTests
{
    [Theory]
    [InlineData("A missile strike on the market killed 14 people and wounded 37 others, officials said.", "killed 14; injured 37")]
    [InlineData("At least 9 civilians were killed when a drone hit a bus near the border.", "killed 9 at_least")]
    [InlineData("The shelling left more than 20 dead and about 50 injured.", "killed 20 more_than; injured 50 about")]
    [InlineData("Nearly 3,000 people have died since the start of the war.", "killed 3000 nearly")]
    [InlineData("Two people were killed and five were hurt in the overnight attack.", "killed 2; injured 5")]
    [InlineData("Russia launched 112 drones and six ballistic missiles overnight.", "drones_launched 112; missiles_launched 6")]
    [InlineData("Air defences shot down 87 of the 112 drones, the air force said.", "drones_downed 87; drones_launched 112")]
    [InlineData("Ukraine's air force said it destroyed 40 out of 52 Shahed drones launched by Russia.", "drones_downed 40; drones_launched 52")]
    [InlineData("Dozens of drones targeted the capital before dawn.", "drones_launched 12 at_least")]
    [InlineData("Twenty-four missiles were fired at the port, and 18 were intercepted.", "missiles_launched 24; missiles_downed 18")]
    [InlineData("Hundreds of people were wounded in the blasts.", "injured 100 at_least")]
    [InlineData("The strike killed a 12-year-old boy and injured his 40-year-old mother.", "")]
    [InlineData("The bombing killed 5 people, including two children.", "killed 5; killed 2")]
    [InlineData("The UN has recorded 1,200 civilian casualties this month.", "casualties 1200")]
    [InlineData("The death toll from the missile strike on Dnipro has risen to 46, officials said.", "killed 46")]
    [InlineData("The air force said it shot down 40 of 52 drones and 6 of 8 cruise missiles launched in the attack.", "drones_downed 40; drones_launched 52; missiles_downed 6; missiles_launched 8")]
    [InlineData("Israel said it intercepted 99% of the 300 drones and missiles launched by Iran.", "drones_launched 300")]
    [InlineData("The strike wounded 15 others, among them four children.", "injured 15; injured 4")]
    [InlineData("A helicopter crashed during a training flight, killing both pilots.", "")]
    [InlineData("Floods have killed at least 40 people in the province this week.", "")]
    [InlineData("Ukraine shot down 26 drones out of 28 launched overnight.", "drones_downed 26; drones_launched 28")]
    public void Extract_WireSentence_FindsItsFigures(string text, string expected) =>
        ExtractorHarness.AssertFigures("en", text, expected);

    [Theory]
    [InlineData("Germany will supply 100 missiles to Ukraine next year.")]
    [InlineData("The factory plans to produce 1,000 drones a month.")]
    [InlineData("Russia carried out 15 attacks on 12 towns in the region.")]
    [InlineData("The aid package is worth 400 million dollars.")]
    [InlineData("Prices rose by 25 percent in 2023.")]
    [InlineData("The company sold 300 drones to the army last year.")]
    [InlineData("Five people were killed in a car crash on the highway.")]
    [InlineData("A drone strike could kill 100 people in a crowded square.")]
    [InlineData("The offensive began on 24/2/2022 with 150,000 troops.")]
    public void Extract_NotAFigure_FindsNothing(string text) =>
        Assert.Empty(ExtractorHarness.Extract("en", text));

    [Fact]
    public void Extract_SameFigureTwice_ReportsItOnceWithTheBodyQualifier()
    {
        var figures = ExtractorHarness.Extract("en", "Strike kills 30 in Kharkiv\nAt least 30 people were killed in Kharkiv on Monday.");
        Assert.Equal([("killed", 30L, "at_least")], figures);
    }

    [Fact]
    public void Extract_Figure_PointsAtItsPhraseAndSentence()
    {
        const string text = "Calm morning. Officials said 7 people were killed in the strike.";
        var figure = Assert.Single(ExtractorHarness.Figures("en", text));
        Assert.Equal("Officials said 7 people were killed in the strike.", figure.Evidence);
        Assert.StartsWith("7 people were killed", text.Substring(figure.Offset, figure.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RunningTotal_IsCumulative()
    {
        var figure = Assert.Single(ExtractorHarness.Figures("en", "Since the start of the war, 10,582 civilians have been killed."));
        Assert.Equal(Reports.Core.Figures.FigureScope.Cumulative, figure.Scope);
        Assert.Equal(10582, figure.Value);
    }
}
