using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>
/// Twenty-seventh session, summaries: what pages put before the lede. A dateline on a line of its own ("JAKARTA,
/// KOMPAS.com -", "МОСКВА, 3 декабря — РИА Новости."), a link to another article ("Baca juga: …"), a caption that says
/// what it is ("Ilustrasi …", "File photo …", the BBC's "Keterangan gambar, …"), an agency credit with spaces or a web
/// address ("NICOLAS TUCAT / AFP", "KOMPAS.com/Fika Nurul"), an agency in brackets ("(الفرنسية)", "[Reuters]"), a
/// credit whose name is known glued to the lede ("Ảnh: TTXVN Mưa lớn …") or glued between caption and lede
/// ("Ilustrasi … (Foto: Getty Images) Polisi …"): none is the title, none opens a summary sentence.
/// </summary>
public sealed class SummariesTwentySeventhTests
{
    private readonly ArticleAnalyzer _analyzer = new();

    private static LanguageProfile Profile(string language) => LanguageCatalog.Default.Get(language);

    [Theory]
    [InlineData("id", "SURABAYA, KOMPAS.com -")]
    [InlineData("en", "KHARKIV, Dec 3 (Reuters) -")]
    [InlineData("fa", "مشهد - ایرنا -")]
    [InlineData("ru", "МОСКВА, 3 декабря — РИА Новости.")]
    [InlineData("uk", "ОДЕСА, 5 грудня — Укрінформ")]
    [InlineData("ar", "بيروت - الجزيرة نت")]
    [InlineData("vi", "MINH ANH - QUANG HUY")]
    public void IsDateline_DatelineOrCapitalsBylineLine_IsOne(string language, string line)
    {
        Assert.True(Credits.IsDateline(line, Profile(language)));
    }

    [Theory]
    [InlineData("en", "Drone strike kills three in Kherson - Reuters")] // a headline with its source
    [InlineData("en", "NATO, EU agree — talks to resume")] // lower-case words after the dash
    [InlineData("en", "Ukraine war – live updates")]
    [InlineData("id", "warga yang rumahnya terendam mulai mening-")] // a word broken across lines
    [InlineData("ru", "МОСКВА, 3 декабря — взрыв на складе")]
    [InlineData("vi", "ĐỘNG ĐẤT MẠNH Ở MIỀN TRUNG.")] // a headline in capitals, terminated, no dash
    [InlineData("en", "Kyiv under fire as winter nears")]
    public void IsDateline_HeadlineOrProse_IsNot(string language, string line)
    {
        Assert.False(Credits.IsDateline(line, Profile(language)));
    }

    [Theory]
    [InlineData("fr", "Des pompiers près de Toulon, le 2 août 2025. CLEMENT MAHOUDEAU / AFP")]
    [InlineData("id", "Gubernur meninjau lokasi banjir di Bekasi, Senin (3/3/2025). KOMPAS.com/Rina Ayu")]
    [InlineData("id", "Petugas memadamkan api di lahan gambut. ANTARA FOTO/Budi Santoso")]
    [InlineData("ar", "رجال إطفاء يكافحون حريقا في غابة قرب اللاذقية (الفرنسية)")]
    [InlineData("en", "Firefighters at the scene of a blaze in Lviv [Reuters]")]
    [InlineData("en", "Smoke rises over the port of Izmail [File: Reuters]")]
    public void CaptionLine_EndsWithAnAgencyCredit_IsFlagged(string language, string line)
    {
        var text = line + "\nThe body of the article follows here with its lede and a second sentence.";
        var sentences = new SentenceSegmenter().Split(text, Profile(language));

        var flags = Credits.Find(text, sentences, Profile(language));

        Assert.True(flags[0]);
        Assert.False(flags[^1]);
    }

    [Theory]
    [InlineData("en", "Trade between the US / Canada grew by a third last year.")] // ends with a full stop and lower-case words
    [InlineData("en", "The ministry said the toll had risen to twelve (Reuters).")]
    [InlineData("en", "Talks were held in Geneva (in private)")]
    [InlineData("id", "Harga beras naik di Pasar Induk Cipinang (dok)")]
    public void Line_WithoutAgencyCredit_IsNotFlagged(string language, string line)
    {
        var text = line + "\nThe body of the article follows here with its lede and a second sentence.";
        var sentences = new SentenceSegmenter().Split(text, Profile(language));

        Assert.False(Credits.Find(text, sentences, Profile(language))[0]);
    }

