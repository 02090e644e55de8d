using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Analysis;

public sealed class ArticleAnalyzerTests
{
    private readonly ArticleAnalyzer _sut = new();

    [Theory]
    [InlineData("Strike kills two\n\nRead more:\nRussia launches record 800 drones at Ukraine in massive overnight attack on power grid\n\nTwo people were killed.", "Two people were killed.")]
    [InlineData("Serangan tewaskan dua orang\n\nBaca juga: Rusia luncurkan 800 drone ke Ukraina dalam serangan besar semalam\n\nDua orang tewas dalam serangan itu.", "Dua orang tewas dalam serangan itu.")]
    public void Analyze_ALinkedHeadline_IsNeverTheSummary(string text, string summary)
    {
        var analysis = _sut.Analyze(new ArticleText(text), 1, null, CancellationToken.None);

        Assert.Equal([summary], analysis.Summary);
    }

    [Fact]
    public void Analyze_HeadlineLine_IsTheTitle()
    {
        var result = _sut.Analyze(new ArticleText("Drone strike kills three in Odesa\nRussian drones struck the port of Odesa overnight, killing three people and wounding 12, the governor said. Firefighters worked until dawn."));
        Assert.Equal("Drone strike kills three in Odesa", result.Title);
        Assert.Equal("en", result.Language);
        Assert.Contains(result.Figures, f => f.Kind == Reports.Core.Figures.FigureKind.Injured && f.Value == 12);
    }

    [Theory]
    [InlineData("Home | World | Europe\nDrone strike kills three in Odesa\nRussian drones struck the port overnight, killing three people.")]
    [InlineData("News › World › Ukraine\nAccueil | Monde | Europe\nDrone strike kills three in Odesa\nRussian drones struck the port overnight, killing three people.")]
    public void Analyze_NavigationAboveTheHeadline_IsSkippedForTheTitle(string text) =>
        Assert.Equal("Drone strike kills three in Odesa", _sut.Analyze(new ArticleText(text)).Title);

    [Theory]
    [InlineData("Ukraine | war\nRussian drones struck the port overnight, killing three people.", "Ukraine | war")]
    [InlineData("Kyiv / Odesa: night of drones\nRussian drones struck the port overnight, killing three people.", "Kyiv / Odesa: night of drones")]
    public void Analyze_AHeadlineWithOneSeparator_IsStillTheTitle(string text, string title) =>
        Assert.Equal(title, _sut.Analyze(new ArticleText(text)).Title);

    [Fact]
    public void Analyze_NoHeadline_TitleIsTheFirstSentenceCut()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("The regional governor said that rescue work continued through the night", 6)) + ".";
        var result = _sut.Analyze(new ArticleText(longSentence + " Another sentence follows here."));
        Assert.True(result.Title.Length <= ArticleAnalyzer.MaxTitleLength);
        Assert.EndsWith("…", result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MarkupTitle_WinsOverFirstLine()
    {
        var result = _sut.Analyze(new ArticleText("Body text that starts here.\nMore text.", "The real title"));
        Assert.Equal("The real title", result.Title);
    }

    [Fact]
    public void Analyze_SummarySentences_AreVerbatimAndInTextOrder()
    {
        const string text = "Strike on Kharkiv\nRussian missiles hit Kharkiv on Monday, killing four people. The city's mayor said 20 people were wounded. Rescuers searched the rubble of a five-storey building. Power was cut in three districts. Officials said repairs would take days.";
        var result = _sut.Analyze(new ArticleText(text), 2);
        Assert.Equal(2, result.Summary.Count);
        Assert.All(result.Summary, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.True(text.IndexOf(result.Summary[0], StringComparison.Ordinal) < text.IndexOf(result.Summary[1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Serangan udara Israel di Gaza menewaskan sedikitnya 25 warga Palestina, termasuk anak-anak. Hizbullah menembakkan sekitar 50 roket ke Israel utara, sebagian besar berhasil dicegat.", "id")]
    [InlineData("Russian drones struck Kharkiv overnight, killing three people and wounding 12, regional governor Oleh Syniehubov said.", "en")]
    [InlineData("Nga phóng 40 UAV và 5 tên lửa vào Kiev đêm qua, khiến 3 người thiệt mạng, chính quyền thành phố cho biết.", "vi")]
    [InlineData("ارتش اسرائیل مدعی شد ۲۰ موشک از لبنان شلیک شد که ۱۵ فروند از آنها رهگیری شد.", "fa")]
    public void Analyze_DenseNewsSentences_DetectsTheirLanguage(string text, string language) =>
        Assert.Equal(language, _sut.Analyze(new ArticleText(text)).Language);
}
