using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>
/// Twenty-eighth session, summaries: the lines a page dates and the captions it writes long. A caption that ends with
/// its weekday and date in brackets ("…, Jakarta, Senin (2/6/2025)."), on its own line or run into the lede; a credit
/// written "(Dok. Humas …)"; a date line with a month's name ("Published On 3 June 2025"); a byline run into its date
/// ("Reporter: … Editor: … Senin, 2 Juni 2025 10:05 WIB", "Par … Publié le …"); a line that is only a source's name
/// ("Okezone"); BBC Mundo's and BBC Russian's picture labels; a Vietnamese caption of more than 14 syllables; a short
/// paragraph as the first line (its first sentence is the title). None is the title, none a summary sentence.
/// </summary>
public sealed class SummariesTwentyEighthTests
{
    private readonly ArticleAnalyzer _analyzer = new();

    private static LanguageProfile Profile(string language) => LanguageCatalog.Default.Get(language);

    [Theory]
    [InlineData("Pengunjung memadati area pameran buku di Balai Kartini, Jakarta, Minggu (1/6/2025).")]
    [InlineData("Petugas kebersihan mengangkut sampah yang menumpuk di bantaran Kali Ciliwung di kawasan Manggarai, Jakarta Selatan, Rabu (4/6/2025).")]
    [InlineData("Sejumlah nelayan menarik perahu ke tepi pantai di Pangandaran, Jawa Barat, Jumat (6/6/2025).")]
    public void IsUnmarkedCaption_CaptionEndingWithWeekdayAndDate_IsOne(string sentence)
    {
        Assert.True(Credits.DatedCaptionTail(sentence, Profile("id")) > 0);
        Assert.True(Credits.IsUnmarkedCaption(sentence, Profile("id")));
    }

    [Theory]
    [InlineData("Polisi menangkap dua pengedar narkoba di Depok pada Senin (2/6/2025).")] // "pada" narrates
    [InlineData("Banjir merendam 300 rumah di Kota Bekasi, Selasa (3/6/2025).")] // a number
    [InlineData("Gubernur meresmikan jembatan baru, Kamis (5/6/2025).")] // no place word
    [InlineData("Presiden telah meninjau lokasi gempa di Cianjur, Sabtu (7/6/2025).")] // tense
    [InlineData("Warga berkumpul di alun-alun kota (2/6/2025).")] // no weekday before the date
    [InlineData("Warga berkumpul di alun-alun kota, Senin (pagi).")] // no date in the brackets
    public void IsUnmarkedCaption_LedeEndingWithADate_IsNot(string sentence)
    {
        Assert.False(Credits.IsUnmarkedCaption(sentence, Profile("id")));
    }

