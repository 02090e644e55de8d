namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-seventh session, asian helper, written for these tests (no evaluation text): a vague count in the hundreds or
/// thousands whose own segment names one attack ("Thousands were killed in the attack on the camp", "هزاران نفر در حمله …
/// به اردوگاه … کشته شده‌اند") is that attack's toll; a change's new value after "from N" ("tăng từ 7 đến 9") is no "up
/// to".
/// </summary>
public sealed class AsianTwentySeventhTests
{
    [Theory]
    [InlineData("fa", "به گفته امدادگران، هزاران نفر در حمله شبه‌نظامیان به اردوگاه آوارگان در دارفور کشته شده‌اند.", "killed 1000 event")]
    [InlineData("fa", "فعالان محلی می‌گویند صدها نفر در حمله شبه‌نظامیان به یک روستا در ایالت الجزیره کشته شده‌اند.", "killed 100 event")]
    [InlineData("vi", "Hàng nghìn người đã thiệt mạng trong vụ dân quân tấn công trại tị nạn ở Darfur, các tổ chức cứu trợ cho biết.", "killed 1000 event")]
    [InlineData("ar", "قتل آلاف الأشخاص في هجوم المسلحين على مخيم النازحين في دارفور، بحسب منظمات إغاثة.", "killed 1000 event")]
    [InlineData("ru", "Тысячи человек погибли при нападении боевиков на лагерь беженцев в Дарфуре, сообщили гуманитарии.", "killed 1000 event")]
    [InlineData("uk", "Сотні людей загинули внаслідок нападу бойовиків на табір біженців у Дарфурі, повідомили гуманітарії.", "killed 100 event")]
    [InlineData("en", "Thousands of people were killed in the attack on the displacement camp in Darfur, aid groups said.", "killed 1000 event")]
    // Negatives: many attacks, or no attack named, stay a running total.
    [InlineData("vi", "Hàng trăm người đã thiệt mạng trong các vụ tấn công của dân quân vào trại tị nạn, các tổ chức cứu trợ cho biết.", "killed 100 cumulative")]
    [InlineData("fa", "صدها نفر در حملات اسرائیل به جنوب لبنان کشته شده‌اند.", "killed 100 cumulative")]
    [InlineData("ru", "Тысячи человек погибли в Дарфуре, сообщили гуманитарии.", "killed 1000 cumulative")]
    public void AVagueTollOfOneNamedAttackIsAnEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Số người chết trong vụ tấn công Sumy tăng từ 7 đến 9 người sau khi tìm thấy thêm thi thể.", "killed 7; killed 9")]
    [InlineData("vi", "Số người bị thương ở Kharkiv đã tăng từ mười hai đến mười lăm người.", "injured 12; injured 15")]
    // Negative: a range with no change verb before its "from" stays a range.
    [InlineData("vi", "Từ 7 đến 9 người thiệt mạng trong vụ tấn công ở Sumy.", "killed 7 at_least; killed 9 up_to")]
    public void AChangesNewValueAfterFromIsNoUpTo(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Nga cũng tăng cường tập kích, trung bình mỗi đêm phóng khoảng 100 UAV.", "")]
    [InlineData("id", "Rata-rata setiap malam Rusia meluncurkan sekitar 100 drone ke Ukraina.", "")]
    [InlineData("ru", "В среднем каждую ночь Россия запускает около 100 дронов.", "")]
    // Negatives: "every night" alone before the subject counts what a night brings (the twenty-fourth session's convention).
    [InlineData("vi", "Mỗi đêm Nga phóng 300 UAV vào các thành phố Ukraine.", "drones_launched 300")]
    [InlineData("en", "Every night Russia launched 300 drones at Ukraine's cities.", "drones_launched 300")]
    public void AnAverageBeforeEachNightIsARate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "ارتش گفت ۹ پهپاد شلیک‌شده از عراق و سوریه را روز پنجشنبه رهگیری کرده است.", "drones_downed 9")]
    [InlineData("en", "The army said 9 drones launched from Iraq and Syria were intercepted on Thursday.", "drones_downed 9")]
    [InlineData("id", "Militer mengatakan 9 drone yang diluncurkan dari Irak dan Suriah berhasil dicegat pada Kamis.", "drones_downed 9")]
    [InlineData("vi", "Quân đội cho biết 9 UAV phóng từ Iraq và Syria đã bị bắn hạ trong ngày 14/11.", "drones_downed 9")]
    // Negative: with no downing verb after the places the weapons stay launched.
    [InlineData("fa", "۹ پهپاد شلیک‌شده از عراق و سوریه به یک پایگاه اصابت کرد و دو نفر کشته شدند.", "drones_launched 9; killed 2")]
    public void TwoPlacesTheWeaponsCameFromLeaveTheMainVerbAhead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Quân đội Israel cho biết đã đánh chặn 9 UAV phóng từ Iraq và Syria trong ngày 14/11.", "drones_downed 9 event")]
    [InlineData("vi", "Hai người thiệt mạng khi rocket phóng từ Lebanon rơi xuống thị trấn Kiryat Shmona ngày 5/12.", "killed 2 event")]
    // Negative: "từ" opening a period stays a running total.
    [InlineData("vi", "Đã có 45 người thiệt mạng ở Kherson kể từ khi Nga tấn công ngày 5/12.", "killed 45 cumulative")]
    public void FromAfterALaunchingVerbIsNoSince(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Menurut PBB, warga sipil yang tewas di Kherson tercatat 18 orang pada September, 27 orang pada Oktober, dan 31 orang pada November.", "killed 18; killed 27; killed 31")]
    [InlineData("id", "Pada Oktober, warga sipil yang tewas tercatat 30 orang di Donetsk, 12 orang di Kharkiv, dan 9 orang di Kherson.", "killed 30; killed 12; killed 9")]
    // Negative: "tercatat" with no casualty word before it is no toll.
    [InlineData("id", "Jumlah pengungsi di Kherson tercatat 3.000 orang pada Oktober.", "")]
    public void RecordedIsATollVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Có 27 người thiệt mạng vào ngày 10 và 13 người bị thương khi máy bay không kích trại tị nạn.", "killed 27 event; injured 13 event")]
    [InlineData("id", "Sebanyak 27 orang tewas pada tanggal 10 dan 13 orang terluka dalam serangan itu.", "killed 27 event; injured 13 event")]
    [InlineData("vi", "Ngày 10 có 30 người thiệt mạng trong vụ tấn công ở Kharkiv.", "killed 30 event")]
    [InlineData("vi", "Số dân thường thiệt mạng là 18 người trong tháng 9, 27 người trong tháng 10 và 31 người trong tháng 11.", "killed 18 cumulative; killed 27 cumulative; killed 31 cumulative")]
    // Negatives: a span of days stays a span; ages after an "and" stay ages.
    [InlineData("vi", "Trong 10 ngày qua, 45 người đã thiệt mạng ở Kherson.", "killed 45 cumulative")]
    [InlineData("vi", "Hai trẻ em 7 và 9 tuổi đã thiệt mạng trong vụ tấn công.", "killed 2 event")]
    public void ADayOfTheMonthAfterItsMarkerIsNoCountNorSpan(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار غیرنظامیان کشته‌شده در خرسون در ماه سپتامبر ۱۵ نفر، در ماه اکتبر ۲۲ نفر و در ماه نوامبر ۳۱ نفر بوده است.", "killed 15; killed 22; killed 31")]
    [InlineData("id", "Warga sipil yang tewas di Kherson pada bulan September tercatat 15 orang, pada bulan Oktober 22 orang, dan pada bulan November 31 orang.", "killed 15; killed 22; killed 31")]
    // Negative: a month's word and name before a count with a verb of its own is no gapped item.
    [InlineData("fa", "در حمله به خرسون ۱۵ نفر کشته شدند و در ماه اکتبر ۲۲ پهپاد شلیک شد.", "killed 15; drones_launched 22")]
    public void AMonthsWordBeforeItsNameIsPartOfAnItemsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Serangan udara Israel menewaskan 16 orang yang menghadiri pemakaman seorang warga desa.", "killed 16")]
    [InlineData("en", "An Israeli strike killed 16 people who attended a funeral in the village.", "killed 16")]
    [InlineData("es", "Un ataque aéreo israelí mató a 16 personas que asistieron al funeral en la aldea.", "killed 16")]
    [InlineData("fr", "Une frappe israélienne a tué 16 personnes qui ont assisté aux funérailles dans le village.", "killed 16")]
    [InlineData("ru", "Израильский авиаудар убил 16 человек, которые присутствовали на похоронах в деревне.", "killed 16")]
    [InlineData("uk", "Ізраїльський авіаудар убив 16 людей, які взяли участь у похороні в селі.", "killed 16")]
    // Negatives: the crowd at a funeral, and people acted on with no casualty verb before them, stay no figure.
    [InlineData("en", "Hundreds of people who attended the funeral of the victims marched through the village.", "")]
    [InlineData("id", "Serangan udara itu menewaskan tiga orang. Polisi mengevakuasi 40 orang yang tinggal di sekitar lokasi.", "killed 3")]
    public void AnActInARelativeAfterACasualtyVerbsCountDescribesThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "En promedio, cada noche Rusia lanza unos 100 drones.", "")]
    [InlineData("ru", "В среднем, каждую ночь Россия запускает около 100 дронов.", "")]
    [InlineData("id", "Rata-rata, setiap malam Rusia meluncurkan sekitar 100 drone.", "")]
    [InlineData("vi", "Trung bình, mỗi đêm Nga phóng khoảng 100 UAV.", "")]
    [InlineData("en", "On average, Russia launches about 100 drones at Ukraine.", "")]
    [InlineData("fr", "En moyenne, chaque nuit la Russie lance 100 drones.", "")]
    [InlineData("en", "Russia's average daily casualties in November were about 420, the intelligence update said.", "")]
    // Negatives: an average word in another sentence, or not opening the count's clause, frames nothing.
    [InlineData("en", "On average the attacks were smaller. Last night, Russia launched 120 drones.", "drones_launched 120")]
    [InlineData("es", "En promedio, los ataques son menores, pero el lunes murieron 12 personas.", "killed 12")]
    public void AnAverageSetOffByACommaOpensTheCountsClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}

