namespace Reports.Core.Tests.Figures;

/// <summary>
/// Nineteenth session, written for these tests (no evaluation text): a number after the name of a military unit
/// ("Brigade 401", "Lữ đoàn 401", "تیپ ۲۱۰", "Batalyon 51") names the unit and is no count, and it no longer hides the
/// soldiers counted before it; Vietnamese "năm" right after a number is the year it counts ("trong ba năm"), not five;
/// an ordinal marker ranks the occurrence it follows ("lần thứ hai trong ba ngày", the second time in three days), as
/// "the second strike in three days" does; a day set off by a comma before a number is no span of that many days
/// ("trong ngày, 3 quả"); Indonesian and Vietnamese verbs of exceeding ("melampaui", "vượt mốc") are "more than"; a
/// demonstrative before a unit ("این کشور ۲۵ پهپاد", this country's … 25 drones) closes the unit's phrase, so the weapons
/// after it are counted; a Persian relative clause closed by a comma ("۴۶ پهپاد اوکراینی را که … پرتاب شده بود، سرنگون
/// کرد") leaves the main downing verb the predicate; a part set off by commas inside its whole's phrase ("Five members of
/// one family, four of them children, were killed") is a part of the whole.
/// </summary>
public sealed class LeadNineteenthTests
{
    [Theory]
    [InlineData("en", "Five soldiers from Brigade 401 were killed in the fighting, the army said.", "killed 5")]
    [InlineData("en", "Three soldiers of Battalion 51 were killed and 4 wounded in the ambush.", "killed 3; injured 4")]
    [InlineData("vi", "Quân đội xác nhận 5 binh sĩ thuộc Lữ đoàn 401 đã thiệt mạng trong giao tranh.", "killed 5")]
    [InlineData("vi", "Sư đoàn 98 cho biết 3 binh sĩ bị thương trong vụ tấn công.", "injured 3")]
    [InlineData("fa", "نه سرباز از تیپ ۲۱۰ ارتش در درگیری با شورشیان کشته شدند.", "killed 9")]
    [InlineData("id", "Lima prajurit dari Batalyon 51 tewas dalam pertempuran di perbatasan.", "killed 5")]
    [InlineData("id", "Empat anggota Yonif 712 terluka akibat ledakan ranjau.", "injured 4")]
    // Negatives: units counted by a number are no people; soldiers of a unit with no number are still counted.
    [InlineData("en", "The army moved 3 brigades to the front after 12 soldiers were killed.", "killed 12")]
    [InlineData("vi", "Hai tiểu đoàn được điều tới mặt trận sau khi 7 binh sĩ thiệt mạng.", "killed 7")]
    [InlineData("fa", "ارتش دو تیپ را به مرز فرستاد.", "")]
    public void NumberAfterAUnitNameIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Tháng 6 là tháng có số thương vong cao nhất trong ba năm.", "")]
    [InlineData("vi", "Số người thiệt mạng cao nhất trong hai năm qua là 30 người.", "killed 30")]
    // Negatives: "năm" that counts people is five; digits before "năm" were years already.
    [InlineData("vi", "Năm người thiệt mạng và ba người bị thương.", "killed 5; injured 3")]
    [InlineData("vi", "Trong 3 năm, năm người đã thiệt mạng ở làng này.", "killed 5")]
    public void YearAfterANumberWordIsNoFive(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Sáu người thiệt mạng, lần thứ hai trong ba ngày khu vực này bị tấn công.", "killed 6 event")]
    [InlineData("vi", "Sáu người thiệt mạng, lần thứ 2 trong 3 ngày khu vực này bị tấn công.", "killed 6 event")]
    [InlineData("vi", "Tám người chết, cuộc tập kích thứ ba trong 5 ngày nhằm vào thành phố.", "killed 8 event")]
    [InlineData("en", "Six people were killed, the second strike in three days on the town.", "killed 6 event")]
    // Negatives: the period itself ranked ("the second week"), or a day before the marker, keeps the period's total.
    [InlineData("vi", "Trong tuần thứ hai của chiến dịch, 40 người thiệt mạng.", "killed 40 cumulative")]
    [InlineData("vi", "Ngày thứ ba của chiến dịch, 12 người thiệt mạng trong 3 ngày.", "killed 12 cumulative")]
    public void OrdinalMarkerRanksTheOccurrence(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Quân đội cho biết 4 tên lửa được bắn trong ngày, 3 quả đã bị đánh chặn.", "missiles_launched 4 event; missiles_downed 3 event")]
    [InlineData("en", "The army said 4 missiles were fired during the day, 3 were intercepted and the rest fell in open areas.", "missiles_launched 4 event; missiles_downed 3 event")]
    // Negative: the unit before the number with no comma between is still the span ("the past 24 hours", Arabic order).
    [InlineData("ar", "قالت الوزارة إن 45 شخصا قتلوا خلال الأيام الثلاثة الماضية.", "killed 45 cumulative")]
    public void DayBeforeACommaIsNoSpan(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Jumlah korban tewas sejak Oktober telah melampaui 43.000 orang, menurut kementerian.", "killed 43000 more_than")]
    [InlineData("id", "Jumlah korban tewas kini menembus angka 40.000 jiwa.", "killed 40000 more_than")]
    [InlineData("vi", "Số người thiệt mạng đã vượt mốc 40.000 người kể từ khi chiến tranh bắt đầu.", "killed 40000 more_than")]
    [InlineData("vi", "Số người chết đã vượt quá con số 1.000 trong tháng này.", "killed 1000 more_than")]
    // Negatives: no verb of exceeding, or one in another clause, leaves the number exact.
    [InlineData("id", "Jumlah korban tewas kini mencapai 40.000 jiwa.", "killed 40000")]
    [InlineData("vi", "Quân đội vượt sông Dnipro; 12 binh sĩ thiệt mạng.", "killed 12")]
    public void VerbOfExceedingIsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "وزارت دفاع روسیه اعلام کرد پدافند هوایی این کشور ۲۵ پهپاد اوکراینی را رهگیری و منهدم کرد.", "drones_downed 25")]
    [InlineData("fa", "پدافند هوایی این کشور ۱۲ موشک را رهگیری کرد.", "missiles_downed 12")]
    // Negatives: a unit with no demonstrative right before the weapons still excludes them ("hits of 27 drones").
    [InlineData("uk", "Зафіксовано влучання 27 ударних БПЛА на 7 локаціях.", "")]
    [InlineData("en", "This country received 25 drones from its ally last year.", "")]
    public void DemonstrativeClosesTheUnitsPhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "پدافند هوایی روسیه ۴۶ پهپاد اوکراینی را که شب گذشته به مناطق مرزی پرتاب شده بود، سرنگون کرد.", "drones_downed 46")]
    [InlineData("fa", "ارتش اسرائیل دو موشک را که از یمن شلیک شده بود، رهگیری کرد.", "missiles_downed 2")]
    [InlineData("fa", "ارتش اسرائیل ۱۲ موشک را که از یمن شلیک شده بود رهگیری کرد.", "missiles_downed 12")]
    // Negative: a count after the comma is a clause of its own.
    [InlineData("fa", "ارتش ۴۰ پهپاد را که از کورسک پرتاب شده بود، ۳۵ فروند منهدم شد.", "drones_launched 40; drones_downed 35")]
    public void RelativeClauseClosedByACommaLeavesTheMainVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Five members of one family, four of them children, were killed when a missile hit their home.", "killed 4; killed 5")]
    [InlineData("id", "Lima anggota satu keluarga, empat di antaranya anak-anak, tewas ketika rumah mereka dihantam rudal.", "killed 4; killed 5")]
    [InlineData("en", "Five people from one family, four of them children, were killed.", "killed 4; killed 5")]
    // Negatives: a part with a verb of its own, or a number in another clause, is no part of the whole before it.
    [InlineData("en", "Five members of one family were killed; four children were wounded.", "injured 4; killed 5")]
    [InlineData("en", "Five members of one family, four of them children, were killed and 12 neighbours were wounded.", "injured 12; killed 4; killed 5")]
    public void PartSetOffInsideTheWholesPhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Tujuh orang tewas dalam serangan drone ke rumah sakit di kota itu, salah satu dari 3 rumah sakit yang masih beroperasi.", "killed 7")]
    [InlineData("id", "Serangan drone menghantam salah satu dari tiga rumah sakit di kota itu.", "")]
    [InlineData("en", "A drone hit 2 of 5 buildings in the compound, and 3 people were wounded.", "injured 3")]
    // Negatives: a part of weapons or of people keeps its count.
    [InlineData("id", "Pasukan pertahanan udara menembak jatuh 52 dari 60 drone Shahed.", "drones_downed 52; drones_launched 60")]
    [InlineData("en", "Two of the 5 drones were shot down over the city.", "drones_downed 2; drones_launched 5")]
    public void PartOfAnExcludedWholeIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "08.15 WIB: Enam orang tewas dan 15 lainnya luka-luka akibat serangan rudal ke Kharkiv.", "injured 15; killed 6")]
    [InlineData("id", "Pada pukul 08.05 WIB, dua orang tewas.", "killed 2")]
    [InlineData("id", "10.40 WIB: Satu rudal balistik diluncurkan dari Yaman ke arah Israel.", "missiles_launched 1")]
    [InlineData("de", "Um 8.15 Uhr wurden zwei Menschen getötet.", "killed 2")]
    // Negatives: a thousands group (three digits) and an English decimal stay numbers.
    [InlineData("id", "Sebanyak 1.500 orang tewas dalam serangan itu.", "killed 1500")]
    [InlineData("en", "The toll rose to 1.5 million casualties, officials said.", "casualties 1500000")]
    public void ClockTimeWithAFullStopIsNoNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
