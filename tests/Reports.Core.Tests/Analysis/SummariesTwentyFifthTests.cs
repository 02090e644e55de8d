using Reports.Core.Analysis;
using Reports.Core.Articles;
using Reports.Core.Languages;

namespace Reports.Core.Tests.Analysis;

/// <summary>
/// Twenty-fifth session, summaries: a sentence whose opening phrase ends with a demonstrative written after its noun
/// ("Kebijakan itu …", "Quyết định này …") points back to something the reader has not seen (in an article whose
/// standfirst was cut, the standfirst), so it never opens a summary.
/// </summary>
public sealed class SummariesTwentyFifthTests
{
    private readonly ArticleAnalyzer _analyzer = new();

    [Theory]
    [InlineData("id", "Kebijakan itu akan berlaku mulai bulan depan di semua provinsi.")]
    [InlineData("id", "Jembatan tersebut runtuh setelah diterjang banjir pada Senin malam.")]
    [InlineData("id", "DPR mengesahkan rancangan undang-undang tersebut dalam rapat paripurna pada Selasa.")]
    [InlineData("id", "Selain itu, warga diminta menjauhi tepi sungai.")]
    [InlineData("id", "\"Keputusan itu sudah final,\" kata juru bicara kementerian.")]
    [InlineData("vi", "Quyết định này được đưa ra sau cuộc họp kéo dài ba giờ.")]
    [InlineData("vi", "Ông ấy cho biết sẽ từ chức vào tuần tới.")]
    [InlineData("vi", "Khi đó, cảnh sát đã phong tỏa toàn bộ khu vực.")]
    [InlineData("vi", "QUYẾT ĐỊNH NÀY gây tranh cãi trong dư luận.")]
    [InlineData("vi", "Giá vàng tuần đó tăng mạnh.")] // that week: said before
    public void PointsBack_DemonstrativeClosingTheOpeningPhrase_IsABackReference(string language, string sentence)
    {
        Assert.True(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Theory]
    [InlineData("id", "Menurut polisi, pria itu ditangkap di rumahnya.")] // the comma ends the opening phrase first
    [InlineData("id", "Presiden meresmikan jembatan baru di Kalimantan dan jembatan itu dibuka untuk umum.")] // sixth word and later
    [InlineData("id", "Ituri adalah provinsi di timur Kongo.")] // a word that starts like one is not one
    [InlineData("id", "Itu sebabnya warga mengungsi.")] // the first word is the sentence's own subject, not a noun's demonstrative
    [InlineData("vi", "Bộ Y tế cho biết số ca nhiễm trong tuần qua đã giảm mạnh nhờ đó.")]
    [InlineData("vi", "Thành phố Đà Nẵng đón hơn một triệu du khách trong năm.")]
    [InlineData("en", "The policy that was announced on Monday takes effect in July.")] // English lists no such words
    [InlineData("vi", "Giá vàng tuần này tăng lên mức cao nhất trong ba năm.")] // "tuần này" is this week, not something said before
    [InlineData("vi", "Xuất khẩu tháng này giảm mạnh so với cùng kỳ năm ngoái.")]
    public void PointsBack_NoDemonstrativeInTheOpeningPhrase_IsNotABackReference(string language, string sentence)
    {
        Assert.False(Summarizer.PointsBack(sentence, LanguageCatalog.Default.Get(language)));
    }

    [Theory]
    [InlineData(
        "Kebijakan itu akan diberlakukan di seluruh sekolah negeri di Jawa Barat mulai tahun ajaran baru pada bulan Juli. " +
        "Pemerintah provinsi melarang siswa membawa telepon genggam ke dalam kelas selama jam pelajaran. " +
        "Menurut dinas pendidikan, telepon genggam mengganggu konsentrasi siswa dan memicu perundungan di sekolah. " +
        "Sejumlah orang tua mendukung larangan itu, tetapi sebagian lainnya khawatir tidak bisa menghubungi anak mereka. " +
        "Guru akan menyimpan telepon siswa di dalam kotak khusus sampai jam sekolah berakhir.")]
    [InlineData(
        "Quyết định này được Bộ Giao thông Vận tải công bố vào chiều thứ Năm sau nhiều tháng thảo luận với các hãng xe. " +
        "Từ tháng tới, xe máy chạy xăng sẽ bị cấm lưu thông trong khu vực trung tâm Hà Nội vào giờ cao điểm. " +
        "Chính quyền thành phố cho biết lệnh cấm nhằm giảm ô nhiễm không khí và ùn tắc giao thông. " +
        "Nhiều người lao động lo ngại họ sẽ phải chi thêm tiền để đi xe buýt hoặc mua xe điện. " +
        "Thành phố hứa sẽ tăng thêm hàng trăm chuyến xe buýt mỗi ngày.")]
    public void Analyze_ArticleWhoseFirstSentencePointsToACutStandfirst_SummaryOpensElsewhere(string text)
    {
        // The article starts after its standfirst, as scraped news does: "That policy …" / "This decision …".
        var first = text[..(text.IndexOf(". ", StringComparison.Ordinal) + 1)];

        var summary = Assert.Single(_analyzer.Analyze(new ArticleText(text), 1).Summary);

        Assert.NotEqual(first, summary);
        Assert.Contains(summary, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "Polisi di Surabaya menangkap dua pria yang diduga mencuri puluhan sepeda motor di sebuah pasar, dan kedua pria itu kini ditahan di kantor polisi setempat. " +
        "Keduanya ditangkap pada Senin malam ketika hendak menjual sepeda motor curian kepada seorang penadah. " +
        "Polisi menyita tujuh sepeda motor dan sejumlah kunci palsu sebagai barang bukti. " +
        "Para pedagang di pasar itu mengaku lega setelah pencurian yang terjadi selama berbulan-bulan akhirnya terungkap. " +
        "Kedua tersangka terancam hukuman tujuh tahun penjara.")]
    [InlineData(
        "Sau khi cơn bão đi qua, người dân ở tỉnh Quảng Bình bắt đầu dọn dẹp nhà cửa và trường học bị hư hại, trong khi nhiều tuyến đường đó vẫn còn ngập. " +
        "Chính quyền tỉnh cho biết hơn 3.000 ngôi nhà bị tốc mái và nhiều cây xanh bị quật đổ. " +
        "Các trường học sẽ cho học sinh nghỉ đến hết tuần để sửa chữa phòng học. " +
        "Lực lượng quân đội đã được điều động để giúp người dân khắc phục hậu quả. " +
        "Điện lực tỉnh hứa sẽ khôi phục điện cho các xã vùng sâu trong hai ngày tới.")]
    public void Analyze_DemonstrativeLaterInTheLede_LedeStaysTheSummary(string text)
    {
        var first = text[..(text.IndexOf(". ", StringComparison.Ordinal) + 1)];

        Assert.Equal(first, Assert.Single(_analyzer.Analyze(new ArticleText(text), 1).Summary));
    }

    [Fact]
    public void Analyze_SentencePointingBackToTheChosenLede_IsTakenAfterIt()
    {
        // The second sentence scores best but points back ("That decision …"): it may not open the summary, and once
        // the lede is chosen it follows it (it was dropped for good when it came up before the lede).
        const string Lede = "Pemerintah kota Bandung menutup tiga pasar tradisional selama dua minggu mulai Senin.";
        const string Reason = "Keputusan itu diambil setelah petugas kesehatan menemukan puluhan pedagang pasar di Bandung terinfeksi virus, dan pemerintah kota khawatir virus menyebar ke pasar lain di kota Bandung.";
        const string Text = Lede + " " + Reason + " " +
            "Para pedagang pasar mengeluh karena kehilangan pendapatan selama pasar ditutup. " +
            "Petugas kesehatan akan memeriksa semua pedagang pasar sebelum pasar dibuka kembali. " +
            "Wali kota meminta warga berbelanja di toko swalayan selama penutupan. " +
            "Sebagian warga mengatakan harga di toko swalayan lebih mahal daripada di pasar.";

        var three = _analyzer.Analyze(new ArticleText(Text), 3).Summary;
        var one = _analyzer.Analyze(new ArticleText(Text), 1).Summary;

        Assert.Equal(3, three.Count);
        Assert.Equal(Lede, three[0]);
        Assert.Equal(Reason, three[1]);
        Assert.Equal(Lede, Assert.Single(one));
    }

    [Theory]
    [InlineData(
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur pada Senin siang dan merusak ratusan rumah warga di sejumlah desa. " +
        "Warga Cianjur mengungsi ke tenda darurat karena takut gempa susulan merusak rumah mereka. " +
        "Gempa di Cianjur: Warga butuh tenda dan selimut Mengapa gempa dangkal di Cianjur lebih merusak rumah warga? " +
        "Bantuan tenda dan selimut untuk warga Cianjur mulai tiba pada Senin malam. " +
        "Presiden dijadwalkan mengunjungi warga Cianjur yang rumahnya rusak akibat gempa pada Selasa.")]
    [InlineData(
        "Bão Noru đổ bộ vào miền Trung sáng thứ Tư, làm tốc mái hàng nghìn ngôi nhà ở Đà Nẵng và Quảng Nam. " +
        "Người dân Đà Nẵng dọn dẹp nhà cửa sau khi bão Noru đi qua. " +
        "Bão Noru: Đà Nẵng thiệt hại nặng Vì sao bão Noru mạnh lên nhanh trước khi vào Đà Nẵng? " +
        "Chính quyền Đà Nẵng cho biết điện đã được khôi phục ở phần lớn các phường. " +
        "Các trường học ở Đà Nẵng và Quảng Nam cho học sinh nghỉ đến hết tuần.")]
    public void Analyze_RelatedHeadlinesRunIntoTheText_NeverInTheSummary(string text)
    {
        // Another article's headline run into the text, ending with a question: central (it repeats the story's words) but not the story.
        var three = _analyzer.Analyze(new ArticleText(text), 3).Summary;

        Assert.Equal(3, three.Count);
        Assert.DoesNotContain(three, s => s.EndsWith('?'));
    }

    [Fact]
    public void Analyze_QuotedQuestionOrOnlyQuestions_StillSummarised()
    {
        const string Quoted = "Kepala desa bertanya kepada wartawan, \"Kapan bantuan untuk warga kami yang kehilangan rumah akhirnya akan tiba?\"";
        var quotedText = "Banjir merendam ratusan rumah di Kabupaten Bekasi sejak Sabtu malam setelah hujan deras mengguyur wilayah itu. " + Quoted;
        const string Questions = "Apa yang terjadi dengan harga beras di pasar tradisional bulan ini? Mengapa pemerintah belum juga mengimpor beras dari luar negeri?";

        Assert.Equal(2, _analyzer.Analyze(new ArticleText(quotedText), 3).Summary.Count);
        Assert.Single(_analyzer.Analyze(new ArticleText(Questions), 1).Summary);
    }
}
