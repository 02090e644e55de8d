namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-sixth session, written for these tests (no evaluation text): ranges opened by "between"/"entre"/"от"/"بين"
/// state both ends (at least the lower, up to the upper); a plus sign glued to digits is "more than"; scale letters glued
/// to digits ("1.2k", "1.5m") multiply them; a count stated as a rate or an average ("150 drones a day", "в среднем 130
/// в сутки") is no figure, in every language.
/// </summary>
public sealed class LeadTwentySixthTests
{
    [Theory]
    [InlineData("en", "Between 25 and 30 people were killed in the strike on the market on Tuesday.")]
    [InlineData("fr", "Entre 25 et 30 personnes ont été tuées dans la frappe sur le marché mardi.")]
    [InlineData("es", "Entre 25 y 30 personas murieron en el ataque contra el mercado el martes.")]
    [InlineData("de", "Zwischen 25 und 30 Menschen wurden bei dem Angriff auf den Markt am Dienstag getötet.")]
    [InlineData("ru", "От 25 до 30 человек погибли при ударе по рынку во вторник.")]
    [InlineData("uk", "Від 25 до 30 людей загинули внаслідок удару по ринку у вівторок.")]
    [InlineData("ar", "قتل ما بين 25 و30 شخصا في الغارة على السوق يوم الثلاثاء.")]
    [InlineData("fa", "بین ۲۵ تا ۳۰ نفر در حمله به بازار روز سه‌شنبه کشته شدند.")]
    [InlineData("id", "Antara 25 hingga 30 orang tewas dalam serangan ke pasar pada Selasa.")]
    [InlineData("vi", "Từ 25 đến 30 người thiệt mạng trong vụ tấn công khu chợ hôm thứ Ba.")]
    public void ARangeAfterAnOpener_StatesBothEnds(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "killed 25 at_least; killed 30 up_to");

