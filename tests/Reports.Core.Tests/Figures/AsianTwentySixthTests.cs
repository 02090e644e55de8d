namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-sixth session, asian helper, written for these tests (no evaluation text): a related link run into the body
/// ("Liên kết: …", "Tautan: …", "لینک: …") and a live update's link line after its time stamp ("8:30 - Liên kết: …",
/// "08.30 WIB - Baca juga: …", "ساعت ۸:۳۰ - بیشتر بخوانید: …") are another article's headline; the crowd at a funeral
/// ("با حضور صدها نفر", "Ribuan orang menghadiri pemakaman", "присутствовали сотни человек") is no toll; the bounds of a
/// varying daily toll ("dao động từ 0 đến 12", "berkisar antara 0 hingga 12", "ranged from 0 to 12") are no figures.
/// </summary>
public sealed class AsianTwentySixthTests
{
    [Theory]
    [InlineData("vi", "Bốn người thiệt mạng trong cuộc không kích ở Rafah ngày 6/12. Liên kết: Iran tuyên bố bắn hạ 9 UAV trên bầu trời Isfahan", "killed 4")]
    [InlineData("id", "Empat orang tewas dalam serangan udara di Rafah pada Jumat. Tautan: Iran Klaim Tembak Jatuh 9 Drone di Isfahan", "killed 4")]
    [InlineData("fa", "چهار نفر در حمله هوایی به رفح کشته شدند. لینک: ایران ۹ پهپاد را بر فراز اصفهان سرنگون کرد", "killed 4")]
    [InlineData("vi", "9:10 - Không quân Ukraine: Nga phóng 60 UAV trong đêm.\n9:40 - Liên kết: Nga bắn hạ 12 UAV Ukraine trên bầu trời Bryansk", "drones_launched 60")]
    [InlineData("id", "09.10 WIB - Rusia meluncurkan 60 drone semalam.\n09.40 WIB - Baca juga: Rusia Tembak Jatuh 12 Drone Ukraina di Bryansk", "drones_launched 60")]
    [InlineData("fa", "ساعت ۹:۱۰ - روسیه شب گذشته ۶۰ پهپاد شلیک کرد.\nساعت ۹:۴۰ - بیشتر بخوانید: روسیه ۱۲ پهپاد اوکراینی را بر فراز بریانسک سرنگون کرد", "drones_launched 60")]
    [InlineData("en", "9:10 - Russia launched 60 drones overnight.\n9:40 - Read more: Russia says it downed 12 Ukrainian drones over Bryansk", "drones_launched 60")]
    // Negatives: a live update's own entry after its time stamp stays a figure; "link" inside a sentence is a word.
    [InlineData("vi", "9:40 - Nga bắn hạ 12 UAV Ukraine trên bầu trời Bryansk.", "drones_downed 12")]
    [InlineData("id", "09.40 WIB - Rusia menembak jatuh 12 drone Ukraina di Bryansk.", "drones_downed 12")]
    [InlineData("en", "Officials found no link between the blast and the 12 people killed in Bryansk.", "killed 12")]
    public void ALinkRunIntoTheBodyOrAfterALiveUpdatesTimeIsAnotherArticle(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در حمله هوایی به مدرسه ۱۶ نفر کشته شدند. پیکر شهدا با حضور صدها نفر تشییع شد.", "killed 16")]
    [InlineData("id", "Serangan udara ke sekolah itu menewaskan 16 orang. Ribuan orang menghadiri pemakaman para korban pada Jumat.", "killed 16")]
    [InlineData("id", "Serangan udara ke sekolah itu menewaskan 16 orang. Jenazah para korban dimakamkan dengan dihadiri ratusan pelayat.", "killed 16")]
    [InlineData("vi", "Cuộc không kích vào trường học khiến 16 người thiệt mạng. Lễ tang các nạn nhân diễn ra với sự tham dự của hàng trăm người.", "killed 16")]
    [InlineData("ru", "Удар по школе убил 16 человек. На похоронах погибших присутствовали сотни человек.", "killed 16")]
    [InlineData("uk", "Удар по школі вбив 16 людей. У похороні загиблих взяли участь сотні людей.", "killed 16")]
    [InlineData("ar", "أسفرت الغارة على المدرسة عن مقتل 16 شخصا. وشيع جثامين الشهداء بحضور آلاف المواطنين.", "killed 16")]
    [InlineData("fr", "La frappe sur l'école a tué 16 personnes. Des centaines de personnes ont assisté aux funérailles des victimes.", "killed 16")]
    [InlineData("es", "El ataque contra la escuela mató a 16 personas. Cientos de personas asistieron al funeral de las víctimas.", "killed 16")]
    [InlineData("de", "Der Angriff auf die Schule tötete 16 Menschen. Hunderte Menschen nahmen an der Beerdigung der Opfer teil.", "killed 16")]
    // Negatives: the dead of an attack on a funeral are still counted.
    [InlineData("id", "Tiga orang tewas saat menghadiri pemakaman di Khan Younis.", "killed 3")]
    [InlineData("fa", "سه نفر در حین حضور در مراسم تشییع در خان یونس کشته شدند.", "killed 3")]
    [InlineData("vi", "Cuộc không kích vào đám tang khiến 16 người thiệt mạng.", "killed 16")]
    public void TheCrowdAtAFuneralIsNoToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Số người chết mỗi ngày ở miền Bắc dao động từ 0 đến 12 người trong tuần qua.", "")]
    [InlineData("id", "Jumlah korban tewas harian di Gaza utara berkisar antara 0 hingga 12 orang selama sepekan terakhir.", "")]
    [InlineData("fa", "شمار کشته‌های روزانه در شمال غزه در هفته گذشته بین ۰ تا ۱۲ نفر در نوسان بود.", "")]
    [InlineData("en", "The daily death toll in the north ranged from 0 to 12 over the past week.", "")]
    [InlineData("ru", "Ежедневное число погибших на севере колебалось от 0 до 12 человек за последнюю неделю.", "")]
    [InlineData("uk", "Щоденна кількість загиблих на півночі коливалася від 0 до 12 осіб протягом тижня.", "")]
    [InlineData("ar", "تراوح عدد القتلى اليومي في الشمال بين 0 و12 شخصا خلال الأسبوع الماضي.", "")]
    [InlineData("fr", "Le nombre de morts quotidien dans le nord a varié de 0 à 12 au cours de la semaine écoulée.", "")]
    [InlineData("es", "El número diario de muertos en el norte osciló entre 0 y 12 durante la última semana.", "")]
    [InlineData("vi", "Số người chết mỗi ngày dao động từ 0 đến 12 người. Tổng số người thiệt mạng kể từ tháng 10/2023 đã vượt 44.500 người.", "killed 44500 more_than")]
    // Negatives: a comma ends the varying clause; a count with its own noun before a participle of varying stays.
    [InlineData("vi", "Số người chết mỗi ngày dao động, nhưng hôm qua 12 người thiệt mạng ở Gaza.", "killed 12")]
    [InlineData("en", "Russia fired 40 missiles ranged along the front, killing 12 people.", "missiles_launched 40; killed 12")]
    public void TheBoundsOfAVaryingTollAreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A counter word that joins two numbers is a range's "to" ("برد ۴ تا ۷۰ کیلومتر"): the unit after the second names both.
    [InlineData("fa", "گنبد آهنین برای رهگیری راکت‌ها در برد ۴ تا ۷۰ کیلومتر طراحی شده است.", "")]
    [InlineData("id", "Iron Dome mencegat roket pada jarak 4 hingga 70 km.", "")]
    [InlineData("vi", "Iron Dome đánh chặn rocket ở cự ly từ 4 đến 70 km.", "")]
    // Negatives: the counter of weapons and a range of weapons stay.
    [InlineData("fa", "روسیه ۴۰ پهپاد شلیک کرد و پدافند هوایی ۱۸ تا از آنها را سرنگون کرد.", "drones_launched 40; drones_downed 18")]
    public void ACounterBetweenTwoNumbersIsARangesTo(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "موشک بالستیک" is one noun: the participle right after it describes the missiles, the verb at the end downs them.
    [InlineData("fa", "ارتش اسرائیل اعلام کرد ۲ موشک بالستیک شلیک‌شده از یمن را رهگیری کرد.", "missiles_downed 2")]
    [InlineData("fa", "ارتش اسرائیل اعلام کرد یک فروند موشک بالستیک شلیک‌شده از یمن را پیش از ورود به حریم هوایی رهگیری کرده است.", "missiles_downed 1")]
    // Negative: launched with no downing verb.
    [InlineData("fa", "حوثی‌ها ۲ موشک بالستیک به سوی ایلات شلیک کردند.", "missiles_launched 2")]
    public void AParticipleAfterABallisticMissileDescribesIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "serangan serupa" (a similar attack) is one attack: the month before it dates that attack, not a month's tally.
    [InlineData("id", "Bulan lalu, serangan serupa menewaskan 27 orang di kota yang sama.", "killed 27 event")]
    // Negative: a month's attacks with no word of one attack stay a month's tally.
    [InlineData("id", "Sepanjang bulan lalu, serangan Rusia menewaskan 80 orang di kota itu.", "killed 80 cumulative")]
    public void ASimilarAttackIsOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    // "Arrow 3" names an interceptor system, no three missiles downed (data exclusions: a number right after the name).
    [InlineData("vi", "Arrow 3 đánh chặn tên lửa đạn đạo ngoài khí quyển.", "")]
    [InlineData("id", "Sistem Arrow 3 yang mencegat rudal balistik di ketinggian lebih dari 100 km.", "")]
    [InlineData("en", "Arrow 3 intercepts ballistic missiles outside the atmosphere.", "")]
    [InlineData("ru", "Система Arrow 3 перехватывает баллистические ракеты.", "")]
    [InlineData("ar", "منظومة حيتس 3 تعترض الصواريخ الباليستية.", "")]
    // Negative: the missiles an Arrow battery downed are still counted.
    [InlineData("en", "Arrow batteries intercepted 12 ballistic missiles overnight.", "missiles_downed 12")]
    public void AnInterceptorsModelNumberIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // The pluperfect and perfect of "جان … را گرفت" (took the lives of) are casualty verbs too.
    [InlineData("fa", "ماه گذشته حمله‌ای مشابه جان ۱۹ نفر را گرفته بود.", "killed 19")]
    [InlineData("fa", "این حمله جان ۱۹ نفر را گرفته است.", "killed 19")]
    public void TookTheLivesOfInThePerfect(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Indonesian "ke-" + a number before a counted noun is "all N" ("keempat rudal", the four missiles), after one an
    // ordinal (data numbers.bothOrOrdinal, as "kedua" and "ketiga" were).
    [InlineData("id", "Keempat rudal dan 71 drone berhasil ditembak jatuh.", "missiles_downed 4; drones_downed 71")]
    [InlineData("id", "Kelima korban tewas di tempat kejadian.", "killed 5")]
    // Negatives: ordinals.
    [InlineData("id", "Pada hari keempat perang, 12 orang tewas di Gaza.", "killed 12")]
    [InlineData("id", "Ini adalah serangan kelima terhadap rumah sakit itu.", "")]
    public void AllNBeforeACountedNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