    [Theory]
    [InlineData("id", "Ilustrasi banjir di jalan raya.")]
    [InlineData("id", "Tangkapan layar video kecelakaan bus di jalan tol.")]
    [InlineData("vi", "Toàn cảnh nhà máy điện gió nhìn từ trên cao.")]
    [InlineData("fa", "نمایی از پالایشگاه آبادان.")]
    [InlineData("en", "File photo of a police car outside the court.")]
    [InlineData("de", "Symbolbild: Ein Krankenwagen vor einer Klinik.")]
    [InlineData("ar", "جانب من الأضرار في حي سكني بمدينة حمص.")]
    public void IsOpenedCaption_CaptionOpener_IsACaption(string language, string sentence)
    {
        Assert.True(Credits.IsOpenedCaption(sentence, Profile(language)));
    }

    [Theory]
    [InlineData("id", "Ilustrasi itu dibuat oleh seorang seniman lokal dan dipamerkan di Jakarta selama dua pekan sejak Senin lalu, menarik ribuan pengunjung dari berbagai daerah.")] // long
    [InlineData("en", "Illustrations by local children were shown at the fair.")] // another word
    [InlineData("en", "A view of the city's future was set out by the mayor on Monday.")] // not an opener
    [InlineData("en", "File photo \"of the year\" awards were handed out.")] // a quotation
    [InlineData("ru", "Иллюстрированный журнал вышел тиражом в тысячу экземпляров.")]
    public void IsOpenedCaption_Lede_IsNot(string language, string sentence)
    {
        Assert.False(Credits.IsOpenedCaption(sentence, Profile(language)));
    }

    [Theory]
    [InlineData("id", "Keterangan gambar, Petani memanen padi di sawah.")]
    [InlineData("id", "Sumber gambar, Getty Images")]
    [InlineData("vi", "Nguồn hình ảnh, Reuters")]
    [InlineData("fa", "منبع تصویر، Getty Images")]
    [InlineData("fa", "توضیح تصویر، امدادگران در میان آوار")]
    [InlineData("en", "Image caption, Rescuers search the rubble")]
    public void OpensWithCaptionLabel_PictureLabel_IsOne(string language, string text)
    {
        Assert.True(Credits.OpensWithCaptionLabel(text, Profile(language)));
    }

    [Theory]
    [InlineData("id", "Ilustrasi yang dipamerkan menarik perhatian pengunjung.")] // no comma or colon
    [InlineData("en", "Image sources differ on the number of drones.")]
    [InlineData("vi", "Toàn cảnh kinh tế năm nay vẫn khả quan, theo các chuyên gia.")]
    public void OpensWithCaptionLabel_Prose_IsNot(string language, string text)
    {
        Assert.False(Credits.OpensWithCaptionLabel(text, Profile(language)));
    }

    [Theory]
    [InlineData("vi", "Ảnh: TTXVN Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội.", "Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội.")]
    [InlineData("fa", "عکس: ایسنا بارش برف راه‌های شمال کشور را بست.", "بارش برف راه‌های شمال کشور را بست.")]
    [InlineData("id", "Foto: Antara Harga cabai di Pasar Senen turun tajam.", "Harga cabai di Pasar Senen turun tajam.")]
    [InlineData("id", "Ilustrasi kebakaran gudang (Foto: Getty Images) Polisi menyelidiki penyebab kebakaran gudang di Bekasi.", "Polisi menyelidiki penyebab kebakaran gudang di Bekasi.")]
    public void AfterBracketedCredit_KnownOrGluedCredit_IsCut(string language, string sentence, string expected)
    {
        Assert.Equal(expected, Credits.AfterBracketedCredit(sentence, Profile(language)));
    }

    [Theory]
    [InlineData("vi", "Ảnh: Nam Trần Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội.")] // a photographer's name: where it ends is unknown
    [InlineData("id", "Foto: Antara")] // nothing after the credit
    [InlineData("id", "Polisi menyita 15 sepeda motor (foto: barang bukti) dari para pelaku.")] // lower case after the bracket
    [InlineData("id", "Gubernur yang baru dilantik pekan lalu meninjau tanggul yang jebol di dekat permukiman warga di Kecamatan Dayeuhkolot bersama bupati dan camat setempat (Foto: Antara) Banjir surut.")] // a long opening
    public void AfterBracketedCredit_UnknownOrNoCredit_IsKept(string language, string sentence)
    {
        Assert.Equal(sentence, Credits.AfterBracketedCredit(sentence, Profile(language)));
    }

