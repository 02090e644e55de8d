namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-second session, asian helper, written for these tests (no evaluation text): "of them" after a casualty figure
/// of its own sentence is a part of those people, not of the weapons of the sentences before; a launching participle
/// right after the weapons' noun describes them when a verb closes the clause after it (Persian "شلیک‌شده … رهگیری شد");
/// more bodies counted with a people word before "others" ("پیکر دو نفر دیگر") are no figure beside a toll; weapons
/// kept in store (id "simpan", vi "trong kho") are no launches; a counting word between a demonstrative's unit and the
/// weapon noun ("این کشور دو فروند پهپاد") keeps the count; a weak "one" included right after the object of a killing verb
/// ("menewaskan lima orang, termasuk seorang anak") is a part of that whole.
/// </summary>
public sealed class AsianThirtySecondTests
{
    [Theory]
    [InlineData("id", "Iran menembakkan sekitar 40 rudal ke Israel pada Selasa dini hari. Sedikitnya 63 orang terluka, tiga di antaranya kritis.", "missiles_launched 40 about; injured 63 at_least; injured 3")]
    [InlineData("id", "Rusia meluncurkan 70 drone ke Kharkiv. Sebanyak 12 warga terluka, dua di antaranya dalam kondisi kritis.", "drones_launched 70; injured 12; injured 2")]
    // Negative: with no casualty figure before it, "of them" still counts a part of the weapons named before.
    [InlineData("id", "Rusia meluncurkan 70 drone ke wilayah Ukraina dalam semalam. Sebanyak 52 di antaranya berhasil ditembak jatuh.", "drones_launched 70; drones_downed 52")]
    public void OfThemAfterACasualtyFigureIsAPartOfThosePeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "ارتش اعلام کرد ۲۰ فروند پهپاد و ۴ موشک کروز شلیک‌شده از سوی یمن بر فراز دریای سرخ رهگیری شد.", "drones_downed 20; missiles_downed 4")]
    [InlineData("fa", "۳۰ فروند پهپاد پرتاب‌شده از خاک عراق در آسمان استان منهدم شدند.", "drones_downed 30")]
    [InlineData("en", "The army said 20 drones and four cruise missiles launched from Yemen were intercepted over the Red Sea.", "drones_downed 20; missiles_downed 4")]
    // Negatives: a participle with no verb after it in its clause, and a verb of its own, keep the launch.
    [InlineData("fa", "دشمن ۲۰ فروند پهپاد و ۴ موشک کروز به سوی جنوب کشور شلیک کرد.", "drones_launched 20; missiles_launched 4")]
    [InlineData("en", "Russia used 45 drones launched from Kursk and Oryol.", "drones_launched 45")]
    public void ALaunchingParticipleBeforeTheClausesVerbDescribesTheWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "با بیرون کشیدن پیکر سه نفر دیگر از زیر آوار، شمار کشته‌شدگان این حمله به ۲۱ نفر رسید.", "killed 21")]
    [InlineData("fa", "پس از یافتن پیکر دو تن دیگر، شمار جان‌باختگان انفجار به ۱۴ نفر رسید.", "killed 14")]
    // Negative: bodies found with no toll stay a figure.
    [InlineData("fa", "امدادگران پیکر سه نفر را از زیر آوار بیرون کشیدند.", "killed 3")]
    public void MoreBodiesCountedWithAPeopleWordAreNoFigureBesideAToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Kelompok itu diyakini masih simpan ratusan rudal jarak pendek.", "")]
    [InlineData("vi", "Lực lượng này được cho là vẫn còn khoảng 5.000 tên lửa trong kho.", "")]
    // Negative: what was fired is still counted.
    [InlineData("vi", "Lực lượng này đã phóng khoảng 50 tên lửa vào miền bắc Israel.", "missiles_launched 50 about")]
    public void WeaponsKeptInStoreAreNoLaunches(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پدافند هوایی این کشور دو فروند پهپاد شناسایی را بر فراز استان سرنگون کرد.", "drones_downed 2")]
    [InlineData("fa", "پدافند هوایی این کشور یک فروند پهپاد MQ-9 آمریکایی را بر فراز استان مأرب سرنگون کرد.", "drones_downed 1")]
    // Negative: a count of the excluded unit itself stays no figure.
    [InlineData("fa", "نمایندگان ۱۲ کشور در این نشست شرکت کردند.", "")]
    public void ACountingWordAfterADemonstrativesUnitKeepsTheWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan udara itu menewaskan enam orang, termasuk seorang anak, kata petugas medis.", "killed 6; killed 1")]
    [InlineData("id", "Serangan drone itu melukai sembilan orang, termasuk seorang wartawan.", "injured 9; injured 1")]
    // Negatives: after the predicate of a whole that is its subject, the weak one stays an article (thirtieth session).
    [InlineData("vi", "Năm người đã thiệt mạng, trong đó có một trẻ em.", "killed 5")]
    [InlineData("id", "Enam orang tewas dalam serangan itu, termasuk seorang anak.", "killed 6")]
    // Negative: where the weak "one" is an article (data weakOneIsNumeral), it stays one.
    [InlineData("es", "El ataque mató a seis personas, entre ellas una niña.", "killed 6")]
    public void AWeakOneIncludedRightAfterTheObjectOfAKillingVerbIsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Enam orang tewas dalam serangan itu. Salah satu korban tewas adalah seorang jurnalis lokal.", "killed 6")]
    [InlineData("id", "Seorang warga tewas dan empat lainnya terluka. Salah satu korban luka masih dirawat di rumah sakit.", "killed 1; injured 4")]
    [InlineData("vi", "Sáu người thiệt mạng. Một trong số những người thiệt mạng là nhà báo địa phương.", "killed 6")]
    // Negatives: "one of them" with a verb of another kind, and a tally after the state word, still count.
    [InlineData("id", "Dua orang terluka, salah satunya kemudian meninggal di rumah sakit.", "injured 2; killed 1")]
    [InlineData("id", "Korban tewas adalah seorang pria dan dua anak.", "killed 1; killed 2")]
    public void OneOfAGroupAlreadyCountedIsNoTally(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