    [Fact]
    public void Analyze_DatedCaptionOnItsOwnLine_IsNeitherTitleNorSummary()
    {
        const string text = "Sejumlah pedagang menata dagangan di Pasar Senen, Jakarta Pusat, Senin (2/6/2025).\n"
            + "Pemerintah menurunkan harga eceran tertinggi minyak goreng menjadi Rp 15.000 per liter mulai pekan depan. Kementerian Perdagangan menyebut pasokan minyak sawit dalam negeri kini berlimpah. "
            + "Pedagang pasar menyambut baik penurunan harga itu. Pengawasan akan dilakukan di seluruh provinsi.";

        var analysis = _analyzer.Analyze(new ArticleText(text), 1);

        Assert.StartsWith("Pemerintah menurunkan harga eceran", analysis.Title, StringComparison.Ordinal);
        Assert.StartsWith("Pemerintah menurunkan harga eceran", analysis.Summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DatedCaptionRunIntoTheLede_IsNeitherTitleNorSummary()
    {
        const string text = "Penumpang menunggu kereta di Stasiun Tugu, Yogyakarta, Selasa (3/6/2025). PT Kereta Api Indonesia menambah 40 perjalanan kereta selama libur panjang akhir pekan ini. "
            + "Penambahan itu untuk mengantisipasi lonjakan penumpang hingga 20 persen. Tiket tambahan sudah bisa dipesan melalui aplikasi.";

        var analysis = _analyzer.Analyze(new ArticleText(text), 1);

        Assert.StartsWith("PT Kereta Api Indonesia menambah", analysis.Title, StringComparison.Ordinal);
        Assert.StartsWith("PT Kereta Api Indonesia menambah", analysis.Summary[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_HeadlineAboveADatedLede_StaysTheTitle()
    {
        const string text = "Harga Minyak Goreng Turun\n\nPemerintah menurunkan harga minyak goreng di Jakarta, Senin (2/6/2025). Penurunan berlaku di seluruh provinsi mulai pekan depan.";

        Assert.Equal("Harga Minyak Goreng Turun", _analyzer.Analyze(new ArticleText(text), 1).Title);
    }

    [Fact]
    public void Analyze_DokCreditGluedBetweenCaptionAndLede_IsCut()
    {
        const string text = "Gedung Komisi Pemberantasan Korupsi di Jakarta. (Dok. Humas KPK) Komisi Pemberantasan Korupsi menetapkan seorang wali kota sebagai tersangka kasus suap perizinan pusat belanja. "
            + "Wali kota itu diduga menerima uang Rp 3 miliar dari pengembang. Penyidik juga menggeledah kantor dinas perizinan.";

        var analysis = _analyzer.Analyze(new ArticleText(text), 1);

        Assert.StartsWith("Komisi Pemberantasan Korupsi menetapkan", analysis.Title, StringComparison.Ordinal);
        Assert.StartsWith("Komisi Pemberantasan Korupsi menetapkan", analysis.Summary[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Suasana rapat paripurna di gedung parlemen. (Dok. Humas DPR)")]
    [InlineData("Tim SAR menyisir sungai. Dok. Basarnas Jawa Tengah")]
    public void CaptionLine_EndingWithDokCredit_IsFlagged(string line)
    {
        var text = line + "\nIsi berita dimulai di sini dengan kalimat pertama yang cukup panjang untuk dibaca.";
        var sentences = new SentenceSegmenter().Split(text, Profile("id"));

        var flags = Credits.Find(text, sentences, Profile("id"));

        Assert.True(flags[0]);
        Assert.False(flags[^1]);
    }

    [Theory]
    [InlineData("Harga beras naik di Pasar Induk Cipinang (dok)")]
    [InlineData("Petugas memeriksa dokumen warga di kantor kelurahan.")]
    [InlineData("Data itu diambil dari arsip (dok. lama milik warga)")] // lower-case words: no name
    public void Line_WithoutDokCredit_IsNotFlagged(string line)
    {
        var text = line + "\nIsi berita dimulai di sini dengan kalimat pertama yang cukup panjang untuk dibaca.";
        var sentences = new SentenceSegmenter().Split(text, Profile("id"));

        Assert.False(Credits.Find(text, sentences, Profile("id"))[0]);
    }

    [Theory]
    [InlineData("en", "Published On 3 June 2025")]
    [InlineData("en", "Updated June 3, 2025")]
    [InlineData("fr", "Publié le 3 juin 2025 à 09h15, modifié à 10h40")]
    [InlineData("id", "Diperbarui Selasa, 3 Juni 2025")]
    [InlineData("es", "Actualizado el 3 de junio 2025")]
    [InlineData("fa", "۱۳ خرداد ۱۴۰۴")]
    public void IsDatedLine_DateWithAMonthName_IsOne(string language, string line)
    {
        Assert.True(Credits.IsDatedLine(line, Profile(language)));
    }

    [Theory]
    [InlineData("en", "Elections on 3 June 2025")]
    [InlineData("en", "Ceasefire agreed on 3 June 2025 collapses")]
    [InlineData("fr", "Grève le 3 juin 2025")]
    [InlineData("id", "Pemilu digelar 3 Juni 2025")]
    [InlineData("en", "Published on Tuesday")] // no date
    public void IsDatedLine_HeadlineWithADate_IsNot(string language, string line)
    {
        Assert.False(Credits.IsDatedLine(line, Profile(language)));
    }

    [Theory]
    [InlineData("id", "Reporter: Dimas Pratama Editor: Lina Marlina Senin, 2 Juni 2025 10:05 WIB")]
    [InlineData("fr", "Par Julien Moreau Publié le 3 juin 2025 à 09h15")]
    [InlineData("en", "By Sarah Collins Published On 3 June 2025")]
    public void IsBylineThenDate_BylineRunIntoItsDate_IsOne(string language, string line)
    {
        Assert.True(Credits.IsBylineThenDate(line, Profile(language)));
        Assert.True(Credits.IsFurniture(line, Profile(language)));
    }

    [Theory]
    [InlineData("en", "By 2030 the city plans 3,000 new homes")]
    [InlineData("fr", "Par 305 voix contre 199, les députés adoptent le texte")]
    [InlineData("id", "Oleh-oleh khas Malang diburu pemudik, Senin 2 Juni 2025")]
    [InlineData("en", "Reporter killed in Gaza on 3 June 2025")]
    public void IsBylineThenDate_HeadlineWithANumber_IsNot(string language, string line)
    {
        Assert.False(Credits.IsBylineThenDate(line, Profile(language)));
    }

    [Theory]
    [InlineData("id", "Okezone\nRabu 4 Juni 2025 07:05 WIB\n\nJAKARTA - Pemerintah menunda kenaikan tarif listrik untuk rumah tangga hingga akhir tahun. Keputusan itu diambil untuk menjaga daya beli.", "JAKARTA - Pemerintah menunda kenaikan tarif listrik")]
    [InlineData("fa", "رادیو فردا\n\nدولت افزایش قیمت بنزین را تا پایان سال به تعویق انداخت. این تصمیم پس از اعتراض نمایندگان گرفته شد.", "دولت افزایش قیمت بنزین")]
    [InlineData("en", "Published On 3 June 2025\nThe city council approved a plan to build 2,000 affordable homes by 2030. The project will cost about $400m.", "The city council approved a plan")]
    [InlineData("fr", "Par Julien Moreau Publié le 3 juin 2025 à 09h15, modifié à 10h40\nLe gouvernement a annoncé une hausse de 5 % du salaire minimum au 1er juillet. La mesure concerne deux millions de salariés.", "Le gouvernement a annoncé une hausse")]
    [InlineData("id", "Reporter: Dimas Pratama Editor: Lina Marlina Senin, 2 Juni 2025 10:05 WIB\nBank Indonesia mencatat cadangan devisa naik menjadi 152 miliar dolar AS pada akhir Mei. Kenaikan itu ditopang penerimaan pajak dan jasa.", "Bank Indonesia mencatat cadangan devisa")]
    [InlineData("es", "Fuente de la imagen, Getty Images\nPie de foto, El ministro habló con la prensa en Lima.\nEl gobierno de Perú declaró el estado de emergencia en tres regiones por las lluvias. La medida durará sesenta días.", "El gobierno de Perú declaró")]
    [InlineData("ru", "Автор фото, Getty Images\nПодпись к фото, Спасатели на месте обрушения.\nВ Самаре обрушился подъезд жилого дома, жильцов эвакуировали. Пострадавших нет, сообщили в МЧС.", "В Самаре обрушился подъезд")]
    public void Analyze_LineAboveTheLede_IsNotTheTitle(string language, string text, string lede)
    {
        var analysis = _analyzer.Analyze(new ArticleText(text), 1, language);

        Assert.StartsWith(lede, analysis.Title, StringComparison.Ordinal);
        Assert.StartsWith(lede, analysis.Summary[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Reuters reporter injured in Kherson\n\nA Reuters photographer was injured by shelling in Kherson on Tuesday, the agency said.")]
    [InlineData("id", "Tempo Investigasi: Jejak Dana Tambang\n\nLaporan ini menelusuri aliran dana dari tambang nikel di Sulawesi.")]
    [InlineData("en", "Elections on 3 June 2025\n\nVoters will choose a new parliament on 3 June, the electoral commission said.")]
    public void Analyze_HeadlineWithASourceOrADate_StaysTheTitle(string language, string text)
    {
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], _analyzer.Analyze(new ArticleText(text), 1, language).Title);
    }

    [Theory]
    [InlineData("Lính cứu hỏa dùng vòi rồng phun nước vào đám cháy tại một kho hàng ở khu công nghiệp Tân Tạo.")]
    [InlineData("Người dân chờ làm thủ tục tại bộ phận một cửa của ủy ban nhân dân phường ở quận Hoàng Mai.")]
    public void IsUnmarkedCaption_VietnameseCaptionOfManySyllables_IsOne(string sentence)
    {
        Assert.True(Credits.IsUnmarkedCaption(sentence, Profile("vi")));
    }

    [Theory]
    [InlineData("Lính cứu hỏa đã dùng vòi rồng phun nước vào đám cháy tại một kho hàng ở khu công nghiệp Tân Tạo.")] // "đã"
    [InlineData("Người dân chờ làm thủ tục tại bộ phận một cửa của ủy ban nhân dân phường ở quận Hoàng Mai từ sáng sớm đến tận chiều muộn mà vẫn chưa xong.")] // too long
    public void IsUnmarkedCaption_VietnameseLedeOrLongSentence_IsNot(string sentence)
    {
        Assert.False(Credits.IsUnmarkedCaption(sentence, Profile("vi")));
    }

    [Fact]
    public void Analyze_ShortParagraphAsFirstLine_TitlesWithItsFirstSentence()
    {
        const string text = "Cập nhật lúc 07:30 ngày 5/6/2025\nĐộng đất 4,5 độ rung chuyển huyện Kon Plông sáng nay. Người dân cảm nhận rung lắc mạnh. Chưa có thiệt hại về người.";

        Assert.Equal("Động đất 4,5 độ rung chuyển huyện Kon Plông sáng nay.", _analyzer.Analyze(new ArticleText(text), 1).Title);
    }

    [Theory]
    [InlineData("Kyiv: three dead in night strike\n\nThree people were killed in a Russian drone strike on Kyiv overnight, the mayor said.")] // a headline, unterminated
    [InlineData("Запоріжжя. Удар по місту вночі.\nУнаслідок удару по Запоріжжю загинули дві людини.")] // a place before the first stop
    public void Analyze_HeadlineOrPlaceLine_StaysTheTitle(string text)
    {
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], _analyzer.Analyze(new ArticleText(text), 1).Title);
    }
}
