using Reports.Core.Analysis;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

public sealed class SummarizerTests
{
    private const string Headline = "Drones strike fuel depot near the port";

    private const string Article =
        Headline + "\n" +
        "Russian drones struck a fuel depot near the port of Odesa overnight, starting a large fire that burned until morning. " +
        "Photo: Reuters\n" +
        "Firefighters fought the fire at the fuel depot for six hours before the blaze near the port was contained. " +
        "The regional governor said two workers at the depot were injured by falling debris from the drones. " +
        "A local bakery reopened on Tuesday after a renovation that took most of the summer. " +
        "Air defence units shot down nine of the twelve drones launched at the port region, the air force said.";

    private static readonly LanguageProfile English = LanguageCatalog.Default.Get("en");
    private readonly Summarizer _sut = new();

    private static IReadOnlyList<Sentence> Sentences(string text) => new SentenceSegmenter().Split(text, English);

    [Fact]
    public async Task Summarize_AfterOtherArticlesOnThisAndOtherThreads_SameSummary()
    {
        // The summariser reuses per-thread buffers: an earlier, longer article must leave nothing behind.
        var first = _sut.Summarize(Headline, Sentences(Article), English, 2);
        var longer = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"Sentence {i} tells of drone number {i} and the crater it left in field {i % 13}."));
        _sut.Summarize("A long day", Sentences("A long day\n" + longer), English, 3);
        var onAnotherThread = await Task.Run(() => _sut.Summarize(Headline, Sentences(Article), English, 2));

        var again = _sut.Summarize(Headline, Sentences(Article), English, 2);

        Assert.Equal(first, again);
        Assert.Equal(first, onAnotherThread);
        Assert.Equal(2, first.Count);
    }

    [Theory]
    [InlineData("The above information was confirmed by the regional governor, who said drones struck a fuel depot near the port of Odesa overnight.")]
    [InlineData("This comes after Russian drones struck a fuel depot near the port of Odesa overnight, starting a large fire.")]
    public void Summarize_ASentencePointingBack_NeverOpensTheSummary(string lead)
    {
        // The sentence that points back would win on its own (first, central, close to the headline).
        var text = Headline + "\n" + lead + " " + Article[(Headline.Length + 1)..];
        var sentences = Sentences(text);
        Assert.True(Summarizer.PointsBack(lead, English));

        var one = _sut.Summarize(Headline, sentences, English, 1);
        var three = _sut.Summarize(Headline, sentences, English, 3);

        Assert.NotEqual(lead, Assert.Single(one));
        Assert.NotEqual(lead, three[0]);
        Assert.False(Summarizer.PointsBack("Above the city, drones were shot down at dawn.", English));
    }

    [Theory]
    [InlineData("en", "However, the port reopened on Tuesday after drones struck a fuel depot near the harbour overnight.")]
    [InlineData("id", "Namun demikian, pelabuhan dibuka kembali pada Selasa setelah drone menyerang depot bahan bakar di dekat pelabuhan.")]
    [InlineData("vi", "Tuy nhiên, cảng đã mở cửa trở lại vào thứ Ba sau khi máy bay không người lái tấn công kho nhiên liệu gần cảng.")]
    [InlineData("fa", "با این حال، بندر پس از حمله پهپادها به انبار سوخت نزدیک بندر روز سه‌شنبه دوباره باز شد.")]
    public void PointsBack_ConnectiveAnsweringAnEarlierSentence_IsABackReference(string language, string sentence)
    {
        var profile = LanguageCatalog.Default.Get(language);

        Assert.True(Summarizer.PointsBack(sentence, profile));
    }

    [Theory]
    [InlineData("fa", "همچنين بندر پس از حمله پهپادها دوباره باز شد.")] // Arabic yeh (U+064A) for the Persian one
    [InlineData("en", "HOWEVER, the port reopened on Tuesday.")]
    public void PointsBack_TermWrittenWithOtherCaseOrLetters_IsStillFound(string language, string sentence)
    {
        Assert.True(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Fact]
    public void Summarize_ConnectiveFirstSentence_DoesNotOpenTheSummary()
    {
        // The first sentence is the longest and the most central; only its opening "Namun demikian" (however) keeps it out.
        var indonesian = LanguageCatalog.Default.Get("id");
        const string lead = "Namun demikian, drone Rusia menyerang depot bahan bakar di dekat pelabuhan Odesa pada malam hari dan memicu kebakaran besar di pelabuhan.";
        const string text = lead + " Petugas pemadam kebakaran memadamkan api di depot bahan bakar dekat pelabuhan setelah enam jam bekerja. " +
            "Gubernur mengatakan dua pekerja di depot terluka oleh puing drone.";
        var sentences = new SentenceSegmenter().Split(text, indonesian);

        var summary = _sut.Summarize(string.Empty, sentences, indonesian, 1);

        Assert.NotEqual(lead, Assert.Single(summary));
    }

    [Theory]
    [InlineData("en", "Fuel prices at the stations of the capital on Monday, as published by the ministry, were as follows:",
        "- Petrol 95 cost 1.85 euros a litre at most stations in the capital\n- Diesel cost 1.79 euros a litre at most stations in the capital\n- Heating oil cost 1.20 euros a litre for deliveries in the capital")]
    [InlineData("fa", "به گزارش خبرنگار ما، قیمت سوخت در جایگاه‌های پایتخت در روز دوشنبه به شرح زیر است:",
        "- قیمت هر لیتر بنزین در بیشتر جایگاه‌های پایتخت 15 هزار ریال بود\n- قیمت هر لیتر گازوئیل در بیشتر جایگاه‌های پایتخت 9 هزار ریال بود\n- قیمت هر لیتر نفت سفید در پایتخت 7 هزار ریال بود")]
    public void Summarize_FirstLineEndingWithColon_IsTheLeadNotAHeadline(string language, string leadIn, string list)
    {
        // A first line ending with a colon introduces the list below it: it is the story's first sentence, not a
        // headline to drop, and it is complete although no full stop ends it.
        var profile = LanguageCatalog.Default.Get(language);
        var sentences = new SentenceSegmenter().Split(leadIn + "\n" + list, profile);

        var summary = _sut.Summarize(leadIn, sentences, profile, 1);

        Assert.Equal(leadIn, Assert.Single(summary));
    }

    [Theory]
    [InlineData("en",
        "This comes after a week of heavy fighting around the eastern city and its outskirts.",
        "It was not the first time that this had happened to them, and they said it would not be the last one for them either.",
        "Ukrainian engineers restored electricity, water supplies, heating networks and mobile coverage across Kharkiv's northern districts on Tuesday after Russian missiles damaged substations, pumping stations and transformers.")]
    [InlineData("id",
        "Hal ini terjadi setelah sepekan pertempuran sengit di sekitar kota timur dan pinggirannya.",
        "Itu bukan yang pertama kali bagi mereka, dan mereka bilang bahwa itu juga tidak akan menjadi yang terakhir kalinya bagi mereka nanti.",
        "Insinyur Ukraina memulihkan listrik, pasokan air, jaringan pemanas, serta sinyal seluler di distrik utara Kharkiv pada Selasa setelah rudal Rusia merusak gardu induk, stasiun pompa, dan trafo.")]
    [InlineData("vi",
        "Điều này diễn ra sau một tuần giao tranh ác liệt quanh thành phố miền đông.",
        "Đó không phải là lần đầu tiên chuyện như vậy đến với họ và họ nói rằng đó cũng sẽ không phải là lần cuối cùng.",
        "Kỹ sư Ukraine khôi phục điện, nước sạch, mạng sưởi ấm cùng sóng di động tại các quận phía bắc Kharkiv hôm thứ Ba khi tên lửa Nga phá huỷ trạm biến áp, trạm bơm.")]
    public void Summarize_DenseSentenceAfterAChattyOne_PrefersTheDenseOne(string language, string backReference, string chatty, string dense)
    {
        // The three share no content word, so their centrality is equal; the back-reference cannot open the summary,
        // and the chatty sentence (function words only) comes before the dense one (names, places, things).
        var profile = LanguageCatalog.Default.Get(language);
        var sentences = new SentenceSegmenter().Split(string.Join(" ", backReference, chatty, dense), profile);
        var withoutDensity = new Summarizer(new SummarizerOptions { DensityWeight = 0 });

        var summary = _sut.Summarize(string.Empty, sentences, profile, 1);

        Assert.Equal(dense, Assert.Single(summary));
        Assert.Equal(chatty, Assert.Single(withoutDensity.Summarize(string.Empty, sentences, profile, 1)));
    }

    [Theory]
    [InlineData("en", "For example, the port reopened on Tuesday after drones struck a fuel depot near the harbour.")]
    [InlineData("id", "Misalnya, pelabuhan dibuka kembali pada Selasa setelah drone menyerang depot bahan bakar.")]
    [InlineData("vi", "Chẳng hạn, cảng đã mở cửa trở lại vào thứ Ba sau khi kho nhiên liệu bị tấn công.")]
    [InlineData("fa", "برای مثال، بندر پس از حمله پهپادها به انبار سوخت روز سه‌شنبه دوباره باز شد.")]
    public void PointsBack_ExampleOfSomethingSaidBefore_IsABackReference(string language, string sentence)
    {
        Assert.True(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Fact]
    public void Summarize_HeadlineTitle_NeverReturnsTheHeadline()
    {
        var summary = _sut.Summarize(Headline, Sentences(Article), English, 3);

        Assert.DoesNotContain(Headline, summary);
    }

    [Fact]
    public void Summarize_QuestionHeadline_NeverReturnsTheHeadline()
    {
        const string question = "Can the port of Odesa keep exporting grain?";
        var text = question + "\n" + Article[(Headline.Length + 1)..];

        var summary = _sut.Summarize(question, Sentences(text), English, 10);

        Assert.DoesNotContain(question, summary);
    }

    [Fact]
    public void Summarize_OneSentence_PicksTheLeadOfTheStory()
    {
        var summary = _sut.Summarize(Headline, Sentences(Article), English, 1);

        Assert.Equal(["Russian drones struck a fuel depot near the port of Odesa overnight, starting a large fire that burned until morning."], summary);
    }

    [Fact]
    public void Summarize_SeveralSentences_ReturnsVerbatimSentencesInTextOrder()
    {
        var sentences = Sentences(Article);

        var summary = _sut.Summarize(Headline, sentences, English, 3);

        Assert.Equal(3, summary.Count);
        var positions = summary.Select(s => Article.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Summarize_OffTopicSentence_IsNotChosenBeforeCentralOnes()
    {
        var summary = _sut.Summarize(Headline, Sentences(Article), English, 3);

        Assert.DoesNotContain(summary, s => s.Contains("bakery", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_PhotoCredit_IsNeverChosen()
    {
        var summary = _sut.Summarize(Headline, Sentences(Article), English, 5);

        Assert.DoesNotContain("Photo: Reuters", summary);
    }

    [Fact]
    public void Summarize_ShortCaptionFirst_PrefersTheFullLeadSentence()
    {
        const string text = "Smoke over the harbour. Russian drones struck a fuel depot near the port of Odesa overnight and started a large fire, the governor said. Firefighters at the depot contained the fire by morning, officials at the port said.";

        var summary = _sut.Summarize(string.Empty, Sentences(text), English, 1);

        Assert.StartsWith("Russian drones struck", summary.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_TitleThatIsTheFirstSentence_KeepsThatSentence()
    {
        var sentences = Sentences(Article[(Headline.Length + 1)..]);

        var summary = _sut.Summarize(sentences[0].Text, sentences, English, 1);

        Assert.Equal(sentences[0].Text, summary.Single());
    }

    [Fact]
    public void Summarize_NearDuplicateSentences_ChoosesOnlyOne()
    {
        const string text = "Drones hit the fuel depot at the port overnight, officials said. Drones hit the fuel depot at the port overnight, officials said again. The governor ordered schools in the region to stay closed on Monday.";

        var summary = _sut.Summarize(string.Empty, Sentences(text), English, 2);

        Assert.Single(summary, s => s.StartsWith("Drones hit", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_WithoutProfile_StillSummarises()
    {
        var summary = _sut.Summarize(Headline, Sentences(Article), null, 2);

        Assert.Equal(2, summary.Count);
    }

    [Fact]
    public void Summarize_ZeroCountOrNoSentences_ReturnsNothing()
    {
        Assert.Empty(_sut.Summarize(Headline, Sentences(Article), English, 0));
        Assert.Empty(_sut.Summarize(Headline, [], English, 3));
    }

    [Fact]
    public void Summarize_SameInput_SameSummary()
    {
        var sentences = Sentences(Article);

        Assert.Equal(_sut.Summarize(Headline, sentences, English, 3), _sut.Summarize(Headline, sentences, English, 3));
    }
}
