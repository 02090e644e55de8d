using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Figures;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>Bylines, photo credits and captions: never the title, never a summary sentence (issue 10).</summary>
public sealed class CreditsTests
{
    private readonly ArticleAnalyzer _analyzer = new();

    private static LanguageProfile Profile(string language) => LanguageCatalog.Default.Get(language);

    [Fact]
    public void IsWordChar_EveryCharacter_IsTheLetterDigitOrMarkRule()
    {
        // The credit and furniture checks read word characters from the tokenizer's table; it must answer as the rule
        // they were written with (letters and digits, ZWNJ and ZWJ, combining marks) on every UTF-16 unit.
        for (var c = char.MinValue; ; c++)
        {
            var rule = c < '\u0080'
                ? char.IsAsciiLetterOrDigit(c)
                : char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D' ||
                  char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            Assert.True(rule == Credits.IsWordChar(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Theory]
    [InlineData("en", "By Maria Lopez, staff reporter")]
    [InlineData("en", "By Maria Lopez and Tom Fisher")]
    [InlineData("en", "By Tom Fisher in Kyiv")]
    [InlineData("en", "Reporting by Tom Fisher; Editing by Ann Wells")]
    [InlineData("en", "By AFP")]
    [InlineData("en", "Photo: Reuters")]
    [InlineData("en", "(Photo: AFP)")]
    [InlineData("en", "REUTERS/Stringer")]
    [InlineData("en", "AFP/Getty Images")]
    [InlineData("en", "Getty Images")]
    [InlineData("vi", "Ảnh: TTXVN")]
    [InlineData("vi", "Bài và ảnh: Minh Châu")]
    [InlineData("id", "Oleh: Budi Santoso")]
    [InlineData("id", "Oleh Budi Santoso")]
    [InlineData("id", "Penulis: Rina Wati | Editor: Agus Salim")]
    [InlineData("id", "Foto: AFP")]
    [InlineData("fa", "عکس: ایرنا")]
    [InlineData("fa", "خبرنگار: مریم احمدی")]
    [InlineData("uk", "Фото: ДСНС")]
    [InlineData("uk", "Автор: Олена Коваль")]
    [InlineData("ru", "Фото: РИА Новости")]
    [InlineData("ar", "صورة: رويترز")]
    public void IsBylineOrCredit_BylinesAndCredits_AreFound(string language, string line) =>
        Assert.True(Credits.IsBylineOrCredit(line, Profile(language)));

    [Theory]
    [InlineData("en", "By the numbers: Russia's drone war in one year")]
    [InlineData("en", "By The Numbers")]
    [InlineData("en", "By Land and Sea, Ukraine Strikes Back")]
    [InlineData("en", "Photo shows drone debris on a street in Kyiv")]
    [InlineData("en", "He posted a photo: the bridge was gone")]
    [InlineData("en", "NATO/EU summit opens in Brussels")]
    [InlineData("en", "Drone strike kills three in Odesa")]
    [InlineData("vi", "Ảnh hưởng của bão số 3 tới các tỉnh miền Bắc")]
    [InlineData("id", "Oleh-oleh khas Malang laris jelang libur panjang")]
    [InlineData("id", "Oleh karena itu, warga diminta menjauhi lokasi")]
    [InlineData("fa", "عکس‌های ماهواره‌ای از حمله به پایگاه هوایی")]
    [InlineData("uk", "Фото з місця удару по Одесі")]
    public void IsBylineOrCredit_HeadlinesAndSentences_AreNot(string language, string line) =>
        Assert.False(Credits.IsBylineOrCredit(line, Profile(language)));

    [Theory]
    [InlineData("en", "Rescuers work at the site of a drone strike in Odesa, Ukraine, on Tuesday. REUTERS/Stringer")]
    [InlineData("en", "Smoke rises over the port after the attack (Photo: AFP)")]
    [InlineData("en", "Firefighters at the depot. Photo: Getty Images")]
    [InlineData("uk", "Наслідки обстрілу Одеси. Фото: ДСНС")]
    [InlineData("vi", "Lực lượng cứu hộ tại hiện trường vụ tấn công. Ảnh: TTXVN")]
    [InlineData("id", "Petugas memeriksa puing drone di Kharkiv. Foto: Antara")]
    [InlineData("fa", "امدادگران در محل حمله پهپادی. عکس: ایرنا")]
    public void EndsWithCredit_PhotoCaptions_AreFound(string language, string line) =>
        Assert.True(Credits.EndsWithCredit(line, Profile(language)));

    [Theory]
    [InlineData("en", "The governor shared a photo of the damaged school on Telegram.")]
    [InlineData("en", "Drones struck the port overnight, the governor said.")]
    [InlineData("uk", "Рятувальники опублікували фото зруйнованого будинку.")]
    [InlineData("vi", "Cảnh sát công bố ảnh của nghi phạm vào sáng nay.")]
    public void EndsWithCredit_SentencesAboutPhotos_AreNot(string language, string line) =>
        Assert.False(Credits.EndsWithCredit(line, Profile(language)));

    [Theory]
    [InlineData("Updated 14:05 GMT, 4 December 2026")]
    [InlineData("04.12.2026 10:32")]
    [InlineData("Rabu, 02/12/2026 07:15 WIB")]
    public void IsTimestamp_DateLines_AreFound(string line) => Assert.True(Credits.IsTimestamp(line));

    [Theory]
    [InlineData("Kyiv 10:32: air raid alert over the capital")]
    [InlineData("Drones strike Odesa for the third night")]
    public void IsTimestamp_Headlines_AreNot(string line) => Assert.False(Credits.IsTimestamp(line));

    [Theory]
    [InlineData("By Maria Lopez, staff reporter\nDrone strike kills three in Odesa\nRussian drones struck the port of Odesa overnight, killing three people, the governor said.", "Drone strike kills three in Odesa")]
    [InlineData("Photo: Reuters\nDrone strike kills three in Odesa\nRussian drones struck the port of Odesa overnight, killing three people, the governor said.", "Drone strike kills three in Odesa")]
    [InlineData("Rescuers at the site of the strike in Odesa, Ukraine. REUTERS/Stringer\nDrone strike kills three in Odesa\nRussian drones struck the port of Odesa overnight, killing three people, the governor said.", "Drone strike kills three in Odesa")]
    [InlineData("Updated 06:40 GMT, 4 December 2026\nBy Maria Lopez\nDrone strike kills three in Odesa\nRussian drones struck the port of Odesa overnight, killing three people, the governor said.", "Drone strike kills three in Odesa")]
    [InlineData("Oleh: Budi Santoso\nSerangan drone tewaskan tiga orang di Odesa\nDrone Rusia menyerang pelabuhan Odesa pada malam hari dan menewaskan tiga orang, kata gubernur.", "Serangan drone tewaskan tiga orang di Odesa")]
    [InlineData("Ảnh: TTXVN\nUAV tấn công Odesa, ba người thiệt mạng\nMáy bay không người lái của Nga tấn công cảng Odesa đêm qua khiến ba người thiệt mạng, thống đốc cho biết.", "UAV tấn công Odesa, ba người thiệt mạng")]
    [InlineData("عکس: ایرنا\nحمله پهپادی به اودسا سه کشته بر جای گذاشت\nپهپادهای روسیه شب گذشته به بندر اودسا حمله کردند و سه نفر کشته شدند، استاندار گفت.", "حمله پهپادی به اودسا سه کشته بر جای گذاشت")]
    [InlineData("Наслідки атаки на Одесу. Фото: ДСНС\nДрони атакували Одесу, троє загиблих\nРосійські дрони вночі атакували порт Одеси, загинули троє людей, повідомив голова ОВА.", "Дрони атакували Одесу, троє загиблих")]
    public void Analyze_BylineCreditOrCaptionAboveTheHeadline_IsNotTheTitle(string text, string title) =>
        Assert.Equal(title, _analyzer.Analyze(new ArticleText(text)).Title);

    [Theory]
    [InlineData("By the numbers: Russia's drone war in one year\nRussian forces launched thousands of drones at Ukrainian cities this year, the air force said.")]
    [InlineData("Photo exhibition on the war opens in Lviv\nAn exhibition of war photography opened in Lviv on Friday, the city council said.")]
    public void Analyze_HeadlineThatLooksLikeACredit_StaysTheTitle(string text) =>
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], _analyzer.Analyze(new ArticleText(text)).Title);

    [Fact]
    public void Analyze_OnlyACaptionAndOneLongLine_TitleIsNotTheCaption()
    {
        // No headline line: the title is a sentence, and the caption sentence glued before the credit is passed over.
        var lede = "Russian drones struck the port of Odesa overnight, killing three people and wounding twelve, the regional governor said on Tuesday morning.";
        var text = "Rescuers at the port. Photo: Reuters " + lede + " " + string.Join(" ", Enumerable.Repeat("Firefighters worked at the port until the morning.", 4));

        var title = _analyzer.Analyze(new ArticleText(text)).Title;

        Assert.DoesNotContain("Rescuers at the port", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Drone strike kills three in Odesa",
        "Rescuers search the rubble of a house hit by Russian drones in Odesa, where three people were killed overnight. REUTERS/Stringer",
        "Russian drones struck houses in Odesa overnight, the regional governor said on Tuesday. Three people were killed in the strike, officials said. Firefighters put out fires in two districts of the city by morning.")]
    [InlineData("uk", "Дрони атакували Одесу, троє загиблих",
        "Рятувальники розбирають завали будинку в Одесі, куди влучив російський дрон, троє людей загинули. Фото: ДСНС",
        "Російські дрони вночі атакували житлові будинки в Одесі, повідомив голова обласної адміністрації. Троє людей загинули внаслідок удару, повідомили в ДСНС. Пожежі у двох районах міста загасили до ранку.")]
    [InlineData("vi", "UAV tấn công Odesa, ba người thiệt mạng",
        "Lực lượng cứu hộ tìm kiếm trong đống đổ nát của ngôi nhà ở Odesa bị UAV Nga tấn công, nơi ba người thiệt mạng đêm qua. Ảnh: Reuters",
        "Máy bay không người lái Nga tấn công nhà dân ở Odesa đêm qua, thống đốc khu vực cho biết hôm thứ Ba. Ba người thiệt mạng trong vụ tấn công, giới chức cho biết. Lính cứu hỏa dập tắt đám cháy ở hai quận của thành phố vào sáng nay.")]
    [InlineData("id", "Serangan drone tewaskan tiga orang di Odesa",
        "Petugas penyelamat mencari korban di reruntuhan rumah di Odesa yang dihantam drone Rusia, tempat tiga orang tewas semalam. Foto: Reuters",
        "Drone Rusia menyerang rumah warga di Odesa pada malam hari, kata gubernur wilayah itu pada Selasa. Tiga orang tewas dalam serangan itu, kata pejabat setempat. Petugas pemadam kebakaran memadamkan api di dua distrik kota pada pagi hari.")]
    [InlineData("fa", "حمله پهپادی به اودسا سه کشته بر جای گذاشت",
        "امدادگران در آوار خانه‌ای در اودسا که هدف پهپاد روسیه قرار گرفت و سه نفر در آن کشته شدند جستجو می‌کنند. عکس: رویترز",
        "پهپادهای روسیه شب گذشته به خانه‌های مسکونی در اودسا حمله کردند، استاندار منطقه روز سه‌شنبه گفت. سه نفر در این حمله کشته شدند، مقامات گفتند. آتش‌نشانان آتش را در دو منطقه شهر تا صبح خاموش کردند.")]
    public void Analyze_PhotoCaption_IsNeverASummarySentenceButKeepsItsFigures(string language, string headline, string caption, string body)
    {
        var text = headline + "\n" + caption + "\n" + body;
        var profile = Profile(language);
        var sentences = new SentenceSegmenter().Split(text, profile);
        var captionSentence = sentences[1].Text;

        // Without the caption rule the caption would open the summary (first, central, close to the headline).
        var unguarded = new Summarizer().Summarize(headline, sentences, profile, 1);
        var result = _analyzer.Analyze(new ArticleText(text), 3, language);

        Assert.Equal(captionSentence, Assert.Single(unguarded));
        Assert.Equal(headline, result.Title);
        Assert.NotEmpty(result.Summary);
        Assert.DoesNotContain(result.Summary, s => s.Contains(captionSentence, StringComparison.Ordinal) || captionSentence.Contains(s, StringComparison.Ordinal));

        // The article's own photo caption is part of it: its figures stay (GUIDELINE: only other stories' captions are not).
        Assert.Contains(result.Figures, f => f.Kind == FigureKind.Killed && f.Value == 3);
    }

    [Fact]
    public void Analyze_FigureStatedOnlyInTheArticlesOwnCaption_StaysAFigure()
    {
        const string text = "Drones hit warehouse in Odesa port\n" +
            "Rescuers carry one of the 14 wounded workers from a warehouse hit by drones in Odesa. REUTERS/Stringer\n" +
            "Russian drones struck a warehouse in the port of Odesa overnight, the regional governor said. Firefighters put out the fire by morning.";

        var result = _analyzer.Analyze(new ArticleText(text), 3);

        Assert.DoesNotContain(result.Summary, s => s.Contains("Rescuers carry", StringComparison.Ordinal));
        Assert.Contains(result.Figures, f => f.Kind == FigureKind.Injured && f.Value == 14);
    }

    [Fact]
    public void Analyze_SentenceAboutAPhoto_StaysACandidate()
    {
        const string lede = "The governor shared a photo of the school in Odesa that Russian drones destroyed overnight, saying three guards were killed.";
        const string text = "Drones destroy school in Odesa\n" + lede + "\nRescuers worked at the site until morning, officials said.";

        var result = _analyzer.Analyze(new ArticleText(text), 1);

        Assert.Equal(lede, Assert.Single(result.Summary));
    }

    [Theory]
    [InlineData("en", "Read more: Missile strike on Kharkiv kills seven")]
    [InlineData("en", "Read more")]
    [InlineData("en", "[Missile strike on Kharkiv kills seven]")]
    [InlineData("id", "Baca juga: Serangan rudal di Kharkiv tewaskan tujuh orang")]
    [InlineData("vi", "Xem thêm: Tên lửa tấn công Kharkiv, bảy người thiệt mạng")]
    [InlineData("fa", "بیشتر بخوانید: حمله موشکی به خارکیف هفت کشته بر جای گذاشت")]
    [InlineData("uk", "Читайте також: Ракетний удар по Харкову забрав життя семи людей")]
    public void IsLinkLine_LinksToOtherArticles_AreFound(string language, string line) =>
        Assert.True(Credits.IsLinkLine(line, Profile(language)));

    [Theory]
    [InlineData("en", "Watch officials said the port would reopen on Monday after repairs.")]
    [InlineData("en", "Readers sent photos of the damage to the newsroom.")]
    public void IsLinkLine_Sentences_AreNot(string language, string line) =>
        Assert.False(Credits.IsLinkLine(line, Profile(language)));

    [Fact]
    public void Analyze_ReadMoreLine_IsNeverASummarySentence()
    {
        // The linked headline is longer than the body's sentences and shares the story's words.
        const string link = "Read more: Russian drones struck the port of Odesa again overnight, killing seven people and wounding twenty in the harbour district";
        const string text = "Drones strike Odesa port again\n" + link + "\nRussian drones struck the port of Odesa overnight, the governor said. Firefighters worked until morning.";
        var english = Profile("en");
        var sentences = new SentenceSegmenter().Split(text, english);

        var unguarded = new Summarizer().Summarize("Drones strike Odesa port again", sentences, english, 1);
        var result = _analyzer.Analyze(new ArticleText(text), 2);

        Assert.Equal(link, Assert.Single(unguarded));
        Assert.DoesNotContain(link, result.Summary);
    }

    [Fact]
    public void Find_CaptionGluedToTheNextParagraph_FlagsTheCaptionNotTheParagraph()
    {
        var vietnamese = Profile("vi");
        const string text = "Tổng thống phát biểu tại Hà Nội. Ảnh: TTXVN Chiều qua, Tổng thống đã có bài phát biểu quan trọng về kinh tế tại Hà Nội trước hàng nghìn sinh viên. Bài phát biểu kéo dài một giờ.";
        var sentences = new SentenceSegmenter().Split(text, vietnamese);

        var flags = Credits.Find(text, sentences, vietnamese);

        Assert.Equal([true, false, false], flags);
    }
    [Theory]
    [InlineData("en", "Home | World | Europe | Ukraine war")]
    [InlineData("vi", "Trang chủ > Thế giới > Quân sự")]
    [InlineData("en", "By Staff Reporter | Published: 14 March 2025, 09:12 | Updated: 14 March 2025, 11:40")]
    [InlineData("vi", "Thứ bảy, 15/3/2025, 08:30 (GMT+7)")]
    [InlineData("en", "Share on Facebook  Share on X  Email")]
    [InlineData("en", "© 2025 All rights reserved.")]
    [InlineData("en", "Breaking News")]
    [InlineData("vi", "Bình luận (0)")]
    [InlineData("id", "Bagikan ke Facebook | Bagikan ke WhatsApp")]
    [InlineData("fa", "اشتراک‌گذاری در تلگرام")]
    [InlineData("ru", "Поделиться: Telegram, ВКонтакте")]
    [InlineData("fa", "کد خبر: ۱۲۳۴۵۶۷")]
    [InlineData("ar", "الرئيسية » أخبار » عربي ودولي")]
    [InlineData("ar", "عاجل")]
    public void IsFurniture_PageFurniture_IsFound(string language, string line) =>
        Assert.True(Credits.IsFurniture(line, Profile(language)));

    [Theory]
    [InlineData("en", "Live: Russia launches 500 drones at Ukraine")]
    [InlineData("en", "Share prices fell after the attack on the port")]
    [InlineData("en", "Follow the war on our live page as 12 people are reported killed")]
    [InlineData("vi", "Có 3 điểm di tích được đề nghị tăng phí từ 20.000 đồng / vé lên 30.000 đồng / vé gồm: Đền Ngọc Sơn; Nhà tù Hoả lò.")]
    [InlineData("en", "Drones, missiles / glide bombs / artillery: how Russia strikes Kharkiv")]
    public void IsFurniture_HeadlinesAndProse_AreNot(string language, string line) =>
        Assert.False(Credits.IsFurniture(line, Profile(language)));

    [Fact]
    public void Analyze_APageWithFurniture_TakesTheHeadlineAndTheBodysWording()
    {
        const string text = "Trang chủ > Thế giới > Quân sự\nThứ bảy, 15/3/2025, 08:30 (GMT+7)\nNga tấn công thành phố Odessa, 5 người thiệt mạng\n"
            + "Ít nhất 5 người thiệt mạng và 14 người bị thương tại thành phố Odessa, chính quyền địa phương cho biết.\nChia sẻ Facebook Zalo\nBình luận (0)";

        var analysis = _analyzer.Analyze(new ArticleText(text));

        Assert.Equal("Nga tấn công thành phố Odessa, 5 người thiệt mạng", analysis.Title);
        Assert.Equal("Ít nhất 5 người thiệt mạng và 14 người bị thương tại thành phố Odessa, chính quyền địa phương cho biết.", Assert.Single(analysis.Summary));
        // The headline's "5 người thiệt mạng" and the body's "Ít nhất 5": the body's wording wins.
        Assert.Equal(Reports.Core.Figures.Qualifier.AtLeast, analysis.Figures.Single(f => f.Value == 5).Qualifier);
    }

    [Fact]
    public void Analyze_BreakingNewsAboveTheHeadline_IsNotTheTitle()
    {
        var analysis = _analyzer.Analyze(new ArticleText("Breaking News\nAt least 11 killed as drones hit a camp near El Fasher\nDrones struck the camp on Sunday, killing at least 11 people, a local committee said."));

        Assert.Equal("At least 11 killed as drones hit a camp near El Fasher", analysis.Title);
    }
}
