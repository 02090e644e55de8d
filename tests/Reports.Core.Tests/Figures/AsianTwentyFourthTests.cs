namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-fourth session, asian helper, written for these tests (no evaluation text): bodies handed back in an exchange
/// ("trao trả thi thể", "jenazah dipulangkan", "پیکر … تحویل", "returned the bodies") are no casualty figure; "more" bodies
/// found beside a death toll ("tìm thấy thêm hai thi thể", "satu jenazah lagi", "دو پیکر دیگر") are the toll's increment,
/// no figure of their own.
/// </summary>
public sealed class AsianTwentyFourthTests
{
    [Theory]
    [InlineData("vi", "Phía Israel đã trao trả 45 thi thể người Palestine cho Gaza vào sáng thứ Ba.", "")]
    [InlineData("vi", "Hamas trao trả thi thể của ba con tin thông qua Hội Chữ thập đỏ.", "")]
    [InlineData("vi", "Kyiv nhận 800 thi thể binh sĩ trong đợt hồi hương lần này.", "")]
    [InlineData("id", "Jenazah tiga sandera dipulangkan ke Israel melalui Palang Merah.", "")]
    [InlineData("id", "Israel memulangkan 45 jenazah warga Palestina ke Gaza.", "")]
    [InlineData("fa", "پیکر ۴۵ فلسطینی از طریق صلیب سرخ به غزه تحویل داده شد.", "")]
    [InlineData("en", "Russia returned the bodies of 800 soldiers to Ukraine in the latest repatriation.", "")]
    [InlineData("ru", "Россия передала Украине тела 800 военнослужащих.", "")]
    [InlineData("es", "Israel devolvió los cuerpos de 45 palestinos a Gaza.", "")]
    [InlineData("de", "Israel hat die Leichen von 45 Palästinensern an Gaza übergeben.", "")]
    // Negatives: bodies found after an attack, or a handing-back word with no body noun, stay.
    [InlineData("vi", "Lực lượng cứu hộ tìm thấy 4 thi thể dưới đống đổ nát sau cuộc không kích.", "killed 4")]
    [InlineData("id", "Tim penyelamat menemukan 4 jenazah di bawah reruntuhan rumah itu.", "killed 4")]
    [InlineData("en", "Five soldiers were killed on Tuesday as Russia handed over 300 prisoners of war.", "killed 5")]
    public void BodiesHandedBackAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Lực lượng cứu hộ tìm thấy thêm hai thi thể dưới đống đổ nát, nâng số người thiệt mạng lên 31.", "killed 31")]
    [InlineData("id", "Tim SAR menemukan dua jenazah lagi, sehingga jumlah korban tewas menjadi 31 orang.", "killed 31")]
    [InlineData("en", "Rescuers pulled two more bodies from the rubble, bringing the death toll to 31.", "killed 31")]
    [InlineData("en", "The death toll rose to 16 after four more bodies were recovered.", "killed 16")]
    // Negatives: without a toll, or without "more", the bodies found are a figure.
    [InlineData("id", "Tim SAR menemukan dua jenazah lagi di bawah reruntuhan.", "killed 2")]
    [InlineData("vi", "Lực lượng cứu hộ tìm thấy hai thi thể, nâng số người thiệt mạng lên 31.", "killed 2; killed 31")]
    public void MoreBodiesFoundBesideATollAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void MoreBodiesFoundAfterATollInTheSentenceBeforeAreNoFigure()
    {
        ExtractorHarness.AssertFigures("fa", "شمار کشته‌شدگان حمله به ۳۱ نفر رسید. امدادگران دو پیکر دیگر را از زیر آوار بیرون کشیدند.", "killed 31");
        ExtractorHarness.AssertFigures("id", "Jumlah korban tewas naik menjadi 31 orang. Tim SAR menemukan dua jenazah lagi.", "killed 31");
    }

