using Reports.Core.Analysis;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-first session, written for these tests (no evaluation text): Vietnamese "chiếc" counts drones ("bắn hạ 45 chiếc
/// UAV." gave nothing: "chiếc uav" was a counter that swallowed its own noun); the whole after a slash ("45/50 chiếc")
/// is the count launched, not a second count downed; in head-first languages (data <c>headFirst</c>: vi, id, fa, ar) a
/// word after a weapon's noun that excludes counts ("45 UAV tấn công thành phố Kharkiv", "45 UAV ngày 3/12") no longer
/// drops the weapons; a count set off by commas after a vague count of people restates it ("Dozens of villagers, at least
/// 50 people, were killed" gave nothing; now killed 50 at least); weapons described as launched and "all" downed ("were all
/// intercepted", "telah dicegat semuanya") are both launched and downed; a Vietnamese month named by its number ("tháng 4",
/// data <c>numbers.monthMarkers</c>) is a month, so monthly labels and the month's toll read ("tháng 4 là 74 người, tháng 5
/// là 92 người" gave nothing); "in one day" in every language names one day, so a day's losses are
/// an event; a sentence that opens with a comparison word, or a list item read from an earlier line, no longer throws
/// (each threw <see cref="ArgumentOutOfRangeException"/> and lost its whole article).
/// </summary>
public sealed class LeadTwentyFirstTests
{
    [Theory]
    [InlineData("Phòng không Ukraine bắn hạ 45 chiếc UAV.", "drones_downed 45")]
    [InlineData("Lực lượng phòng không đã bắn hạ 45 chiếc UAV, Không quân cho biết.", "drones_downed 45")]
    [InlineData("Nga phóng 45 chiếc UAV vào Ukraine trong đêm.", "drones_launched 45")]
    [InlineData("Phòng không đã bắn hạ 45/50 chiếc UAV.", "drones_downed 45; drones_launched 50")]
    // Negatives: a counter before another noun still counts that noun; "chiếc" before a tank is no weapon figure.
    [InlineData("Ukraine bắn hạ 45 chiếc máy bay không người lái của Nga.", "drones_downed 45")]
    [InlineData("Quân đội Ukraine phá hủy 12 chiếc xe tăng của Nga.", "")]
    public void ChiecCountsTheDronesNamedAfterIt(string text, string expected) =>
        ExtractorHarness.AssertFigures("vi", text, expected);

    [Theory]
    [InlineData("vi", "Nga phóng 45 UAV ngày 3/12 vào Ukraine.", "drones_launched 45")]
    [InlineData("vi", "Nga phóng 45 UAV tấn công thành phố Kharkiv.", "drones_launched 45")]
    [InlineData("id", "Rusia meluncurkan 45 drone kota Kharkiv semalam.", "drones_launched 45")]
    // Negatives: where the head comes last, the noun after the weapon's is what is counted ("drone attacks").
    [InlineData("en", "Russia launched 45 drone attacks on Kharkiv.", "")]
    [InlineData("en", "Ukraine destroyed 12 missile launchers in Crimea.", "")]
    public void InHeadFirstLanguagesANounAfterTheWeaponIsNoHead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Nga lại tấn công bằng UAV Shahed trong đêm. Lực lượng phòng không đã bắn hạ 45/50 chiếc.", "drones_downed 45; drones_launched 50")]
    [InlineData("en", "Russia attacked with Shahed drones overnight. Air defences shot down 45/50 of them.", "drones_downed 45; drones_launched 50")]
    // Negative: a date written with a slash is no whole.
    [InlineData("vi", "Nga lại tấn công bằng UAV Shahed trong đêm 3/12. Lực lượng phòng không đã bắn hạ 45 chiếc.", "drones_downed 45")]
    public void TheWholeAfterASlashIsLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Quân Nga đã mất khoảng 2.000 binh sĩ chỉ trong một ngày.")]
    [InlineData("id", "Pasukan Rusia kehilangan sekitar 2.000 tentara dalam satu hari.")]
    [InlineData("fa", "ارتش روسیه تنها در یک روز حدود ۲۰۰۰ نیرو را از دست داد.")]
    [InlineData("ru", "Российская армия потеряла около 2000 военных за один день.")]
    [InlineData("uk", "Російська армія втратила близько 2000 військових за один день.")]
    [InlineData("fr", "L'armée russe a perdu environ 2 000 soldats en une seule journée.")]
    [InlineData("es", "El ejército ruso perdió unos 2.000 soldados en un solo día.")]
    [InlineData("de", "Die russische Armee verlor an einem Tag rund 2.000 Soldaten.")]
    public void ADaysLossesAreAnEvent(string code, string text) =>
        ExtractorHarness.AssertScopes(code, text, "casualties 2000 event");

    [Theory]
    // Negatives: losses with no day stay a running total; losses since the war began stay one.
    [InlineData("vi", "Quân Nga đã mất khoảng 2.000 binh sĩ.", "casualties 2000 cumulative")]
    // (Until the twenty-sixth session "… 2,000 soldiers a day since …"; a count at a rate is no figure since.)
    [InlineData("en", "Russia has lost about 2,000 soldiers since the offensive began.", "casualties 2000 cumulative")]
    public void LossesWithNoDayStayRunningTotals(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Puluhan warga, setidaknya 50 orang, tewas dalam serangan RSF ke desa itu.", "killed 50 at_least")]
    [InlineData("en", "Dozens of villagers, at least 50 people, were killed in the attack on the village.", "killed 50 at_least")]
    [InlineData("vi", "Hàng chục người, ít nhất 50 người, đã thiệt mạng trong vụ tấn công.", "killed 50 at_least")]
    [InlineData("ru", "Десятки людей, не менее 50 человек, погибли при ударе по селу.", "killed 50 at_least")]
    [InlineData("en", "Hundreds of people, more than 300, were wounded in the blast.", "injured 300 more_than")]
    // Negatives: a part set off by commas stays a part; a smaller count after a vague one is no restatement.
    [InlineData("en", "Seven people, three of them children, were killed.", "killed 7; killed 3")]
    [InlineData("en", "Dozens of people, 12 of them children, were killed.", "killed 12 at_least")]
    public void ACountSetOffByCommasRestatesAVagueCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Eight drones launched from Lebanon were all intercepted, the military said.", "drones_launched 8; drones_downed 8")]
    [InlineData("en", "Eight drones launched by Hezbollah from Lebanon were all intercepted.", "drones_launched 8; drones_downed 8")]
    [InlineData("id", "Delapan drone yang diluncurkan Hizbullah dari Lebanon telah dicegat semuanya.", "drones_launched 8; drones_downed 8")]
    [InlineData("id", "Delapan drone yang diluncurkan Hizbullah dari Lebanon semuanya berhasil dicegat.", "drones_launched 8; drones_downed 8")]
    // Negatives: without "all" the count is the downed one only; "all of which" after a comma keeps its own reading.
    [InlineData("en", "Eight drones launched from Lebanon were intercepted.", "drones_downed 8")]
    [InlineData("id", "Delapan drone yang diluncurkan dari Lebanon telah dicegat.", "drones_downed 8")]
    [InlineData("en", "Hezbollah launched eight drones from Lebanon, all of which were intercepted.", "drones_launched 8; drones_downed 8")]
    public void WeaponsDescribedAsLaunchedAndAllDownedAreBoth(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("Số dân thường thiệt mạng theo tháng: tháng 4 là 74 người, tháng 5 là 92 người.", "killed 74 cumulative; killed 92 cumulative")]
    [InlineData("Số dân thường thiệt mạng: tháng 4: 74 người, tháng 5: 92 người.", "killed 74 cumulative; killed 92 cumulative")]
    [InlineData("Tháng 6 là tháng đẫm máu nhất, với hơn 230 người chết.", "killed 230 cumulative")]
    [InlineData("Trong tháng 11 có 127 dân thường thiệt mạng (tháng 10: 98).", "killed 127 cumulative; killed 98 cumulative")]
    // Negatives: a day before the month dates one attack; "tháng" after a number is still a duration, no count; a
    // month with its year is a date.
    [InlineData("Ngày 3 tháng 4, 12 người chết trong vụ pháo kích.", "killed 12 event")]
    [InlineData("Sau 3 tháng giao tranh, 12 người chết trong vụ pháo kích hôm qua.", "killed 12 event")]
    [InlineData("Trong tháng 10/2024, 52 dân thường thiệt mạng.", "killed 52 cumulative")]
    public void AMonthNamedByItsNumberIsAMonth(string text, string expected) =>
        ExtractorHarness.AssertScopes("vi", text, expected);

    [Theory]
    [InlineData("Weekly figures\n\nپیش از این ۲۲ نفر اعلام شده بود.")]
    [InlineData("Weekly figures\n\nInjured: 48 (previous week:\n\nInjured: 48 (previous week: 51).")]
    [InlineData("Weekly figures\n\nBefore this, 22 people were reported.\n\nAgainst 40 last week, 52 were killed.")]
    public void ArticlesThatThrewAreAnalysed(string text)
    {
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(text, null));

        Assert.NotNull(analysis.Language);
    }

    /// <summary>
    /// Every cut of these sentences at a word (each start and each end), two cuts to an article, is analysed without an
    /// exception: a partial upload or a pasted fragment must never lose its article. Cutting the project's own sentences
    /// this way found the two exceptions fixed this session.
    /// </summary>
    [Fact]
    public void EveryCutOfASentenceIsAnalysed()
    {
        string[] sentences =
        [
            "Injured: 48 (previous week: 51). Killed: 12 (previous week: 9).",
            "Since the start of the offensive, the authorities have recorded the following: killed: 1,204; injured: 3,876;",
            "In total, 249 drones and 226 missiles were launched, of which 211 drones (85%) and 38 missiles were shot down.",
            "Theo phái bộ, trong tháng 11 có 127 dân thường thiệt mạng (tháng 10: 98) và 45/50 UAV bị bắn hạ.",
            "Sepanjang November, sedikitnya 52 warga sipil tewas dan 203 lainnya terluka di wilayah Donetsk (Oktober: 41).",
            "پیش از این ۲۲ نفر اعلام شده بود؛ از مجموع ۸۱ پهپاد، ۷۳ فروند رهگیری شدند.",
            "- Белгородская область – 12, - Курская область – пять, всего за ночь сбиты 40 беспилотников.",
            "Contre 40 la semaine dernière, 52 personnes ont été tuées : 30 à Gaza, 22 en Cisjordanie.",
        ];

        var analyzer = new ArticleAnalyzer();
        foreach (var sentence in sentences)
        {
            var words = sentence.Split(' ');
            var cuts = new List<string>();
            for (var k = 1; k <= words.Length; k++)
            {
                cuts.Add(string.Join(' ', words[..k]));
            }

            for (var k = 1; k < words.Length; k++)
            {
                cuts.Add(string.Join(' ', words[k..]));
            }

            for (var k = 0; k + 1 < cuts.Count; k++)
            {
                var text = "Report\n\n" + cuts[k] + "\n\n" + cuts[k + 1];
                var exception = Record.Exception(() => analyzer.Analyze(new ArticleText(text, null)));
                Assert.True(exception is null, $"{text}: {exception}");
            }
        }
    }
}
