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

    [Theory]
    [InlineData("ar", "الأمم المتحدة تدعو إلى وقف إطلاق النار")]
    [InlineData("ar", "سقوط صاروخ على مبنى سكني في خاركيف")]
    [InlineData("ar", "الشرطة تعتقل مشتبها به بعد الهجوم")]
    [InlineData("ar", "الرئيس يلتقي نظيره الفرنسي غدا")]
    [InlineData("fa", "پلیس دو مظنون را دستگیر کرد")]
    [InlineData("fa", "سازمان ملل خواستار آتش‌بس شد")]
    [InlineData("fa", "موشک به ساختمان مسکونی در خارکف اصابت کرد")]
    [InlineData("uk", "Поліція затримала двох підозрюваних")]
    [InlineData("uk", "ООН закликає до припинення вогню")]
    [InlineData("uk", "Ракета влучила в житловий будинок у Харкові")]
    [InlineData("ru", "Полиция задержала двух подозреваемых")]
    [InlineData("ru", "ООН призывает к прекращению огня")]
    [InlineData("en", "Police arrest two suspects after the shooting")]
    [InlineData("en", "UN calls for an immediate ceasefire")]
    [InlineData("de", "Polizei nimmt zwei Verdächtige fest")]
    [InlineData("fr", "La police arrête deux suspects")]
    [InlineData("fr", "L'ONU appelle à un cessez-le-feu immédiat")]
    [InlineData("es", "La policía detiene a dos sospechosos")]
    [InlineData("es", "La ONU pide un alto el fuego inmediato")]
    [InlineData("id", "Polisi menangkap dua tersangka")]
    [InlineData("vi", "Cảnh sát bắt giữ hai nghi phạm")]
    [InlineData("vi", "Liên Hợp Quốc kêu gọi ngừng bắn ngay lập tức")]
    [InlineData("ar", "مجلس الأمن يعقد جلسة طارئة اليوم")]
    [InlineData("ar", "انقطاع الكهرباء عن أحياء واسعة في العاصمة")]
    [InlineData("fa", "نشست شورای امنیت امروز برگزار می‌شود")]
    [InlineData("fa", "برق بخش‌های زیادی از پایتخت قطع شد")]
    [InlineData("uk", "Радбез ООН збирається на екстрене засідання")]
    [InlineData("uk", "Столиця залишилася без світла")]
    [InlineData("ru", "Совбез ООН соберется на экстренное заседание")]
    [InlineData("ru", "Столица осталась без света")]
    public void Detect_ShortHeadline_ReturnsItsLanguage(string expected, string text)
    {
        var guess = _sut.Detect(text);

        Assert.Equal((expected, DetectionOutcome.Detected), (guess.Code, guess.Outcome));
    }

    [Theory]
    [InlineData("fa", "دونالد ترامپ (Donald Trump) رئیس‌جمهور آمریکا گفت که مذاکرات با Kremlin ادامه دارد.")]
    [InlineData("fa", "به گزارش Reuters، Volodymyr Zelensky امروز در Kyiv با خبرنگاران گفتگو کرد.")]
    [InlineData("ar", "قال دونالد ترامب (Donald Trump) إن المحادثات مع The Kremlin ستستمر.")]
    [InlineData("ru", "Компания Apple представила новый iPhone в Купертино")]
    [InlineData("uk", "Видання The Guardian пише, що Київ отримає нові системи Patriot")]
    public void Detect_TextQuotingNamesInAnotherScript_ReturnsTheLanguageOfItsMainScript(string expected, string text)
    {
        Assert.Equal(expected, _sut.Detect(text).Code);
    }

    [Theory]
    [InlineData("12 345 678", DetectionOutcome.NoLetters)]
    [InlineData("2024-11-22 06:00 +0300", DetectionOutcome.NoLetters)]
    [InlineData("🔴 🎥 !!!", DetectionOutcome.NoLetters)]
    [InlineData("", DetectionOutcome.NoLetters)]
    [InlineData("A 12", DetectionOutcome.TooFewLetters)]
    [InlineData("Κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία", DetectionOutcome.UnsupportedScript)]
    [InlineData("政府宣布新的经济措施", DetectionOutcome.UnsupportedScript)]
    [InlineData("Kyiv Odesa Kharkiv", DetectionOutcome.NoEvidence)]
    [InlineData("Ukraine in Berlin", DetectionOutcome.Tie)]
    [InlineData("Il governo ha annunciato che la nuova legge sarà approvata entro la fine del mese, secondo quanto riferito dal ministro degli interni.", DetectionOutcome.UnknownLanguage)]
    [InlineData("پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت ملک میں معاشی استحکام کے لیے تمام ضروری اقدامات کرے گی۔", DetectionOutcome.UnknownLanguage)]
    public void Detect_NoEvidenceForOneLanguage_ReturnsUndeterminedWithItsReason(string text, DetectionOutcome reason)
    {
        var guess = _sut.Detect(text);

        Assert.Equal((LanguageGuess.Undetermined, reason), (guess.Code, guess.Outcome));
    }

    [Fact]
    public void Detect_NumbersOnly_GivesNoClosestProfile()
    {
        var guess = _sut.Detect("1 200 / 3 400 — 56%");

        Assert.Equal((LanguageGuess.Undetermined, DetectionOutcome.NoLetters), (guess.Code, guess.Outcome));
        Assert.Null(guess.Closest);
    }

    [Fact]
    public void Detect_PersianWordsOnArabicKeyboard_OutweighTheArabicLettersTheyAreTypedWith()
    {
        // Every ي and ك here is a weak Arabic marker; the Persian words and گ are stronger evidence.
        var guess = _sut.Detect("وزير خارجه گفت كه مذاكرات هسته اي ادامه دارد");

        Assert.Equal("fa", guess.Code);
    }

    [Theory]
    [InlineData("id", "PBB serukan gencatan senjata segera")]
    [InlineData("ru", "Ракета попала в жилой дом в Харькове")]
    public void Detect_HeadlineWithoutListedWords_IsToldByItsAffixes(string expected, string text)
    {
        // No stopword, detection word or marker letter decides these; Indonesian -kan and Russian -ой do.
        Assert.Equal(expected, _sut.Detect(text).Code);
    }

    [Fact]
    public void Detect_AffixesOfAnotherLanguage_DoNotOutweighItsWords()
    {
        // "-ing" and "-ed" are English endings, but the Indonesian words decide.
        Assert.Equal("id", _sut.Detect("Penting: warga yang terdampak banjir diminta mengungsi").Code);
    }
}
