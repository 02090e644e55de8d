using Reports.Core.Languages;

namespace Reports.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _sut = new(LanguageCatalog.Default);

    [Theory]
    [InlineData("vi", "Quân đội cho biết các lực lượng đã bắn hạ nhiều máy bay không người lái trong đêm qua, nhưng một số mảnh vỡ đã rơi xuống khu dân cư và làm bị thương hai người.")]
    [InlineData("en", "The army said its forces shot down most of the drones overnight, but debris fell on a residential area and two people were injured in the city.")]
    [InlineData("id", "Militer mengatakan pasukannya telah menembak jatuh sebagian besar drone pada malam hari, namun puing-puing jatuh di kawasan permukiman dan dua orang terluka.")]
    [InlineData("fa", "ارتش اعلام کرد که نیروهایش بیشتر پهپادها را در طول شب سرنگون کردند، اما بقایای آنها در یک منطقه مسکونی سقوط کرد و دو نفر زخمی شدند.")]
    [InlineData("ar", "قال الجيش إن قواته أسقطت معظم الطائرات المسيرة خلال الليلة الماضية، لكن الحطام سقط على منطقة سكنية وأصيب شخصان في المدينة.")]
    [InlineData("uk", "Армія повідомила, що її сили збили більшість дронів уночі, але уламки впали на житловий район і двоє людей отримали поранення.")]
    [InlineData("ru", "Армия сообщила, что ее силы сбили большинство беспилотников ночью, но обломки упали на жилой район, и два человека получили ранения.")]
    [InlineData("fr", "L'armée a déclaré que ses forces avaient abattu la plupart des drones pendant la nuit, mais des débris sont tombés sur un quartier résidentiel et deux personnes ont été blessées.")]
    [InlineData("es", "El ejército dijo que sus fuerzas derribaron la mayoría de los drones durante la noche, pero los restos cayeron sobre una zona residencial y dos personas resultaron heridas.")]
    [InlineData("de", "Die Armee teilte mit, dass ihre Streitkräfte in der Nacht die meisten Drohnen abgeschossen hätten, aber Trümmer seien auf ein Wohngebiet gefallen und zwei Menschen wurden verletzt.")]
    public void Detect_NewsSentence_ReturnsItsLanguage(string expected, string text)
    {
        var guess = _sut.Detect(text);

        Assert.Equal(expected, guess.Code);
        Assert.Equal(expected, guess.Closest?.Code);
        Assert.InRange(guess.Confidence, 0.2, 1.0);
    }

    [Fact]
    public void Detect_PersianTypedWithArabicYehAndKaf_ReturnsPersian()
    {
        var guess = _sut.Detect("به گزارش خبرنگار ما، رئيس سازمان در اين نشست گفت كه برنامه هاي جديد براي توسعه شهر از هفته آينده اجرا مي شود.");

        Assert.Equal("fa", guess.Code);
    }

    [Fact]
    public void Detect_ArabicAboutIran_ReturnsArabicNotPersian()
    {
        var guess = _sut.Detect("أعلنت وزارة الخارجية الإيرانية في طهران أن المحادثات مع الوكالة الدولية ستستأنف الأسبوع المقبل في فيينا.");

        Assert.Equal("ar", guess.Code);
    }

    [Fact]
    public void Detect_IndonesianFullOfEnglishLoanwords_ReturnsIndonesian()
    {
        var guess = _sut.Detect("Startup fintech asal Jakarta itu meluncurkan fitur digital wallet baru untuk para merchant online, dan CEO perusahaan mengatakan bahwa update software akan dirilis pada bulan depan.");

        Assert.Equal("id", guess.Code);
    }

    [Fact]
    public void Detect_EnglishAboutIndonesia_ReturnsEnglish()
    {
        var guess = _sut.Detect("President Prabowo visited Jalan Sudirman in Jakarta on Monday and said the new Bank Indonesia rules would protect small traders from the rising prices of rice.");

        Assert.Equal("en", guess.Code);
    }

    [Theory]
    [InlineData("uk", "Він сказав, що ця інформація ще перевіряється і буде оприлюднена пізніше.")]
    [InlineData("ru", "Он сказал, что эта информация еще проверяется и будет опубликована позже.")]
    public void Detect_UkrainianOrRussianTwin_TellsThemApart(string expected, string text)
    {
        Assert.Equal(expected, _sut.Detect(text).Code);
    }

    [Theory]
    [InlineData("Il governo ha annunciato che la nuova legge sarà approvata entro la fine del mese, secondo quanto riferito dal ministro degli interni.")]
    [InlineData("Ayon sa mga opisyal, ang pamahalaan ay magpapadala ng tulong sa mga biktima ng bagyo sa lalawigan ngayong linggo.")]
    [InlineData("پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت ملک میں معاشی استحکام کے لیے تمام ضروری اقدامات کرے گی۔")]
    public void Detect_LanguageWithoutProfile_ReturnsUndetermined(string text)
    {
        var guess = _sut.Detect(text);

        Assert.Equal(LanguageGuess.Undetermined, guess.Code);
    }

    [Fact]
    public void Detect_UnprofiledLanguageInKnownScript_StillGivesClosestProfile()
    {
        var guess = _sut.Detect("Il governo ha annunciato che la nuova legge sarà approvata entro la fine del mese, secondo quanto riferito dal ministro degli interni.");

        Assert.NotNull(guess.Closest);
        Assert.Contains("Latin", guess.Closest.Scripts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kyiv")]
    [InlineData("2024-11-22 06:00")]
    public void Detect_TooLittleText_ReturnsUndetermined(string text)
    {
        Assert.Equal(LanguageGuess.Undetermined, _sut.Detect(text).Code);
    }

    [Fact]
    public void Detect_SameText_GivesSameAnswer()
    {
        const string text = "The ministry said the talks would resume next week in Vienna.";

        Assert.Equal(_sut.Detect(text), _sut.Detect(text));
    }

    [Fact]
    public void Detect_EmptyCatalog_ReturnsUndeterminedWithoutProfile()
    {
        var sut = new LanguageDetector(new LanguageCatalog([]));

        var guess = sut.Detect("The ministry said the talks would resume next week.");

        Assert.Equal(LanguageGuess.Undetermined, guess.Code);
        Assert.Null(guess.Closest);
    }
}
