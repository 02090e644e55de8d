using Reports.Core.Places;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Seventeenth session, written for these tests (no evaluation text): a number before a word for a family or household
/// counts families, not people ("nine members of one family": the "one" is no victim); a word for members is a people
/// noun in every language; ", and all of them were shot down" after a launch (a conjunction after the comma, a weapon's
/// type name beside its noun) downs what was launched; in a verb-final clause the prepositions of its time and place
/// phrases are no distance between the people counted and the verb; a part named by "including" is the figure's
/// before it, not an item of the next count's list (which is larger than the whole it would be a part of);
/// Indonesian headline verbs without their prefix ("tewaskan", "lukai") are read; "serangan kedua" is the second attack, "kedua korban" both
/// victims;
/// a monthly report states running totals; "all the drones" with no number downs the launched count stated before; Arabic-script place names written with a zero-width non-joiner or
/// run together are the names written with a space.
/// </summary>
public sealed class LeadSeventeenthTests
{
    [Theory]
    [InlineData("en", "Nine members of one family were killed when a strike hit their home in Rafah.", "killed 9")]
    [InlineData("id", "Sembilan anggota satu keluarga tewas ketika rumah mereka di Rafah dihantam serangan udara.", "killed 9")]
    [InlineData("vi", "9 thành viên của một gia đình đã thiệt mạng khi nhà của họ ở Rafah bị không kích.", "killed 9")]
    [InlineData("fa", "۹ عضو یک خانواده در حمله هوایی به منزلشان در رفح جان باختند.", "killed 9")]
    [InlineData("ru", "Четыре члена одной семьи погибли в результате удара по жилому дому.", "killed 4")]
    [InlineData("uk", "Внаслідок удару загинули п'ятеро членів однієї родини.", "killed 5")]
    [InlineData("de", "Bei dem Angriff wurden sieben Mitglieder einer Familie getötet.", "killed 7")]
    [InlineData("fr", "Neuf membres d'une même famille ont été tués dans une frappe.", "killed 9")]
    [InlineData("es", "Murieron ocho miembros de una misma familia en el bombardeo.", "killed 8")]
    [InlineData("ar", "قتل تسعة أفراد من عائلة واحدة في غارة على منزلهم.", "killed 9")]
    // Negatives: families counted are no people count; "a family of five" still counts the five.
    [InlineData("en", "Israeli strikes killed 12 families in Gaza this week, the ministry said.", "")]
    [InlineData("id", "Serangan itu menewaskan tiga keluarga di Rafah.", "")]
    [InlineData("vi", "Cuộc không kích khiến 3 gia đình thiệt mạng toàn bộ.", "")]
    [InlineData("en", "A family of five was killed when the strike hit their home.", "killed 5")]
    public void MembersOfOneFamily_CountsTheMembers(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 60 Shahed drones at Kyiv overnight, and all of them were shot down by air defences.", "drones_launched 60; drones_downed 60")]
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all of them were destroyed.", "drones_launched 60; drones_downed 60")]
    [InlineData("id", "Rusia mengirim 60 drone Shahed ke arah Kyiv pada Rabu dini hari, dan semuanya berhasil dihancurkan.", "drones_launched 60; drones_downed 60")]
    [InlineData("en", "The Houthis fired two ballistic missiles at Eilat, all of which were intercepted.", "missiles_launched 2; missiles_downed 2")]
    // Negatives: "all" that is not the weapons' ("and all of the victims were civilians"), and a new count after it.
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all of the region lost power.", "drones_launched 60")]
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all 45 were shot down.", "drones_launched 60; drones_downed 45")]
    public void AndAllOfThemDowned_AfterALaunch_DownsTheLaunch(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "At least four people were killed, including two in Lviv, and more than 20 were injured.", "killed 4 at_least; killed 2; injured 20 more_than")]
    [InlineData("en", "At least four people were killed, including two people in Lviv, and more than 20 people were injured.", "killed 4 at_least; killed 2; injured 20 more_than")]
    [InlineData("id", "Sedikitnya empat orang tewas, termasuk dua di Lviv, dan lebih dari 20 orang terluka.", "killed 4 at_least; killed 2; injured 20 more_than")]
    [InlineData("vi", "Ít nhất 4 người thiệt mạng, trong đó có 2 người ở Lviv, và hơn 20 người bị thương.", "killed 4 at_least; killed 2; injured 20 more_than")]
    [InlineData("vi", "Ít nhất 4 người thiệt mạng, trong đó có 2 trẻ em, và hơn 20 người bị thương.", "killed 4 at_least; killed 2; injured 20 more_than")]
    [InlineData("fa", "در این حمله ۱۲ نفر کشته شدند، از جمله سه کودک، و ۴۰ نفر زخمی شدند.", "killed 12; killed 3; injured 40")]
    // Negatives: parts that fit the whole still share the verb of their list ("among them … killed"), and parts with no
    // later count stay parts of the whole.
    [InlineData("en", "The strikes killed 1,724 people and injured 4,012, among them 411 women and 96 children killed.", "killed 1724; injured 4012; killed 411; killed 96")]
    [InlineData("en", "Five people were killed, including two children and three women, the governor said.", "killed 5; killed 2; killed 3")]
    public void APartNamedByIncluding_BelongsToTheFigureBefore_NotToTheNextCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Theo báo cáo tháng 11 của LHQ, 152 dân thường thiệt mạng và 790 người bị thương.", "killed 152 cumulative; injured 790 cumulative")]
    [InlineData("id", "Menurut laporan bulanan PBB, 152 warga sipil tewas dan 790 terluka di Ukraina.", "killed 152 cumulative; injured 790 cumulative")]
    [InlineData("fa", "بر اساس گزارش ماهانه سازمان ملل، ۱۵۲ غیرنظامی کشته و ۷۹۰ نفر زخمی شدند.", "killed 152 cumulative; injured 790 cumulative")]
    // Negative: a report of one attack stays the attack's.
    [InlineData("vi", "Theo báo cáo của chính quyền, 5 người thiệt mạng trong vụ tấn công đêm qua.", "killed 5 event")]
    public void AMonthlyReport_StatesRunningTotals(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 6 missiles and 12 drones overnight. Air defences intercepted 4 missiles and all the drones.", "missiles_launched 6; drones_launched 12; missiles_downed 4; drones_downed 12")]
    [InlineData("vi", "Đêm qua Nga phóng 6 tên lửa và 12 UAV. Phòng không Ukraine đánh chặn 4 tên lửa và toàn bộ số UAV.", "missiles_launched 6; drones_launched 12; missiles_downed 4; drones_downed 12")]
    // Negatives: "all the drones" with no launched count before, or launched rather than downed, gives nothing.
    [InlineData("en", "Air defences intercepted 4 missiles and all the drones.", "missiles_downed 4")]
    [InlineData("en", "Russia launched 12 drones overnight. All the drones were launched from Kursk.", "drones_launched 12")]
    public void AllTheWeaponsWithNoNumber_AreTheLaunchedCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan Rudal Rusia di Kryvyi Rih Tewaskan 2 Orang, 9 Luka-luka", "killed 2; injured 9")]
    [InlineData("id", "Serangan drone di Kharkiv tewaskan 3 orang dan lukai 12 lainnya.", "killed 3; injured 12")]
    // Negative: the verb of another clause's count is still that count's.
    [InlineData("id", "Dua rumah rusak, tidak ada korban jiwa, dan serangan kedua lukai 4 orang.", "injured 4")]
    public void IndonesianHeadlineVerbs_WithoutTheirPrefix_AreRead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan kedua melukai 4 orang di pusat kota.", "injured 4")]
    [InlineData("id", "Pada hari ketiga pertempuran, 12 tentara tewas.", "killed 12")]
    // Negatives: before what they count, "kedua" and "ketiga" are "both" and "all three".
    [InlineData("id", "Kedua korban tewas di tempat kejadian.", "killed 2")]
    [InlineData("id", "Ketiga warga sipil itu terluka akibat serpihan drone.", "injured 3")]
    public void IndonesianKeduaAfterANoun_IsAnOrdinal(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "دو امدادگر هلال احمر در حمله پهپادی به آمبولانس آنها در شمال غزه در نزدیکی اردوگاه جان باختند.", "killed 2")]
    [InlineData("fa", "هفت نفر از اعضای تیم امداد در حمله به ساختمان در مرکز شهر در ساعات اولیه صبح به شدت زخمی شدند.", "injured 7")]
    // Negatives: a comma or the next number still ends the count's reach; people with another verb are no casualties.
    [InlineData("fa", "بیست نفر از ساکنان در حمله پهپادی به روستا در شمال استان در پناهگاه به سر بردند و سه نفر در این حمله کشته شدند.", "killed 3")]
    [InlineData("fa", "دو امدادگر هلال احمر در حمله به آمبولانس در شمال غزه در نزدیکی اردوگاه بازداشت شدند.", "")]
    public void VerbFinal_PrepositionsOfTimeAndPlace_AreNoDistance(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("۹ نفر در حمله هوایی به خان‌یونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("۹ نفر در حمله هوایی به خانیونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("۹ نفر در حمله هوایی به خان یونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("حمله به دیر البلح و دیرالبلح", "fa", "ps/gaza/deir-al-balah")]
    public void ArabicScriptNames_WithAJoinerOrRunTogether_AreFound(string text, string language, string expected) =>
        Assert.Contains(Gazetteer.Default.Find(text, language), m => m.PlaceId == expected);

    [Theory]
    // Negative: the run-together form needs the whole name, not its first word ("خان" alone is a common word).
    [InlineData("این خان بزرگ روستا بود.", "fa", "ps/gaza/khan-younis")]
    public void ArabicScriptNames_FirstWordAlone_IsNoPlace(string text, string language, string unexpected) =>
        Assert.DoesNotContain(Gazetteer.Default.Find(text, language), m => m.PlaceId == unexpected);
}