    [Theory]
    [InlineData("vi", "Tổng cộng 41 người thiệt mạng ở Khan Younis trong tuần qua. Số liệu theo từng ngày: thứ Hai 9 người, thứ Tư 12 người.", "killed 41; killed 9; killed 12")]
    [InlineData("id", "Sebanyak 60 orang tewas di Rafah pekan lalu. Rinciannya per hari: Senin 18 orang, Rabu 25 orang, dan Jumat 17 orang.", "killed 60; killed 18; killed 25; killed 17")]
    [InlineData("id", "Sebanyak 60 orang tewas di Rafah tahun ini. Rincian per bulan: Januari 18 orang, Maret 25 orang, dan Mei 17 orang.", "killed 60; killed 18; killed 25; killed 17")]
    [InlineData("fa", "در هفته گذشته ۴۱ نفر در خان یونس کشته شدند. آمار روزانه: دوشنبه ۹ نفر، چهارشنبه ۱۲ نفر.", "killed 41; killed 9; killed 12")]
    [InlineData("en", "In all, 41 people were killed in Khan Younis last week. Daily figures: Monday 9 people, Wednesday 12 people.", "killed 41; killed 9; killed 12")]
    // Negatives: no casualty figure in the sentence before, or items that are no people.
    [InlineData("vi", "Đoàn công tác sẽ làm việc tại Gaza trong tuần. Lịch trình như sau: thứ Hai 9 người, thứ Tư 12 người.", "")]
    [InlineData("id", "Sebanyak 60 orang tewas di Rafah pekan lalu. Rinciannya per hari: Senin 18 tenda, Rabu 25 tenda.", "killed 60")]
    [InlineData("en", "In all, 41 people were killed in Khan Younis last week. Aid deliveries: Monday 9 trucks, Wednesday 12 trucks.", "killed 41")]
    public void ATimeLabelledBreakdownAfterACasualtyFigureTakesItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Liên Hợp Quốc cho biết 33 nhân viên cứu trợ đã thiệt mạng ở Sudan trong năm nay (năm ngoái là 25 người).", "killed 33; killed 25")]
    [InlineData("id", "PBB mengatakan 33 pekerja kemanusiaan tewas di Sudan tahun ini (tahun lalu 25 orang).", "killed 33; killed 25")]
    // Negatives: a bare count in parentheses with no label, and a parenthesis of another count ("танків – 11 400 (+5)").
    [InlineData("id", "Sebanyak 12 orang tewas di Gaza pada Senin (3 orang).", "killed 12")]
    [InlineData("uk", "Загальні втрати противника склали: особового складу – близько 1 180 000 (+1180) осіб, танків – 11 400 (+5).", "casualties 1180000 about; casualties 1180")]
    public void ALabelledEarlierValueInParenthesesAfterTheFiguresClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Quân Nga thiệt hại khoảng 1.500 binh sĩ trong 24 giờ qua, nâng tổng thiệt hại từ đầu chiến sự lên 760.000 người.", "casualties 1500 about; casualties 760000")]
    [InlineData("id", "Staf Umum Ukraina mengatakan total kerugian Rusia sejak awal invasi mencapai 760.000 personel.", "casualties 760000")]
    [InlineData("id", "Rusia kehilangan sekitar 1.500 tentara dalam 24 jam terakhir, dan total kerugian sejak awal invasi mencapai 760.000 personel.", "casualties 1500 about; casualties 760000")]
    // Negative: a total of equipment losses stays none.
    [InlineData("vi", "Tổng thiệt hại của Nga lên tới 9.000 xe tăng.", "")]
    public void ATotalOfLossesIsACasualtyToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Mỗi bệ phóng mang tối đa 16 tên lửa PAC-3.", "")]
    [InlineData("vi", "Mỗi lữ đoàn được biên chế từ 50 đến 100 UAV trinh sát.", "")]
    [InlineData("id", "Setiap peluncur membawa hingga 16 rudal PAC-3.", "")]
    [InlineData("fa", "هر پرتابگر تا ۱۶ موشک پاتریوت حمل می‌کند.", "")]
    [InlineData("en", "Each launcher carries up to 16 PAC-3 missiles.", "")]
    [InlineData("ru", "Каждая пусковая установка несёт до 16 ракет.", "")]
    [InlineData("fr", "Chaque lanceur emporte jusqu'à 16 missiles.", "")]
    [InlineData("es", "Cada batería tiene hasta 16 misiles.", "")]
    [InlineData("de", "Jeder Werfer trägt bis zu 16 Raketen.", "")]
    // Negatives: a time after the distributive word, a launching verb before the count, "each of", "both".
    [InlineData("vi", "Mỗi đêm Nga phóng hơn 100 UAV vào Ukraine.", "drones_launched 100 more_than")]
    [InlineData("en", "Every night this week Russia launched more than 300 drones at Ukraine.", "drones_launched 300 more_than")]
    [InlineData("en", "Each of the 40 drones was shot down.", "drones_launched 40; drones_downed 40")]
    [InlineData("fa", "ارتش اسرائیل گفت هر دو موشک شلیک‌شده از یمن رهگیری شدند.", "missiles_downed 2")]
    public void WeaponsEachUnitHoldsAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Tổng cộng 41 người thiệt mạng ở Khan Younis trong tuần qua. Số liệu theo từng ngày: thứ Hai 9 người, thứ Tư 12 người.", "killed 41 cumulative; killed 9 event; killed 12 event")]
    [InlineData("id", "Sebanyak 60 orang tewas di Rafah bulan ini. Rinciannya per hari: Senin 18 orang, Rabu 25 orang.", "killed 60 cumulative; killed 18 event; killed 25 event")]
    // Negative: an ordinal "thứ hai" after a period is the second week, no day.
    [InlineData("vi", "Trong tuần thứ hai của chiến dịch, 40 người thiệt mạng.", "killed 40 cumulative")]
    public void ADayNamingAnItemCountsThatDay(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "بیش از ۳۰۰ نفر از سپتامبر تا نوامبر در شمال دارفور کشته شدند؛ سپتامبر ۱۲۰ نفر، اکتبر ۹۵ نفر و نوامبر ۸۷ نفر.", "killed 300 more_than; killed 120; killed 95; killed 87")]
    [InlineData("fa", "بیش از ۳۰۰ نفر در شمال دارفور کشته شدند، سپتامبر ۱۲۰ نفر، اکتبر ۹۵ نفر.", "killed 300 more_than; killed 120; killed 95")]
    [InlineData("en", "More than 300 people were killed in North Darfur; September 120 people, October 95 people.", "killed 300 more_than; killed 120; killed 95")]
    // Negative: a bare count with its people noun and no time of its own is no item.
    [InlineData("en", "More than 300 people were killed in North Darfur; 120 people.", "killed 300 more_than")]
    public void ATimeLabelledItemMayEndWithItsPeopleNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