    [Theory]
    [InlineData("۱۴:۳۵ - ۲۵ اردیبهشت ۱۴۰۴")]
    [InlineData("١٠:٣٠ ١٢/٥/٢٠٢٥")]
    public void IsTimestamp_DigitsOfAnotherScript_IsOne(string line)
    {
        Assert.True(Credits.IsTimestamp(line));
    }

    [Theory]
    [InlineData("۲۵ کشته در حمله به بازار")]
    [InlineData("۱۴۰۴ سال سختی برای کشاورزان")]
    public void IsTimestamp_PersianHeadlineWithANumber_IsNot(string line)
    {
        Assert.False(Credits.IsTimestamp(line));
    }

    [Theory]
    [InlineData(
        "Baca juga: Harga Telur Ayam Naik Lagi\n" +
        "Harga daging sapi di pasar tradisional Bandung naik menjadi Rp 150.000 per kilogram menjelang Lebaran. Pedagang menyebut pasokan dari peternak lokal berkurang. Pemerintah kota berencana menggelar pasar murah di 30 kecamatan.",
        "Harga daging sapi di pasar tradisional Bandung")]
    [InlineData(
        "SURABAYA, KOMPAS.com -\n" +
        "Pemerintah kota menutup sementara Jembatan Merah karena retak di bagian tiang penyangga. Dinas Pekerjaan Umum akan memeriksa struktur jembatan selama dua pekan. Kendaraan dialihkan ke jalur lain.",
        "Pemerintah kota menutup sementara Jembatan Merah")]
    [InlineData(
        "МОСКВА, 3 декабря — РИА Новости.\n" +
        "Правительство продлило льготную ипотеку для семей с детьми до конца 2027 года. Ставка по программе останется на уровне 6% годовых. Расходы бюджета оцениваются в 200 миллиардов рублей.",
        "Правительство продлило льготную ипотеку")]
    [InlineData(
        "بيروت - الجزيرة نت\n" +
        "أعلنت الحكومة اللبنانية خطة لإعادة إعمار المناطق المتضررة في الجنوب بكلفة تصل إلى 11 مليار دولار. وقال رئيس الوزراء إن الخطة تمتد خمس سنوات. وتأمل الحكومة في الحصول على دعم من المانحين الدوليين.",
        "أعلنت الحكومة اللبنانية")]
    [InlineData(
        "Sumber gambar, Getty Images Keterangan gambar, Petani memanen padi di sawah. Pemerintah akan mengimpor satu juta ton beras tahun depan untuk menjaga cadangan nasional. Keputusan diambil setelah produksi padi turun akibat kemarau panjang. Petani menolak rencana impor.",
        "Pemerintah akan mengimpor satu juta ton beras")]
    [InlineData(
        "Firefighters at the scene of a blaze in Lviv [Reuters]\n" +
        "A fire at a warehouse in Lviv destroyed 3,000 tonnes of grain on Tuesday, the regional emergency service said. Firefighters needed six hours to put it out. The cause is being investigated.",
        "A fire at a warehouse in Lviv destroyed")]
    [InlineData(
        "Des pompiers près de Toulon, le 2 août 2025. CLEMENT MAHOUDEAU / AFP\n" +
        "Un incendie a détruit plus de 400 hectares de forêt près de Toulon, obligeant à évacuer un camping. Quelque 500 pompiers ont été engagés. Le feu était fixé en fin de journée.",
        "Un incendie a détruit plus de 400 hectares")]
    [InlineData(
        "Cập nhật lúc 09:15 ngày 3/12/2025\n" +
        "Ủy ban nhân dân thành phố quyết định cho học sinh nghỉ học hai ngày vì bão số 15 đổ bộ. Các trường phải chằng chống phòng học trước chiều nay. Ngành điện cảnh báo nguy cơ mất điện diện rộng.",
        "Ủy ban nhân dân thành phố quyết định")]
    [InlineData(
        "File photo of a courtroom in Lviv. A court in Lviv sentenced a former official to nine years in prison for taking bribes to approve building permits on Tuesday. Prosecutors said he took more than $200,000 over three years. His lawyers said they would appeal.",
        "A court in Lviv sentenced a former official")]
    public void Analyze_LineBeforeTheLede_IsNeitherTitleNorSummary(string text, string lede)
    {
        var analysis = _analyzer.Analyze(new ArticleText(text), 1);

        Assert.StartsWith(lede, analysis.Title, StringComparison.Ordinal);
        Assert.Single(analysis.Summary);
        Assert.DoesNotContain(text[..Math.Min(text.Length, 12)], analysis.Summary[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drone strike kills three in Kherson - Reuters\n\nA Russian drone hit a bus stop in Kherson on Monday morning, killing three people and wounding five, the regional governor said.")]
    [InlineData("Illustrated guide to the new metro line\n\nThe city opened its third metro line on Sunday, linking the airport with the centre in 25 minutes.")]
    [InlineData("Toàn cảnh vụ cháy chung cư ở Hà Nội\n\nVụ cháy chung cư trong đêm qua khiến nhiều người phải nhập viện vì ngạt khói.")]
    [InlineData("Sumy strike kills four (AP)\n\nSUMY, Ukraine (AP) — A Russian missile hit a school in Sumy on Thursday, killing four people, officials said.")] // a source in round brackets
    [InlineData("ضربة على خاركيف تقتل ثلاثة (رويترز)\n\nقتل ثلاثة أشخاص في ضربة روسية على مدينة خاركيف صباح الأحد، بحسب السلطات المحلية.")]
    public void Analyze_HeadlineLine_StaysTheTitle(string text)
    {
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], _analyzer.Analyze(new ArticleText(text), 1).Title);
    }

    [Fact]
    public void Analyze_KnownCreditGluedToTheLede_IsCutFromTitleAndSummary()
    {
        const string text = "Lực lượng cứu hộ tìm kiếm người mất tích ở Yên Bái. Ảnh: TTXVN Lũ quét cuốn trôi 12 ngôi nhà ở xã Mỏ Vàng, huyện Văn Yên, tỉnh Yên Bái, khiến 5 người mất tích. "
            + "Chính quyền huyện Văn Yên đã sơ tán hơn 300 hộ dân khỏi vùng có nguy cơ lũ quét. Mưa lớn được dự báo còn kéo dài đến hết tuần ở các tỉnh miền núi phía Bắc.";

        var analysis = _analyzer.Analyze(new ArticleText(text), 3);

        Assert.StartsWith("Lũ quét cuốn trôi 12 ngôi nhà", analysis.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Summary, s => s.Contains("Ảnh", StringComparison.Ordinal) || s.StartsWith("Lực lượng", StringComparison.Ordinal));
        Assert.Contains(analysis.Summary, s => s.StartsWith("Lũ quét cuốn trôi 12 ngôi nhà", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bạn có biết từ tháng sau, người dân có thể đổi giấy phép lái xe hoàn toàn trực tuyến? Bộ Công an cho biết từ ngày 1/3, thủ tục đổi giấy phép lái xe sẽ được thực hiện trực tuyến trên Cổng dịch vụ công quốc gia. Giấy phép mới được gửi qua đường bưu điện trong vòng năm ngày làm việc.", "Bộ Công an cho biết từ ngày 1/3")]
    [InlineData("Ingin tahu berapa tarif tol baru tahun depan? Badan Pengatur Jalan Tol menaikkan tarif di 15 ruas tol mulai 1 Januari dengan kenaikan rata-rata 5 persen. Kenaikan itu disebut sesuai dengan penyesuaian inflasi dua tahun terakhir dan peningkatan layanan di ruas tersebut.", "Badan Pengatur Jalan Tol menaikkan tarif")]
    public void Analyze_TeaserQuestionRunIntoTheLede_IsNotTheTitle(string text, string lede)
    {
        Assert.StartsWith(lede, _analyzer.Analyze(new ArticleText(text), 1).Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ai sẽ trả tiền cho cây cầu mới?\n\nHội đồng nhân dân tỉnh chưa thống nhất nguồn vốn cho cây cầu nối hai huyện ven biển, dự kiến tốn 2.000 tỷ đồng.")]
    [InlineData("Who pays for Ukraine's power grid?\n\nDonors pledged $2bn on Tuesday to repair power plants damaged by Russian strikes, the energy ministry said.")]
    public void Analyze_QuestionOnALineOfItsOwn_StaysTheTitle(string text)
    {
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], _analyzer.Analyze(new ArticleText(text), 1).Title);
    }
}
