using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>
/// Twenty-sixth session, summaries: a page that opens on its top picture's caption, with no credit, run into the body
/// (BBC pages copied as text: "Warga melihat rumah yang roboh di Mamuju. Gempa berkekuatan …"). The caption is
/// recognised by its shape and the language's words (a place word; no digit, quotation, time, tense or reporting
/// word) and is never the title or a summary sentence; a credit in brackets glued to the next sentence ("(Getty
/// Images) Keputusan itu …") makes the sentence before it a caption and is read past.
/// </summary>
public sealed class SummariesTwentySixthTests
{
    private readonly ArticleAnalyzer _analyzer = new();

    [Theory]
    [InlineData("id", "Warga melihat rumah yang roboh di Mamuju.")]
    [InlineData("id", "Seorang nelayan memperbaiki jaring di pelabuhan Sibolga.")]
    [InlineData("id", "Asap hitam membubung dari gudang pabrik di pinggiran Medan.")]
    [InlineData("id", "Suasana ruang sidang di Pengadilan Negeri Jakarta Selatan.")]
    [InlineData("vi", "Người dân xếp hàng mua gạo ở chợ Long Biên.")]
    [InlineData("vi", "Xe cứu thương đậu trước cổng bệnh viện tại Đà Nẵng.")]
    [InlineData("fa", "کودکان در کنار چادرهای اسکان موقت در کرمانشاه بازی می‌کنند.")]
    [InlineData("fa", "نمایی از بازار بزرگ تبریز.")]
    public void IsUnmarkedCaption_ShortDescriptionWithAPlace_IsACaption(string language, string sentence)
    {
        Assert.True(Credits.IsUnmarkedCaption(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Theory]
    [InlineData("id", "Polisi menangkap dua pria di Medan pada Senin malam.")] // a time: an event told
    [InlineData("id", "Gempa merusak 300 rumah di Mamuju.")] // a number
    [InlineData("id", "Banjir telah merendam ratusan rumah di Samarinda.")] // tense
    [InlineData("id", "Menurut polisi, pelaku ditangkap di rumahnya.")] // a source
    [InlineData("id", "\"Kami kehilangan segalanya di sini.\"")] // a quotation
    [InlineData("id", "Nelayan di Sibolga tidak melaut")] // no full stop: a sub-heading, not a caption
    [InlineData("id", "Harga cabai melonjak tajam menjelang akhir tahun.")] // no place word
    [InlineData("id", "Di Mamuju warga kembali ke rumah.")] // the place word opens it: a lede's setting, not a picture's
    [InlineData("id", "Ribuan warga yang rumahnya rusak akibat gempa kuat semalam masih bertahan di tenda pengungsian sementara di Mamuju.")] // long
    [InlineData("vi", "Cảnh sát đã bắt giữ hai nghi phạm ở Hải Phòng.")]
    [InlineData("vi", "Bộ Y tế cho biết dịch đang lan rộng ở miền Tây.")]
    [InlineData("fa", "زلزله روز شنبه در کرمانشاه خسارت زیادی به بار آورد.")]
    [InlineData("fa", "پلیس گفت دو نفر در تبریز بازداشت شدند.")]
    [InlineData("en", "Rescuers search the rubble in Khoy.")] // English lists no caption words: tense is in the verb
    [InlineData("ru", "Спасатели разбирают завалы в Харькове.")]
    public void IsUnmarkedCaption_LedeOrLanguageWithoutTheWords_IsNot(string language, string sentence)
    {
        Assert.False(Credits.IsUnmarkedCaption(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Theory]
    [InlineData(
        "Warga melihat rumah yang roboh di Mamuju. " +
        "Gempa berkekuatan 5,8 mengguncang Mamuju pada Selasa dini hari dan merusak lebih dari 200 rumah serta dua sekolah. " +
        "Badan penanggulangan bencana menyatakan tiga orang meninggal dunia dan 40 orang luka-luka. " +
        "Ribuan warga memilih tidur di tenda karena khawatir akan gempa susulan. " +
        "Pemerintah daerah menetapkan masa tanggap darurat selama dua minggu.")]
    [InlineData(
        "Người dân xếp hàng mua gạo ở chợ Long Biên. " +
        "Giá gạo tại Hà Nội đã tăng gần 20% trong tháng qua do nguồn cung giảm sau đợt mưa lũ ở các tỉnh phía bắc. " +
        "Bộ Công Thương cho biết sẽ đưa thêm hàng nghìn tấn gạo dự trữ ra thị trường trong tuần tới. " +
        "Nhiều tiểu thương nói khách mua nhiều hơn bình thường vì lo giá tiếp tục tăng. " +
        "Các chuyên gia dự báo giá sẽ ổn định trở lại sau vụ thu hoạch tới.")]
    [InlineData(
        "کودکان در کنار چادرهای اسکان موقت در کرمانشاه بازی می‌کنند. " +
        "زمین‌لرزه‌ای به بزرگی ۵٫۶ ریشتر بامداد دوشنبه استان کرمانشاه را لرزاند و صدها خانه روستایی را ویران کرد. " +
        "به گفته هلال احمر، دست‌کم ۲۰۰ نفر زخمی شدند و هزاران نفر شب را در چادر گذراندند. " +
        "امدادگران هنوز در حال جستجو در روستاهای دورافتاده هستند. " +
        "دولت وعده داده است خانه‌های ویران‌شده را تا پیش از زمستان بازسازی کند.")]
    public void Analyze_CaptionRunIntoTheBody_IsNeitherTitleNorSummary(string text)
    {
        var caption = text[..(text.IndexOf(". ", StringComparison.Ordinal) + 1)];

        var analysis = _analyzer.Analyze(new ArticleText(text), 3);

        Assert.NotEqual(caption, analysis.Title);
        Assert.DoesNotContain(caption, analysis.Summary);
        Assert.NotEmpty(analysis.Summary);
    }

    [Fact]
    public void Analyze_ShortLedeWithATime_StaysTheTitle()
    {
        // The first sentence tells an event (a day, a number): a lede, not a caption.
        const string lede = "Polisi menangkap dua pria di Medan pada Senin malam.";
        const string text = lede + " " +
            "Keduanya diduga mencuri puluhan sepeda motor dari parkiran sebuah pusat perbelanjaan. " +
            "Polisi menyita tujuh sepeda motor dan sejumlah kunci palsu. " +
            "Kedua tersangka terancam hukuman tujuh tahun penjara.";

        Assert.Equal(lede, _analyzer.Analyze(new ArticleText(text), 1).Title);
    }

    [Fact]
    public void Analyze_CaptionShapedLineOfItsOwn_IsStillTheTitle()
    {
        // A line of its own above the body may be the headline; only a caption run into the first paragraph is read as one.
        const string text = "Warga melihat rumah yang roboh di Mamuju.\n\n" +
            "Gempa berkekuatan 5,8 mengguncang Mamuju pada Selasa dini hari dan merusak lebih dari 200 rumah. " +
            "Tiga orang meninggal dunia.";

        Assert.Equal("Warga melihat rumah yang roboh di Mamuju.", _analyzer.Analyze(new ArticleText(text), 1).Title);
    }

    [Theory]
    [InlineData("id", "(Getty Images) Keputusan itu diambil setelah rapat dua hari.")]
    [InlineData("id", "(Foto: Antara) Kebijakan tersebut berlaku mulai bulan depan.")]
    [InlineData("vi", "(Getty Images) Quyết định này được đưa ra sau cuộc họp kéo dài.")]
    public void PointsBack_AfterABracketedCredit_ReadsTheSentence(string language, string sentence)
    {
        Assert.True(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Theory]
    [InlineData("id", "(Kata dia) Keputusan itu sudah final.")] // brackets that are no credit
    [InlineData("id", "(Foto) Presiden meresmikan bendungan baru di Aceh.")] // a one-word marker alone is no credit
    public void PointsBack_BracketsThatAreNoCredit_AreNotSkipped(string language, string sentence)
    {
        Assert.False(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
        Assert.False(Credits.StartsWithCredit(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Fact]
    public void Analyze_CreditInBracketsGluedToTheBody_CaptionLeftOutAndCreditCut()
    {
        const string text = "Gedung Bank Indonesia di kawasan Thamrin, Jakarta. (Getty Images) " +
            "Bank Indonesia menurunkan suku bunga acuan sebesar 25 basis poin menjadi 5,5% dalam rapat dewan gubernur pada Rabu. " +
            "Gubernur bank sentral mengatakan inflasi yang rendah memberi ruang untuk melonggarkan kebijakan. " +
            "Rupiah melemah tipis setelah pengumuman tersebut.";
        var profile = LanguageCatalog.Default.Get("id");

        var analysis = _analyzer.Analyze(new ArticleText(text), 3);

        Assert.True(Credits.StartsWithCredit("(Getty Images) Bank Indonesia menurunkan suku bunga", profile));
        Assert.StartsWith("Bank Indonesia menurunkan", analysis.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Summary, s => s.Contains("Getty", StringComparison.Ordinal) || s.StartsWith("Gedung", StringComparison.Ordinal));
        Assert.StartsWith("Bank Indonesia menurunkan", analysis.Summary[0], StringComparison.Ordinal);
    }
}