    [Theory]
    // A wide range after an opener is still one range (no ratio limit), and the old unopened ranges are unchanged.
    [InlineData("en", "Officials estimate that between 40 and 140 civilians were killed in the month.", "killed 40 at_least; killed 140 up_to")]
    [InlineData("en", "Shelling killed 10-12 people and injured 30 to 40 in the city on Friday.", "killed 12 about; injured 40 about")]
    [InlineData("en", "Two or three drones were shot down over the city overnight.", "drones_downed 3 about")]
    // Negatives: two years are no range; places after "between" are no count.
    [InlineData("en", "Between 2022 and 2024, 45 people were killed in the village.", "killed 45")]
    [InlineData("en", "A drone hit a bus between Kherson and Mykolaiv, killing 3 people and injuring 8.", "killed 3; injured 8")]
    [InlineData("de", "Zwischen 2022 und 2024 wurden in dem Dorf 45 Menschen getötet.", "killed 45")]
    public void OpenedRanges_WideOnesAndNegatives(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Số người chết trong vụ tấn công ở Kharkiv tăng từ 7 đến 9 người.")]
    [InlineData("uk", "Кількість загиблих внаслідок удару по Харкову зросла від 7 до 9 людей.")]
    public void AChangeAfterItsVerb_IsNoRange(string code, string text) =>
        Assert.DoesNotContain(ExtractorHarness.Extract(code, text), f => f.Value == 7 && f.Qualifier == "at_least");

    [Theory]
    [InlineData("en", "Russia fired 400+ drones at Ukraine overnight and air defences downed 350+ of them.", "drones_launched 400 more_than; drones_downed 350 more_than")]
    [InlineData("ru", "Россия ночью выпустила по Украине 100+ дронов.", "drones_launched 100 more_than")]
    [InlineData("id", "Rusia meluncurkan 200+ drone ke Ukraina semalam.", "drones_launched 200 more_than")]
    // Negative: a plus sign with a space after the count is no qualifier of it.
    [InlineData("en", "Russia fired 40 drones + 3 missiles at the city overnight.", "drones_launched 40; missiles_launched 3")]
    public void APlusGluedToDigits_IsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Some 1.2k civilians have been killed in air strikes since the coup.", "killed 1200 about")]
    [InlineData("en", "An estimated 2.5m people have been wounded in the war since 2022.", "injured 2500000 about")]
    [InlineData("en", "More than 300k soldiers have been killed or wounded since the invasion.", "casualties 300000 more_than")]
    // Negatives: metres stay metres; money stays money.
    [InlineData("en", "The missile landed about 500m from the hospital and the repairs will cost $1.5m.", "")]
    [InlineData("en", "A drone fell 300m from the school, injuring 4 people.", "injured 4")]
    public void ScaleLettersGluedToDigits(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia now launches about 150 drones a day at Ukraine, up from 40 a day last year.")]
    [InlineData("en", "For months about 400 people a month were killed by shelling, aid workers said.")]
    [InlineData("en", "Aid workers say that on average 30 people were killed every day in the city.")]
    [InlineData("en", "Russia has lost about 2,000 soldiers a day since the offensive began.")]
    [InlineData("en", "Russian casualties in November averaged 1,230 per day, the ministry said.")]
    [InlineData("ru", "По данным Воздушных сил, Россия ежедневно запускает по Украине около 150 дронов.")]
    [InlineData("uk", "Росія щодня запускає по Україні близько 150 дронів.")]
    [InlineData("ar", "تطلق روسيا نحو 150 مسيرة يوميا على أوكرانيا.")]
    [InlineData("fa", "روسیه روزانه حدود ۱۵۰ پهپاد به سوی اوکراین پرتاب می‌کند.")]
    [InlineData("id", "Rata-rata 25 orang tewas setiap hari selama pengepungan kota itu.")]
    [InlineData("id", "Rusia kini meluncurkan sekitar 150 drone per hari ke Ukraina.")]
    [InlineData("vi", "Nga hiện phóng khoảng 150 UAV mỗi ngày vào Ukraine.")]
    [InlineData("vi", "Trung bình 25 người thiệt mạng mỗi ngày trong thời gian thành phố bị bao vây.")]
    [InlineData("fr", "La Russie lance désormais environ 150 drones par jour sur l'Ukraine.")]
    [InlineData("es", "Rusia lanza ahora unos 150 drones al día contra Ucrania.")]
    [InlineData("es", "Un promedio de 30 personas murieron cada día durante el asedio.")]
    [InlineData("de", "Russland schickt inzwischen täglich rund 150 Drohnen gegen die Ukraine.")]
    [InlineData("de", "Russland setzt derzeit etwa 150 Drohnen pro Tag ein.")]
    public void ACountAtARate_IsNoFigure(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");

    [Theory]
    // The period's own total stays; only its average goes.
    [InlineData("ru", "В октябре Россия выпустила по Украине более 4000 дронов, в среднем 130 в сутки.", "drones_launched 4000 more_than")]
    // Negatives: time phrases that begin as a rate does are no rate.
    [InlineData("en", "A Russian strike killed 12 people a day after the talks in Istanbul ended.", "killed 12")]
    [InlineData("en", "A missile strike killed 9 people and injured 30 on Sunday, a day before the summit.", "killed 9; injured 30")]
    [InlineData("es", "Seis personas murieron en un ataque al día siguiente de las negociaciones.", "killed 6")]
    [InlineData("id", "Serangan rudal menewaskan 6 orang sehari setelah perundingan berakhir.", "killed 6")]
    [InlineData("id", "Rusia kehilangan 1.590 personel dalam sehari terakhir.", "casualties 1590")]
    [InlineData("vi", "Cuộc tấn công khiến 8 người thiệt mạng một ngày sau khi đàm phán kết thúc.", "killed 8")]
    [InlineData("ar", "قتل 7 أشخاص في غارة على خان يونس في اليوم التالي لإعلان الهدنة.", "killed 7")]
    [InlineData("fa", "در حمله روز شنبه ۴ نفر کشته شدند.", "killed 4")]
    [InlineData("de", "Am Tag nach den Gesprächen wurden bei einem Angriff fünf Menschen getötet.", "killed 5")]
    [InlineData("en", "Drones hit the city every night this week; on Thursday, five people were killed.", "killed 5")]
    [InlineData("en", "Russian attacks killed 112 civilians in a month, the monitors said.", "killed 112")]
    [InlineData("vi", "12 người thiệt mạng trong một ngày ở thành phố, giới chức cho biết.", "killed 12")]
    [InlineData("ru", "За день в области погибли 12 человек.", "killed 12")]
    [InlineData("en", "A strike on the village killed 12 people a week ago, officials said.", "killed 12")]
    [InlineData("fa", "در ماه گذشته ۳۵۰ نفر در این استان کشته شدند.", "killed 350")]
    // Every night or every day before the clause counts what one night brings (the twenty-fourth session's convention).
    [InlineData("vi", "Mỗi đêm Nga phóng hơn 100 UAV vào Ukraine.", "drones_launched 100 more_than")]
    [InlineData("en", "Every night Russia launched 300 drones at the city.", "drones_launched 300")]
    public void RatesAndTheirNegatives(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Found by the events helper: the other spelling of Ukrainian "killed" (у/в alternate) and the Arabic verb of martyrdom.
    [InlineData("uk", "Ізраїльський безпілотник убив двох людей на півдні Лівану.", "killed 2")]
    [InlineData("ar", "ارتقى 7 مدنيين جراء انفجار سيارة مفخخة في المدينة اليوم.", "killed 7")]
    public void KilledVerbsFoundByTheEventsHelper(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // A change's size before "to" is no lower end of a range (the english helper's find): the toll reached 27, exactly.
    [InlineData("en", "The death toll from the strike on the city rose by nine to 27 on Tuesday.")]
    [InlineData("en", "The number of people killed in the strike rose by 9 to 27, officials said.")]
    public void AChangeBySizeToValue_IsNoRange(string code, string text) =>
        Assert.Contains(("killed", 27L, "exact"), ExtractorHarness.Extract(code, text));
}
