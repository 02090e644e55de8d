using Reports.Core.Figures;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// The clause mechanism by error class, in several languages, on sentences written for these tests: lists sharing one
/// predicate, labels, parenthesised and compared values, changes, durations and link lines that are no figures, the
/// time expression deciding the scope, "all N", "X of its fighters", totals whose parts add up, hits.
/// </summary>
public sealed class FigureClauseTests
{
    [Theory]
    [InlineData("en", "The monitoring mission said 41 men, 12 women, 7 boys and 5 girls were killed in the region.", "killed 41; killed 12; killed 7; killed 5")]
    [InlineData("id", "Menurut misi PBB, 14 pria, 9 wanita dan 3 anak tewas di wilayah itu.", "killed 14; killed 9; killed 3")]
    [InlineData("vi", "Theo phái bộ, 20 đàn ông, 8 phụ nữ và 5 trẻ em đã thiệt mạng.", "killed 20; killed 8; killed 5")]
    [InlineData("ru", "По данным миссии, 17 мужчин, 6 женщин и 4 ребенка погибли.", "killed 17; killed 6; killed 4")]
    [InlineData("uk", "За даними місії, 19 чоловіків, 7 жінок і 3 дитини загинули.", "killed 19; killed 7; killed 3")]
    [InlineData("fr", "Selon la mission, 11 hommes, 7 femmes et 2 enfants ont été tués.", "killed 11; killed 7; killed 2")]
    [InlineData("es", "Según la misión, 15 hombres, 6 mujeres y 3 niños murieron.", "killed 15; killed 6; killed 3")]
    [InlineData("de", "Laut der Mission wurden 13 Männer, 5 Frauen und 4 Kinder getötet.", "killed 13; killed 5; killed 4")]
    [InlineData("fa", "بر اساس گزارش، ۱۲ مرد، ۵ زن و ۳ کودک کشته شدند.", "killed 12; killed 5; killed 3")]
    [InlineData("en", "Killed: 35 in April, 52 in May.", "killed 35; killed 52")]
    [InlineData("en", "Civilian deaths by month: 163 in April, 174 in May and 189 in June, the mission said.", "killed 163; killed 174; killed 189")]
    [InlineData("id", "Korban tewas: 41 pada April, 57 pada Mei.", "killed 41; killed 57")]
    public void Lists_SharingOnePredicate_GiveEveryCountItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry recorded 64 civilians killed last week (a week earlier 51).", "killed 64; killed 51")]
    [InlineData("en", "The number of civilians killed fell to 97 in May from 131 in April.", "killed 97; killed 131")]
    [InlineData("en", "Civilian deaths rose to 232 in July, up from 170 in June.", "killed 232; killed 170")]
    [InlineData("en", "Russia said 886 drones were destroyed during the month, compared with 751 in the previous month.", "drones_downed 886; drones_downed 751")]
    [InlineData("id", "Jumlah warga sipil yang tewas naik menjadi 88 pada Mei dibandingkan 70 pada April.", "killed 88; killed 70")]
    public void ParenthesesAndChanges_GiveTheirOwnFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "It was the heaviest missile attack in the past two months, officials said.")]
    [InlineData("id", "Itu adalah serangan rudal terbesar dalam dua bulan terakhir.")]
    [InlineData("en", "Read more: Eight killed as drones hit a market in the city")]
    [InlineData("id", "Baca juga: Serangan drone tewaskan 9 orang di pasar")]
    [InlineData("vi", "Xem thêm: 6 người thiệt mạng trong vụ không kích")]
    [InlineData("fa", "بیشتر بخوانید: ۷ نفر در حمله پهپادی کشته شدند")]
    [InlineData("en", "[Strike on Odesa port: 4 dead, 12 wounded]")]
    [InlineData("en", "Prosecutors said shops were damaged by debris from three drones.")]
    [InlineData("en", "Hezbollah has fought Israel since the group's October 7 attack.")]
    public void DurationsLinksAndRemains_AreNoFigures(string code, string text) =>
        Assert.Empty(ExtractorHarness.Extract(code, text));

    [Theory]
    [InlineData("en", "At least 15 people, including five children, were killed in the strike.", "killed 15 at_least; killed 5")]
    [InlineData("en", "Twelve civilians, among them three children, were wounded.", "injured 12; injured 3")]
    [InlineData("en", "Nine people (including two children) were injured in the attack.", "injured 9; injured 2")]
    [InlineData("vi", "Ít nhất 15 người, trong đó có 5 trẻ em, đã thiệt mạng.", "killed 15 at_least; killed 5")]
    [InlineData("id", "Sedikitnya 15 orang, termasuk lima anak-anak, tewas dalam serangan itu.", "killed 15 at_least; killed 5")]
    [InlineData("fa", "حداقل ۱۵ نفر، از جمله پنج کودک، کشته شدند.", "killed 15 at_least; killed 5")]
    [InlineData("ru", "По меньшей мере 15 человек, в том числе пятеро детей, погибли.", "killed 15 at_least; killed 5")]
    [InlineData("uk", "Щонайменше 15 людей, серед них п'ятеро дітей, загинули.", "killed 15 at_least; killed 5")]
    [InlineData("fr", "Au moins 15 personnes, dont cinq enfants, ont été tuées.", "killed 15 at_least; killed 5")]
    [InlineData("de", "Mindestens 15 Menschen, darunter fünf Kinder, wurden getötet.", "killed 15 at_least; killed 5")]
    [InlineData("es", "Al menos 15 personas, entre ellas cinco niños, murieron.", "killed 15 at_least; killed 5")]
    public void ABreakdownBetweenCommas_DoesNotCutTheNumberFromItsPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The drone attack wounded two sailors.", "injured 2")]
    [InlineData("en", "The strike killed 4 fishermen and injured 3 medics.", "killed 4; injured 3")]
    public void AVerbBeforeTheNumber_CountsWhoeverItNames(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Since the invasion, 9,310 civilians have been killed and 17,020 injured (a month earlier 9,250 and 16,870).", "killed 9310; injured 17020; killed 9250; injured 16870")]
    [InlineData("id", "Sejak invasi, 9.310 warga sipil tewas dan 17.020 terluka (sebulan sebelumnya 9.250 dan 16.870).", "killed 9310; injured 17020; killed 9250; injured 16870")]
    public void AComparedListOfValues_GivesEachFigureItsOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "Ночью город обстреляли. Погибших – 3, раненых – 12.", "killed 3; injured 12")]
    [InlineData("uk", "Уночі місто обстріляли. Загиблих – 3, поранених – 12.", "killed 3; injured 12")]
    [InlineData("en", "The city was shelled overnight. Deaths – 37; injuries – 112.", "killed 37; injured 112")]
    public void ALabelBeforeADash_NamesTheCountAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Of the 80 drones, 64 were shot down and 10 were lost to electronic jamming.", "drones_launched 80; drones_downed 64; drones_downed 10")]
    [InlineData("ru", "Из 80 беспилотников 64 были сбиты.", "drones_launched 80; drones_downed 64")]
    [InlineData("id", "Dari 80 drone, 64 berhasil ditembak jatuh.", "drones_launched 80; drones_downed 64")]
    [InlineData("vi", "Trong số 80 UAV, 64 chiếc đã bị bắn hạ.", "drones_launched 80; drones_downed 64")]
    [InlineData("fa", "از ۸۰ پهپاد، ۶۴ فروند رهگیری شد.", "drones_launched 80; drones_downed 64")]
    [InlineData("fr", "Sur les 80 drones, 64 ont été abattus.", "drones_launched 80; drones_downed 64")]
    [InlineData("de", "Von den 80 Drohnen wurden 64 abgeschossen.", "drones_launched 80; drones_downed 64")]
    [InlineData("es", "De los 80 drones, 64 fueron derribados.", "drones_launched 80; drones_downed 64")]
    public void AClauseOpeningWithOf_NamesTheWholeThatWasLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The navy said that of the 52 drones, 40 were destroyed over the sea.", "drones_launched 52; drones_downed 40")]
    [InlineData("en", "The navy said of the 52 drones launched at dawn, 40 were destroyed.", "drones_launched 52; drones_downed 40")]
    [InlineData("ru", "В штабе заявили, что из 52 беспилотников 40 были уничтожены.", "drones_launched 52; drones_downed 40")]
    [InlineData("fa", "ارتش اعلام کرد از ۵۲ پهپاد، ۴۰ فروند منهدم شد.", "drones_launched 52; drones_downed 40")]
    [InlineData("fa", "ارتش اعلام کرد از ۵۲ پهپاد شلیک‌شده، ۴۰ فروند منهدم شد.", "drones_launched 52; drones_downed 40")]
    [InlineData("en", "The navy said 40 of the 52 drones were destroyed.", "drones_launched 52; drones_downed 40")]
    public void AReportedClauseOpeningWithOf_NamesTheWholeThatWasLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The enemy launched 64 drones and missiles at dawn, of which 51 were shot down.", "drones_launched 64; drones_downed 51")]
    [InlineData("en", "The enemy launched 64 drones and missiles, and air defences destroyed 51 of them.", "drones_launched 64; drones_downed 51")]
    [InlineData("en", "The enemy launched 50 drones and 14 missiles at dawn, of which 45 were shot down.", "drones_launched 50; missiles_launched 14; drones_downed 45")]
    public void APartOfACombinedCount_IsCombinedToo(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        var figures = ExtractorHarness.Figures(code, text);
        var pair = !text.Contains("14 missiles", StringComparison.Ordinal);
        Assert.All(figures.Where(f => f.Kind is Reports.Core.Figures.FigureKind.DronesLaunched or Reports.Core.Figures.FigureKind.DronesDowned),
            f => Assert.Equal(pair, f.Combined));
    }

    [Theory]
    [InlineData("en", "Nine people were killed on Tuesday, and the number of dead in the province has reached 380.", "killed 9 event; killed 380 cumulative")]
    [InlineData("fa", "در حملات روز سه‌شنبه ۹ نفر کشته شدند و مجموع کشته‌ها به ۳۸۰ نفر رسید.", "killed 9 event; killed 380 cumulative")]
    [InlineData("en", "In the week to Friday, 97 people were killed in the province.", "killed 97 cumulative")]
    [InlineData("en", "In the month to 30 April, 97 people were killed in the province.", "killed 97 cumulative")]
    [InlineData("en", "Shelling killed 12 farm workers in the first half of the year.", "killed 12 cumulative")]
    [InlineData("fr", "Dans la semaine écoulée, 97 personnes ont été tuées dans la province.", "killed 97 cumulative")]
    [InlineData("ru", "За минувшую неделю в области погибли 97 человек.", "killed 97 cumulative")]
    [InlineData("uk", "За минулий тиждень в області загинули 97 людей.", "killed 97 cumulative")]
    [InlineData("en", "A strike on Friday killed 7 people in the province.", "killed 7 event")]
    [InlineData("en", "A week ago, a strike on Friday killed 7 people in the province.", "killed 7 event")]
    public void TollsAndPeriods_GiveTheScope(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "By the evening the number of dead had climbed from 31 to 44.", "killed 31; killed 44")]
    [InlineData("fr", "Le nombre de morts est passé de 31 à 44 dans la soirée.", "killed 31; killed 44")]
    [InlineData("es", "La cifra de muertos pasó de 31 a 44 por la noche.", "killed 31; killed 44")]
    [InlineData("de", "Die Zahl der Toten erhöhte sich am Abend von 31 auf 44.", "killed 31; killed 44")]
    [InlineData("ru", "К вечеру число погибших возросло с 31 до 44.", "killed 31; killed 44")]
    [InlineData("uk", "До вечора кількість загиблих зросла з 31 до 44.", "killed 31; killed 44")]
    [InlineData("id", "Jumlah korban tewas bertambah dari 31 menjadi 44 pada malam hari.", "killed 31; killed 44")]
    [InlineData("vi", "Đến tối, số người chết đã tăng từ 31 lên 44.", "killed 31; killed 44")]
    [InlineData("ar", "وارتفع عدد القتلى من 31 إلى 44، وفق وزارة الصحة.", "killed 31; killed 44")]
    [InlineData("fa", "تا عصر شمار کشته‌شدگان از ۳۱ به ۴۴ نفر رسید.", "killed 31; killed 44")]
    [InlineData("en", "The shelling went on from 3 to 9 March, and 44 people were killed.", "killed 44")]
    [InlineData("en", "Men aged from 31 to 44 were killed in the raid, which left 12 dead.", "killed 12")]
    public void TwoCountsOfOneChange_CountTheSameThing(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "Ночью средствами ПВО уничтожены 38 беспилотников. Из них 20 БПЛА – над Брянской областью, 9 – над Курской областью.", "drones_downed 38; drones_downed 20; drones_downed 9")]
    [InlineData("en", "Air defences destroyed 38 drones overnight. Of them, 20 drones were over the Bryansk region and 9 over Kursk.", "drones_downed 38; drones_downed 20; drones_downed 9")]
    [InlineData("en", "The enemy launched 38 drones overnight. Among them were 20 Shahed drones.", "drones_launched 38; drones_launched 20")]
    public void WeaponsAfterOfThem_ArePartsOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Vụ pháo kích khiến 4 người thiệt mạng, trong đó có một trẻ em, và 9 người khác bị thương.", "killed 4; injured 9")]
    [InlineData("en", "The shelling killed 4 people, including a child, and 9 others were wounded.", "killed 4; injured 9")]
    [InlineData("en", "The shelling killed 4 people, including one child, and 9 others were wounded.", "killed 4; killed 1; injured 9")]
    public void AWeakOneAfterIncluding_IsNoItemOfTheListAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The general staff said enemy personnel losses over the past day amounted to 1,140.", "casualties 1140")]
    [InlineData("ru", "Потери противника за прошедшие сутки составили 1 140 человек.", "casualties 1140")]
    [InlineData("uk", "Втрати ворога за минулу добу склали 1 140 осіб.", "casualties 1140")]
    [InlineData("fa", "تلفات این درگیری به ۴۰ نفر رسید.", "casualties 40")]
    [InlineData("en", "No damage or casualties were reported by both sides.", "")]
    [InlineData("en", "Casualties were reported after 3 drones hit the town.", "drones_launched 3")]
    public void ACasualtiesNoun_HeadsItsToll(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "On 12.03.2025, 14 people were killed in the region.", "killed 14 event")]
    [InlineData("de", "Am 12.03.2025 wurden 14 Menschen getötet.", "killed 14 event")]
    [InlineData("en", "Enemy losses from 24.02.22 to 12.03.25 were approximately 892,000 personnel.", "casualties 892000 cumulative")]
    [InlineData("uk", "Загальні бойові втрати ворога з 24.02.22 по 12.03.25 склали 892 000 осіб.", "casualties 892000 cumulative")]
    [InlineData("ru", "В период с 12:00 до 15:30 средства ПВО уничтожили 27 беспилотников.", "drones_downed 27 event")]
    [InlineData("vi", "Khoảng 1.500 binh sĩ đã thương vong kể từ đầu năm.", "casualties 1500 cumulative")]
    public void DatesWrittenWithDots_AreDatesNotCounts(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Phòng không Ukraine đã bắn hạ 33/41 UAV trong đêm.", "drones_downed 33; drones_launched 41")]
    [InlineData("vi", "Phòng không đánh chặn 20/26 tên lửa và 33/41 UAV.", "missiles_downed 20; missiles_launched 26; drones_downed 33; drones_launched 41")]
    [InlineData("en", "Air defence downed 33/41 drones overnight.", "drones_downed 33; drones_launched 41")]
    [InlineData("vi", "Vụ tấn công hôm 12/3 khiến 5 người chết.", "killed 5")]
    [InlineData("vi", "Vụ tấn công ngày 30/4 khiến 5 người chết.", "killed 5")]
    public void ASlashBetweenTwoCounts_ReadsOf(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Số người thiệt mạng kể từ ngày 7/10 đã vượt 31.000 người.", "killed 31000 cumulative")]
    [InlineData("vi", "Vụ tấn công ngày 7/10 khiến 5 người chết.", "killed 5 event")]
    public void SinceADayWordAndADate_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "در این حمله دست‌کم ۹ نفر از جمله ۳ کودک جان باختند.", "killed 9 at_least; killed 3")]
    [InlineData("en", "At least 9 people including 3 children died in the shelling.", "killed 9 at_least; killed 3")]
    [InlineData("vi", "Ít nhất 9 người trong đó có 3 trẻ em đã thiệt mạng.", "killed 9 at_least; killed 3")]
    [InlineData("id", "Sedikitnya 9 orang termasuk 3 anak-anak tewas dalam serangan itu.", "killed 9 at_least; killed 3")]
    public void ABreakdownWithoutCommas_IsSetAsideOnTheWayToTheVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "قال الجيش إن روسيا أطلقت 85 طائرة مسيرة وستة صواريخ، أسقط منها 70 مسيرة.", "drones_launched 85; missiles_launched 6; drones_downed 70")]
    [InlineData("ar", "أطلقت روسيا 85 طائرة مسيرة وستة صواريخ.", "drones_launched 85; missiles_launched 6")]
    public void AnAndWrittenOntoTheNextCount_CoordinatesWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Die Zahl der Toten nach dem Angriff auf die Stadt ist auf 37 gestiegen.", "killed 37")]
    [InlineData("de", "Die Zahl der Verletzten hat sich auf 52 erhöht, teilte die Polizei mit.", "injured 52")]
    [InlineData("de", "Die Zahl der Toten ist auf 37 Häuser gestiegen.", "")]
    public void ATollBeforeItsNumber_AllowsAFinalVerbAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The strike killed a local commander and three of his guards near the port.", "killed 3")]
    [InlineData("en", "Shelling killed a farmer along with two other villagers.", "killed 2")]
    [InlineData("en", "Gunmen wounded a police officer and four civilians.", "injured 4")]
    [InlineData("fr", "La frappe a tué un chef local ainsi que trois de ses gardes.", "killed 3")]
    [InlineData("ru", "Удар убил местного командира и троих его охранников.", "killed 3")]
    [InlineData("en", "The strike destroyed a depot and three of its trucks.", "")]
    [InlineData("en", "The strike killed 2 soldiers and three of their officers.", "killed 2; killed 3")]
    [InlineData("en", "Shelling killed a farmer, and two villagers fled the area.", "")]
    public void ACountCoordinatedWithAVerbsObject_SharesTheVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defence systems destroyed 75 drones overnight: 30 over the Bryansk region, 25 over the Kursk region, 12 over Belgorod and 8 over the Moscow region.", "drones_downed 75; drones_downed 30; drones_downed 25; drones_downed 12; drones_downed 8")]
    [InlineData("ru", "Средствами ПВО уничтожены 75 беспилотников: 30 – над Брянской областью, 25 – над Курской областью и 20 – над Белгородской областью.", "drones_downed 75; drones_downed 30; drones_downed 25; drones_downed 20")]
    [InlineData("en", "Air defences neutralised 51 drones over Crimea, 44 drones attacking Krasnodar and six others over Belgorod.", "drones_downed 51; drones_downed 44; drones_downed 6")]
    [InlineData("fr", "La défense a neutralisé 20 drones aériens et trois drones navals attaquant la Crimée, 14 drones aériens au-dessus de Koursk et deux autres au-dessus de Belgorod.", "drones_downed 20; drones_downed 3; drones_downed 14; drones_downed 2")]
    [InlineData("uk", "Вночі ворог атакував 85 дронами. Збито 60 ворожих БпЛА; 18 – локаційно втрачені.", "drones_launched 85; drones_downed 60; drones_downed 18")]
    [InlineData("uk", "Українській ППО вдалося знешкодити 47 ворожих дронів на півночі країни.", "drones_downed 47")]
    [InlineData("en", "Ukraine downs 33 drones over the capital region", "drones_downed 33")]
    public void ADowningVerbBeforeAListOfPlaces_GovernsEveryItem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "Девять дронов сбиты над Курской областью, шесть — над Орловской, по три — над Тульской и Липецкой областями.", "drones_downed 9; drones_downed 6; drones_downed 3")]
    [InlineData("uk", "Вісім дронів збито над Києвом, чотири — над Черкащиною, ще два — над Полтавщиною.", "drones_downed 8; drones_downed 4; drones_downed 2")]
    [InlineData("en", "Nine drones were shot down over Kursk, six — over Oryol and three — over Tula.", "drones_downed 9; drones_downed 6; drones_downed 3")]
    [InlineData("ru", "В Курской области погибли 4 человека, в Белгородской — 2.", "killed 4; killed 2")]
    public void ANumberAndADash_StandForThePredicateBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void VictimsShownToBeKilledAndInjured_AreCasualtiesThroughoutTheArticle()
    {
        const string text = "ООН зафиксировала 14 512 жертв среди мирного населения.\n\nВ докладе ООН говорится о 14 512 жертвах, в том числе 5 310 убитых и 9 202 раненых.";
        ExtractorHarness.AssertFigures("ru", text, "casualties 14512; killed 5310; injured 9202");
    }

    [Theory]
    [InlineData("en", "The number of civilians who were killed in the shelling of the city over the weekend rose to 46, officials said.", "killed 46")]
    [InlineData("id", "Jumlah warga sipil yang tewas dalam serangan di kota itu bertambah menjadi 19 orang.", "killed 19")]
    [InlineData("fa", "شمار کل زخمی‌های حملات به این شهر از آغاز جنگ به ۲۱ هزار و ۴۰۰ نفر رسیده است.", "injured 21400")]
    [InlineData("ru", "Число мирных жителей, погибших при обстреле города, выросло до 14.", "killed 14")]
    [InlineData("fr", "Le nombre de civils tués dans le bombardement de la ville est passé à 12.", "killed 12")]
    public void ACountNounAndACasualtyWord_MakeATollOfAnyWording(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Of the 61 killed, 24 were in Donetsk region, 12 in Kharkiv region and 9 in Kherson region.", "killed 61; killed 24; killed 12; killed 9")]
    [InlineData("en", "Of the 230 civilians injured in May, 104 were in Kharkiv region and 71 in Donetsk region.", "injured 230; injured 104; injured 71")]
    [InlineData("id", "Dari 58 korban tewas, 22 berada di wilayah Donetsk dan 10 di wilayah Kharkiv.", "killed 58; killed 22; killed 10")]
    [InlineData("en", "Of the 80 drones, 10 hit targets in the city.", "drones_launched 80")]
    public void PartsOfAWholeOpenedByOf_TakeItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The shelling killed and wounded 40 people in the town.", "casualties 40")]
    [InlineData("id", "Serangan itu menewaskan atau melukai 40 orang di kota tersebut.", "casualties 40")]
    [InlineData("ru", "Обстрелы убили или ранили 40 человек.", "casualties 40")]
    [InlineData("vi", "Vụ tấn công đã làm chết và bị thương 40 người.", "casualties 40")]
    [InlineData("en", "The strike killed 3 and injured 12.", "killed 3; injured 12")]
    public void KilledOrWoundedOverOneNumber_IsACasualtyCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Hundreds of wounded soldiers have been treated at the hospital, the doctors said.", FigureScope.Cumulative)]
    [InlineData("id", "Serangan terhadap infrastruktur meningkat setelah 10 Oktober, menewaskan atau melukai ratusan orang.", FigureScope.Cumulative)]
    [InlineData("en", "Hundreds of people were wounded in the overnight strike on the city.", FigureScope.Event)]
    public void Scope_VictimsCountedByAnOrderOfMagnitude_AreARunningTotalWithoutOneAttack(string code, string text, FigureScope scope) =>
        Assert.Equal(scope, Assert.Single(ExtractorHarness.Figures(code, text)).Scope);

    [Theory]
    [InlineData("es", "El ministerio elevó a 38.120 el número de muertos desde el inicio de la guerra.", "killed 38120")]
    [InlineData("ru", "Число погибших в результате удара по городу выросло до 17 человек.", "killed 17")]
    [InlineData("ru", "Ночью город обстреляли. Среди погибших двое детей.", "killed 2")]
    public void ACountNounOrAnAmongPhrase_NamesTheKindOfItsNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Officials counted attacks involving 640 drones in March.", "drones_launched 640")]
    // (Until the twenty-sixth session "waves of up to 25 drones a night"; a count at a rate is no figure since.)
    [InlineData("en", "The city faced a wave of up to 25 drones on Monday night.", "drones_launched 25 up_to")]
    [InlineData("en", "Shelling damaged 40 homes in the district.", "")]
    public void AUnitWordOnlyExcludesTheNumberRightAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Between 1 and 31 May, the mission recorded 230 civilian casualties across the country.", "casualties 230")]
    [InlineData("en", "From 3 to 9 November, 44 civilians were killed, the ministry said.", "killed 44")]
    [InlineData("en", "On 14-20 June, 18 people were wounded in shelling of the district.", "injured 18")]
    [InlineData("en", "Between May 12 and 19, 27 people were killed in the region.", "killed 27")]
    [InlineData("en", "On May 5, 12 people were killed when a missile hit a school.", "killed 12")]
    [InlineData("id", "Antara 2 dan 8 Juni, 33 warga sipil tewas di wilayah itu.", "killed 33")]
    [InlineData("ru", "С 3 по 9 июня погибли 21 мирный житель.", "killed 21")]
    public void DaysOfADateRange_AreNoFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "From 3 to 9 November, 44 civilians were killed, the ministry said.")]
    [InlineData("en", "On 14-20 June, 18 people were wounded in shelling of the district.")]
    [InlineData("en", "Between 1 and 31 May, the mission recorded 230 civilian casualties across the country.")]
    public void Scope_ARangeOfDays_IsCumulative(string code, string text) =>
        Assert.All(ExtractorHarness.Figures(code, text), f => Assert.Equal(FigureScope.Cumulative, f.Scope));

    [Theory]
    [InlineData("uk", "У ніч на 5 травня (з 18:00 4 травня) противник атакував 126 ударними БпЛА.")]
    [InlineData("uk", "Вночі (з 18:00) противник атакував 126 ударними БпЛА.")]
    [InlineData("ru", "В ночь на 5 мая (с 18:00 4 мая) противник атаковал 126 ударными БпЛА.")]
    [InlineData("en", "Since 18:00 on Monday Russia has launched 126 drones at the city.")]
    public void Scope_ANightFromAnHourOrToTheNextDay_IsOneEvent(string code, string text) =>
        Assert.Equal(FigureScope.Event, Assert.Single(ExtractorHarness.Figures(code, text)).Scope);

    [Theory]
    [InlineData("Six people were wounded on Sunday, and the toll may rise.", FigureScope.Event)]
    [InlineData("Doctors said 6 may need surgery after Sunday's strike, in which 6 people were wounded.", FigureScope.Event)]
    [InlineData("The strike on 31 May wounded 6 people.", FigureScope.Event)]
    [InlineData("In May, 6 people were wounded in the district.", FigureScope.Cumulative)]
    public void AnAmbiguousMonthName_IsAMonthOnlyCapitalisedBesideADay(string text, FigureScope scope)
    {
        var figure = Assert.Single(ExtractorHarness.Figures("en", text));
        Assert.Equal((FigureKind.Injured, 6L, scope), (figure.Kind, figure.Value, figure.Scope));
    }

    [Fact]
    public void LinkMarkerAlone_HidesTheHeadlinesBelowIt_NotTheProseAfter()
    {
        const string text = "Shelling hits the city\n\nTwo people were wounded in the morning shelling.\nKeep reading\nFive dead in a drone strike on a bus\nNine killed as missiles hit a port\nOfficials said 3 more people were hurt later.";
        ExtractorHarness.AssertFigures("en", text, "injured 2; injured 3");
    }

    [Theory]
    [InlineData("en", "Shelling hits the city\n\nTwo people were wounded in the morning shelling.\nMost read\n1. Five dead in a drone strike on a bus\n2. Nine killed as missiles hit a port\n3. Army says 4 soldiers killed\n4. Six hurt in a blast\n5. Missile kills 8 in a village")]
    [InlineData("ru", "Обстрел города\n\nДва человека были ранены при утреннем обстреле.\nСамое читаемое\nПятеро погибли при ударе по автобусу\nДевять человек погибли при ударе по порту\nЧетверо военных погибли\nШестеро ранены при взрыве\nВосемь погибших в селе")]
    public void AMostReadHeading_HidesAllTheHeadlinesBelowIt(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "injured 2");

    [Theory]
    [InlineData("en", "Since the start of the invasion, 12,340 civilians have been killed.", FigureScope.Cumulative)]
    [InlineData("en", "Two people were killed in the overnight strike on Kharkiv, the governor said.", FigureScope.Event)]
    [InlineData("en", "In total, 16 people were wounded in the attack on Monday.", FigureScope.Event)]
    [InlineData("en", "The mission said 210 civilians were killed in March.", FigureScope.Cumulative)]
    [InlineData("en", "Five people were killed on 5 March when a missile hit a school.", FigureScope.Event)]
    [InlineData("en", "Russia launched over 1,300 drones at Ukraine during September.", FigureScope.Cumulative)]
    [InlineData("en", "The violence has already killed at least 518 people in Lebanon since October.", FigureScope.Cumulative)]
    [InlineData("id", "Dalam 12 bulan terakhir, 980 warga sipil tewas di negara itu.", FigureScope.Cumulative)]
    [InlineData("id", "Sebanyak 6 orang tewas dalam serangan semalam di kota itu.", FigureScope.Event)]
    [InlineData("vi", "Kể từ đầu cuộc chiến, 1.400 dân thường đã thiệt mạng.", FigureScope.Cumulative)]
    [InlineData("vi", "Đêm qua, 4 người thiệt mạng trong vụ tấn công.", FigureScope.Event)]
    [InlineData("fa", "از آغاز جنگ تاکنون ۳۲۰ نفر کشته شده‌اند.", FigureScope.Cumulative)]
    [InlineData("fa", "شب گذشته ۸ نفر در حمله موشکی زخمی شدند.", FigureScope.Event)]
    [InlineData("ru", "С 24 февраля по 13 августа ООН зафиксировала 930 погибших.", FigureScope.Cumulative)]
    [InlineData("de", "Insgesamt wurden in der Nacht sechs Drohnen abgeschossen.", FigureScope.Event)]
    [InlineData("es", "En total, 89 heridos leves fueron atendidos tras el ataque de hoy.", FigureScope.Event)]
    public void Scope_FollowsTheNearestTimeExpression(string code, string text, FigureScope scope)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(scope, f.Scope));
    }

    [Theory]
    [InlineData("en", "Over the past five days, 38 civilians were killed in the region.", FigureScope.Cumulative)]
    [InlineData("id", "Selama 10 hari terakhir, 27 warga sipil tewas di kota itu.", FigureScope.Cumulative)]
    [InlineData("ru", "За последние семь дней погибли 31 мирный житель.", FigureScope.Cumulative)]
    [InlineData("en", "Three days ago, 12 people were wounded when a missile hit the station.", FigureScope.Event)]
    [InlineData("id", "Tiga hari lalu, 12 orang terluka ketika rudal menghantam stasiun.", FigureScope.Event)]
    [InlineData("en", "Two days of bombing left 19 dead in the city.", FigureScope.Event)]
    public void Scope_SeveralDays_AreAPeriod_NotDaysAgo(string code, string text, FigureScope scope)
    {
        var figure = Assert.Single(ExtractorHarness.Figures(code, text));
        Assert.Equal(scope, figure.Scope);
    }

    [Fact]
    public void Scope_ABreakdownRightAfterARunningTotal_IsCumulative()
    {
        var figures = ExtractorHarness.Figures("en", "Health officials said 2,310 people have been killed since the war began. Among the dead are 382 children.");
        Assert.Equal(FigureScope.Cumulative, Assert.Single(figures, f => f.Value == 382).Scope);
    }

    [Theory]
    [InlineData("en", "Strikes killed at least 48 people over the past 24 hours, bringing the death toll since the war began to 68,312. Another 160 people were wounded, the ministry said.", 160)]
    [InlineData("en", "Strikes killed 31 people over the past day, bringing the death toll since October to 44,176. A further 97 people were wounded.", 97)]
    public void Scope_ACountOfAnotherKindAfterARunningTotal_IsTheDaysEvent(string code, string text, long value)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.Equal(FigureScope.Event, Assert.Single(figures, f => f.Value == value).Scope);
    }

    [Fact]
    public void Scope_PartsOfACumulativeTotal_TakeItsScope()
    {
        var figures = ExtractorHarness.Figures("ru", "ООН зафиксировала 1 930 жертв среди мирных жителей: 530 убитых и 1 400 раненых.");
        Assert.All(figures, f => Assert.Equal(FigureScope.Cumulative, f.Scope));
    }

    [Theory]
    [InlineData("en", "Ukraine says it shot down all 33 drones launched overnight.", "drones_downed 33; drones_launched 33")]
    [InlineData("de", "Die Luftabwehr schoss in der Nacht alle 21 Drohnen ab.", "drones_downed 21; drones_launched 21")]
    [InlineData("en", "Hezbollah said four of its fighters were killed in the south.", "killed 4")]
    [InlineData("en", "Russia launched 28 drones and three missiles; air defence destroyed 21 of the drones.", "drones_launched 28; missiles_launched 3; drones_downed 21")]
    [InlineData("en", "The UN recorded 2,650 civilian casualties in March, 610 killed and 2,040 injured.", "casualties 2650; killed 610; injured 2040")]
    [InlineData("ru", "ООН зафиксировала 1 930 жертв среди мирных жителей: 530 убитых и 1 400 раненых.", "casualties 1930; killed 530; injured 1400")]
    [InlineData("en", "Russia launched 60 drones overnight; 48 were shot down and 9 hit buildings in the city.", "drones_launched 60; drones_downed 48")]
    [InlineData("en", "A block was destroyed as fourteen missiles were fired at the region.", "missiles_launched 14")]
    [InlineData("en", "Dozens of missiles struck the port city before dawn.", "missiles_launched 12 at_least")]
    [InlineData("en", "Air defences shot down 71 drones on Wednesday night; four other drones hit targets in three regions.", "drones_downed 71")]
    [InlineData("vi", "Ukraine đã bắn hạ 71 UAV trong đêm thứ Tư; 4 UAV khác đã đánh trúng mục tiêu.", "drones_downed 71")]
    [InlineData("id", "Pertahanan udara menembak jatuh 40 drone, sementara 6 drone lainnya mengenai sasaran.", "drones_downed 40")]
    [InlineData("en", "Air defences shot down 71 drones; three missiles hit the city.", "drones_downed 71; missiles_launched 3")]
    [InlineData("de", "Unter den Toten sind 41 Kinder sowie 120 Menschen, die verletzt wurden.", "killed 41; injured 120")]
    [InlineData("fa", "در این حمله ۱۸ موشک بالستیک به کار گرفته شد که پدافند هوایی ۱۲ موشک را منهدم کرد.", "missiles_launched 18; missiles_downed 12")]
    public void Kinds_FollowTheClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The navy said all 17 projectiles were intercepted over the sea.", "drones_downed 17; drones_launched 17")]
    [InlineData("uk", "Сили ППО знешкодили 54 засоби повітряного нападу.", "drones_downed 54")]
    [InlineData("ru", "Над регионом уничтожены 23 воздушные цели.", "drones_downed 23")]
    [InlineData("de", "Die Luftabwehr fing 31 Geschosse ab.", "drones_downed 31")]
    [InlineData("fr", "L'armée a tiré 40 projectiles vers le nord.", "drones_launched 40")]
    [InlineData("ar", "أطلق الحوثيون 19 مقذوفا باتجاه السفن.", "drones_launched 19")]
    [InlineData("vi", "Nga đã tấn công bằng 300 vũ khí trên không.", "drones_launched 300")]
    public void MixedWeapons_AreOneCombinedCount_AndItemsNameTheirOwn(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        var figures = ExtractorHarness.Figures(code, text);
        Assert.True(figures[0].Combined, "the number of projectiles counts drones and missiles together");
        Assert.All(figures.Skip(1), f => Assert.False(f.Combined && f.Kind == FigureKind.MissilesLaunched));
        Assert.DoesNotContain(figures, f => f.Kind == FigureKind.MissilesLaunched && f.Combined);
    }

    [Theory]
    [InlineData("en", "The ministry said it had recorded 40 deaths in the past 24 hours.")]
    [InlineData("en", "At least 52 people were killed in the last 24 hours since the war began, the ministry said.")]
    [InlineData("id", "Kementerian mencatat 40 orang tewas dalam 24 jam terakhir.")]
    [InlineData("ru", "За последние 24 часа погибли 40 человек, сообщило министерство.")]
    [InlineData("uk", "За останні 24 години загинули 40 людей.")]
    [InlineData("fr", "Le ministère a recensé 40 morts au cours des dernières 24 heures.")]
    [InlineData("es", "El ministerio registró 40 muertos en las últimas 24 horas.")]
    [InlineData("de", "In den vergangenen 24 Stunden wurden 40 Menschen getötet.")]
    public void Scope_ASpanOfHoursInTheClause_IsOneEvent(string code, string text) =>
        Assert.All(ExtractorHarness.Figures(code, text), f => Assert.Equal(FigureScope.Event, f.Scope));

    [Theory]
    [InlineData("en", "Russia carried out one of the largest air attacks since the start of the war, launching 110 missiles and 95 drones.", "missiles_launched 110; drones_launched 95")]
    [InlineData("id", "Rusia melancarkan salah satu serangan terbesar sepanjang perang, dengan meluncurkan 110 rudal dan 95 pesawat nirawak.", "missiles_launched 110; drones_launched 95")]
    [InlineData("ru", "Это была крупнейшая атака с начала войны: Россия выпустила 110 ракет и 95 беспилотников.", "missiles_launched 110; drones_launched 95")]
    [InlineData("de", "Es war der schwerste Angriff seit Beginn des Krieges mit 110 Raketen und 95 Drohnen.", "missiles_launched 110; drones_launched 95")]
    public void Scope_ASuperlativeFramesTheRunningTotalCueAfterIt(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        Assert.All(ExtractorHarness.Figures(code, text), f => Assert.Equal(FigureScope.Event, f.Scope));
    }

    [Theory]
    [InlineData("en", "This is one of the largest strikes on the grid, with 40 missiles fired.", "missiles_launched 40")]
    [InlineData("ru", "Это одна из крупнейших атак: выпущено 40 ракет.", "missiles_launched 40")]
    public void ARank_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry said Tuesday at least 30,100 people have been killed in the territory since the war began.")]
    [InlineData("en", "On Monday officials said 12,400 civilians had been killed since the invasion.")]
    public void Scope_ThousandsWithARunningTotalCueInTheirClause_AreThatTotal(string code, string text) =>
        Assert.Equal(FigureScope.Cumulative, Assert.Single(ExtractorHarness.Figures(code, text)).Scope);

    [Theory]
    [InlineData("en", "Four soldiers were killed and 11 wounded, the army said, bringing its toll since the ground offensive began to 412.")]
    [InlineData("en", "Three people were killed and nine injured, officials said, raising the number killed since January to 207.")]
    public void Scope_ATimeExpressionInALaterNumbersClause_IsThatNumbers(string code, string text)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.Equal(3, figures.Count);
        Assert.All(figures.Take(2), f => Assert.Equal(FigureScope.Event, f.Scope));
        Assert.Equal(FigureScope.Cumulative, figures[2].Scope);
    }

    [Theory]
    [InlineData("en", "Officials said 16 police officers had been killed in the province since the offensive began on 3 May, and 48 wounded.", "killed 16 cumulative; injured 48 cumulative")]
    [InlineData("en", "Nine people died in the strike on Sunday, bringing the toll since January to 1,210, with 3,415 wounded.", "killed 9 event; killed 1210 cumulative; injured 3415 cumulative")]
    [InlineData("fr", "Neuf personnes sont mortes dimanche, ce qui porte le bilan depuis janvier à 1 210 morts, avec 3 415 blessés.", "killed 9 event; killed 1210 cumulative; injured 3415 cumulative")]
    [InlineData("id", "Sembilan orang tewas pada hari Minggu, sehingga jumlah korban tewas sejak Januari menjadi 1.210, dengan 3.415 luka-luka.", "killed 9 event; killed 1210 cumulative; injured 3415 cumulative")]
    [InlineData("en", "Five people were killed on Sunday, bringing the toll since January to 1,210, and the strike wounded 14.", "killed 5 event; killed 1210 cumulative; injured 14 event")]
    [InlineData("en", "Since May 16 officers have been killed in the province; on Friday, 48 were wounded.", "killed 16 cumulative; injured 48 event")]
    [InlineData("fa", "در ۲۴ ساعت گذشته ۳۰ نفر کشته شدند و شمار کشته‌ها از آغاز جنگ به ۱۲ هزار نفر رسید، همچنین ۲۸ هزار نفر زخمی شده‌اند.", "killed 30 event; killed 12000 cumulative; injured 28000 cumulative")]
    [InlineData("en", "In the past day 30 people were killed, bringing the toll since the war began to 12,000; 28,000 have been wounded.", "killed 30 event; killed 12000 cumulative; injured 28000 cumulative")]
    [InlineData("en", "Since the war began 12,000 people have been killed; on Monday 1,200 were wounded in a single strike.", "killed 12000 cumulative; injured 1200 event")]
    [InlineData("id", "Polisi mengatakan 16 petugas tewas di provinsi itu sejak operasi dimulai pada 3 Mei, dan 48 lainnya terluka.", "killed 16 cumulative; injured 48 cumulative")]
    [InlineData("en", "Officials said 16 police officers had been killed in the province since the offensive began on 3 May, and 48 others wounded.", "killed 16 cumulative; injured 48 cumulative")]
    public void Scope_ACountWithItsVerbLeftOut_IsCountedOverTheTimeOfTheCountBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Kerugian personel Rusia dalam sehari terakhir mencapai 1.380 tentara.", "casualties 1380 event")]
    [InlineData("vi", "Tổn thất nhân sự của Nga trong ngày qua là 1.380 binh sĩ.", "casualties 1380 event")]
    [InlineData("vi", "Trong những ngày qua, hơn 1.200 người đã thiệt mạng.", "killed 1200 cumulative")]
    [InlineData("id", "Dalam beberapa hari terakhir, lebih dari 1.200 orang tewas.", "killed 1200 cumulative")]
    public void Scope_ThePastDay_IsOneDaysTally(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Since 7 October, 1,300 people have been killed in the north.")]
    [InlineData("fa", "وزارت بهداشت اعلام کرد شمار کشته‌ها از ۷ اکتبر به ۴۱ هزار و ۲۰۰ نفر رسیده است.")]
    [InlineData("ru", "С 24 февраля в области погибли 560 человек.")]
    [InlineData("id", "Sejak 7 Oktober, 1.300 orang tewas di wilayah utara.")]
    public void Scope_ADateAfterSince_StartsARunningTotal(string code, string text) =>
        Assert.Equal(FigureScope.Cumulative, Assert.Single(ExtractorHarness.Figures(code, text)).Scope);

    [Theory]
    [InlineData("en", "Russia launched 90 drones and 8 missiles overnight, of which 70 were shot down.", "drones_launched 90; missiles_launched 8; drones_downed 70")]
    [InlineData("es", "Rusia lanzó 90 drones y 8 misiles durante la noche, de los cuales 70 fueron derribados.", "drones_launched 90; missiles_launched 8; drones_downed 70")]
    public void APartOfWeaponsNamedBefore_IsOfTheWeaponWhoseCountHoldsIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Children accounted for 16 of the dead and 93 of the injured.", "killed 16; injured 93")]
    [InlineData("en", "Women made up 41 of the killed, the report said.", "killed 41")]
    [InlineData("id", "Anak-anak termasuk 12 dari korban tewas.", "killed 12")]
    [InlineData("ru", "Среди них 7 из погибших — дети.", "killed 7")]
    [InlineData("en", "Of the civilians killed in October, 61 were in Donetsk region, 38 in Kharkiv region and 25 in Kherson region.", "killed 61; killed 38; killed 25")]
    [InlineData("en", "Of those wounded, 14 were children.", "injured 14")]
    [InlineData("ru", "Из погибших, 12 — дети.", "killed 12")]
    public void PartsOfTheVictims_TakeTheirKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The number of drones launched in October reached 5,298, up from 3,817 in September.", "drones_launched 5298; drones_launched 3817")]
    [InlineData("en", "The total number of missiles shot down over the month rose to 212.", "missiles_downed 212")]
    [InlineData("id", "Jumlah drone yang ditembak jatuh mencapai 40.", "drones_downed 40")]
    [InlineData("ru", "Количество запущенных беспилотников в октябре достигло 5 298.", "drones_launched 5298")]
    public void CountsOfWeapons_NamedByACountNoun(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void ACountOfAttacks_IsNoWeaponsFigure() =>
        Assert.Empty(ExtractorHarness.Figures("en", "The number of attacks rose to 42 in the week."));

    [Fact]
    public void APartReadInALaterSentence_IsOfTheWeaponWhoseCountHoldsIt() =>
        ExtractorHarness.AssertFigures("en", "Overnight, Russia attacked with 142 drones and two ballistic missiles. Air defence shot down 112 of them.",
            "drones_launched 142; missiles_launched 2; drones_downed 112");

    [Theory]
    [InlineData("en", "It was the heaviest bombardment in weeks, with at least 500 drones and 40 missiles launched at the capital.")]
    [InlineData("fr", "Il s'agit du bombardement le plus intense depuis des semaines, avec 500 drones et 40 missiles tirés sur la capitale.")]
    public void Scope_ASuperlativeFramesAPeriodAfterIt(string code, string text)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureScope.Event, f.Scope));
    }

    [Theory]
    [InlineData("en", "Ukraine says Russia has lost more than 900,000 troops, killed or wounded, since the invasion.", "casualties 900000 more_than")]
    [InlineData("es", "Más de 200 soldados, muertos o heridos, fueron evacuados del frente.", "casualties 200 more_than")]
    public void APredicateSetOffByCommas_IsTheNumbersOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Since Saturday, Hezbollah has fired more than 320 rockets into northern Israel.")]
    [InlineData("de", "Seit Samstag hat die Hisbollah mehr als 320 Raketen auf Nordisrael abgefeuert.")]
    public void Scope_SinceADay_StartsARunningTotal(string code, string text) =>
        Assert.Equal(FigureScope.Cumulative, Assert.Single(ExtractorHarness.Figures(code, text)).Scope);

    [Theory]
    [InlineData("en", "Two children were among the seven people killed in the attack, and 34 people were wounded.", "killed 2; killed 7; injured 34")]
    [InlineData("id", "Dua anak termasuk di antara tujuh orang yang tewas dalam serangan itu.", "killed 2; killed 7")]
    public void APartAmongTheVictims_TakesTheirKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void Scope_AGermanOrdinalDate_IsOneDay()
    {
        var figures = ExtractorHarness.Figures("de", "Am 12. März feuerten die Russen 104 Raketen und 80 Drohnen auf die Ukraine ab.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(FigureScope.Event, f.Scope));
    }

    [Theory]
    [InlineData("vi", "Cuộc tập kích đêm qua gồm 496 UAV và 53 tên lửa, trong đó phòng không đánh chặn được 427 UAV và 40 tên lửa.", "drones_launched 496; missiles_launched 53; drones_downed 427; missiles_downed 40")]
    [InlineData("en", "The overnight attack involved 496 drones and 53 missiles, of which air defence intercepted 427 drones and 40 missiles.", "drones_launched 496; missiles_launched 53; drones_downed 427; missiles_downed 40")]
    [InlineData("en", "Russia launched 28 drones overnight, 21 drones were shot down.", "drones_launched 28; drones_downed 21")]
    [InlineData("en", "Air defence said 28 drones and 3 missiles were shot down.", "drones_downed 28; missiles_downed 3")]
    public void CoordinatedWeapons_ShareTheirPredicate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The defence ministry said air defences destroyed 337 drones over 10 regions, including 91 over the Moscow region.", "drones_downed 337; drones_downed 91")]
    [InlineData("ru", "Минобороны сообщило, что над регионами сбиты 120 беспилотников, в том числе 45 над Брянской областью.", "drones_downed 120; drones_downed 45")]
    public void APartAfterIncluding_TakesTheKindOfTheWeaponsBeforeIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Five members of one family, including three children, died when a shell hit their home.", "killed 5; killed 3")]
    [InlineData("en", "Four of the 11 wounded were soldiers.", "injured 4; injured 11")]
    public void ASmallerNumberAfterOf_IsNoWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defence shot down 58 drones overnight, and another 72 were lost to jamming.", 72L)]
    [InlineData("uk", "Сили ППО знешкодили 46 ударних БпЛА, ще 9 були локаційно втрачені.", 9L)]
    [InlineData("ru", "Над регионами сбиты 40 беспилотников, еще 6 подавлены средствами РЭБ.", 6L)]
    public void AnotherCount_IsMarkedAdditional(string code, string text, long value)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.True(Assert.Single(figures, f => f.Value == value).Additional);
        Assert.All(figures.Where(f => f.Value != value), f => Assert.False(f.Additional));
    }

    [Theory]
    [InlineData("en", "Health officials said 48 people were killed, bringing the total to 31,250.", "killed 48; killed 31250")]
    [InlineData("en", "Eleven more people were wounded on Friday, taking the overall number since March to 2,140.", "injured 11; injured 2140")]
    [InlineData("en", "Thirty drones were shot down on Saturday, raising the tally for the month to 415.", "drones_downed 30; drones_downed 415")]
    [InlineData("en", "Two more bodies were found. This brings the total to 23.", "killed 2; killed 23")]
    [InlineData("id", "Sebanyak 21 orang tewas pada Rabu, sehingga total menjadi 730 sejak Januari.", "killed 21; killed 730")]
    [InlineData("vi", "Thêm 8 người thiệt mạng, nâng tổng số lên 265 kể từ đầu năm.", "killed 8; killed 265")]
    [InlineData("ru", "При обстреле погибли 5 человек, общее число с начала года достигло 188.", "killed 5; killed 188")]
    [InlineData("uk", "Унаслідок атаки загинули 3 людини, загальне число з початку року зросло до 97.", "killed 3; killed 97")]
    [InlineData("fr", "Six personnes ont été tuées mardi, portant le total depuis mars à 240.", "killed 6; killed 240")]
    [InlineData("es", "Murieron 4 personas el jueves, lo que eleva el total desde marzo a 150.", "killed 4; killed 150")]
    [InlineData("de", "Am Dienstag wurden 8 Menschen getötet, die Gesamtzahl seit März stieg auf 310.", "killed 8; killed 310")]
    [InlineData("ar", "قُتل 9 أشخاص يوم الأحد، ليرتفع المجموع منذ بداية العام إلى 640.", "killed 9; killed 640")]
    public void RunningTotals_WithoutANounOfTheirOwn_TakeTheKindOfTheFigureBefore(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        var figures = ExtractorHarness.Figures(code, text);
        Assert.Equal(FigureScope.Event, figures[0].Scope);
        Assert.Equal(FigureScope.Cumulative, figures[^1].Scope);
    }

    [Theory]
    [InlineData("en", "Russia fired 40 drones on Tuesday, hitting 12 regions in total.", "drones_launched 40")]
    [InlineData("en", "Four people were killed, and the total number of attacks this week reached 120.", "killed 4")]
    [InlineData("en", "Seven soldiers were killed, the army said, in total 300 houses were damaged.", "killed 7")]
    [InlineData("ar", "قُتل 12 شخصًا، وأصيب 40 آخرون، منذ الـ 9 من نوفمبر.", "killed 12; injured 40")]
    [InlineData("es", "Murieron 5 personas desde el 9 de noviembre.", "killed 5")]
    public void RunningTotals_NeedATotalOfTheSameThing_AndADayIsNoTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry launched nine cruise missiles at the port, all of which were shot down.", "missiles_launched 9; missiles_downed 9")]
    [InlineData("en", "Russia sent 16 drones overnight; all were intercepted.", "drones_launched 16; drones_downed 16")]
    [InlineData("id", "Rusia meluncurkan 17 drone, semuanya berhasil ditembak jatuh.", "drones_launched 17; drones_downed 17")]
    [InlineData("ru", "Противник запустил 13 беспилотников, все они были сбиты.", "drones_launched 13; drones_downed 13")]
    [InlineData("uk", "Ворог запустив 19 дронів, усі вони збиті.", "drones_launched 19; drones_downed 19")]
    [InlineData("fr", "L'armée a lancé 7 drones, tous ont été abattus.", "drones_launched 7; drones_downed 7")]
    [InlineData("de", "Der Gegner schickte 21 Drohnen, alle wurden abgeschossen.", "drones_launched 21; drones_downed 21")]
    [InlineData("vi", "Đối phương phóng 6 UAV, tất cả đều bị bắn hạ.", "drones_launched 6; drones_downed 6")]
    [InlineData("fa", "دشمن ۱۴ پهپاد پرتاب کرد که همه آنها سرنگون شدند.", "drones_launched 14; drones_downed 14")]
    [InlineData("en", "Russia sent 16 drones overnight, all of them targeting the capital.", "drones_launched 16")]
    [InlineData("en", "The army fired five missiles, most of which were intercepted.", "missiles_launched 5")]
    public void AllOfThemDowned_AfterAWeaponsCount_StatesAsManyDowned(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defence said it had intercepted most of the 180 missiles fired at the city.", "missiles_launched 180")]
    [InlineData("en", "Ukraine shot down some of the 35 drones.", "drones_launched 35")]
    [InlineData("ru", "ПВО сбила большинство из 55 беспилотников.", "drones_launched 55")]
    [InlineData("id", "Pertahanan udara menembak jatuh sebagian besar dari 70 drone.", "drones_launched 70")]
    [InlineData("fr", "La défense aérienne a abattu la plupart des 38 drones.", "drones_launched 38")]
    [InlineData("es", "La defensa aérea derribó la mayoría de los 26 drones.", "drones_launched 26")]
    [InlineData("de", "Die Luftabwehr schoss die meisten der 33 Drohnen ab.", "drones_launched 33")]
    public void AnUnstatedPart_OfAWeaponsCount_LeavesOnlyTheWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The Red Crescent said three of its paramedics were killed.", "killed 3")]
    [InlineData("en", "Four paramedics and a driver were killed when the ambulance was hit.", "killed 4")]
    [InlineData("en", "Two Ukrainian border guards died in the shelling.", "killed 2")]
    [InlineData("en", "The strike killed 9 schoolchildren and two teachers.", "killed 9; killed 2")]
    [InlineData("en", "Five aid workers and three volunteers were wounded.", "injured 5; injured 3")]
    [InlineData("fr", "Trois bénévoles ont été blessés.", "injured 3")]
    [InlineData("es", "Dos paramédicos murieron en el ataque.", "killed 2")]
    [InlineData("de", "Zwei Sanitäter und drei Freiwillige wurden verletzt.", "injured 2; injured 3")]
    [InlineData("id", "Dua paramedis tewas dalam serangan itu.", "killed 2")]
    [InlineData("vi", "Hai tình nguyện viên đã thiệt mạng.", "killed 2")]
    public void PeopleOfAnyOccupation_StandBetweenTheNumberAndItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The army said its toll in the enclave had risen to 240 after seven soldiers were killed on Sunday.", 240, FigureScope.Cumulative, 7, FigureScope.Event)]
    [InlineData("en", "The death toll from the strike on the station rose to 14 after three more people died in hospital on Friday.", 14, FigureScope.Event, 3, FigureScope.Event)]
    [InlineData("ru", "Число погибших военных выросло до 310 после того, как в понедельник были убиты 12 солдат.", 310, FigureScope.Cumulative, 12, FigureScope.Event)]
    public void ATollManyTimesTheCountThatRaisedIt_IsARunningTotal(string code, string text, long toll, FigureScope tollScope, long raise, FigureScope raiseScope)
    {
        var figures = ExtractorHarness.Figures(code, text);
        Assert.Equal(tollScope, Assert.Single(figures, f => f.Value == toll).Scope);
        Assert.Equal(raiseScope, Assert.Single(figures, f => f.Value == raise).Scope);
    }

    [Theory]
    [InlineData("en", "The Palestinian death toll from a months-long Israeli offensive on the northern Gaza Strip has climbed to 31,870.", "killed 31870")]
    [InlineData("en", "The ministry said 18 people were killed since Oct. 7, including 6 children.", "killed 18; killed 6")]
    [InlineData("en", "On Sept. 9, 11 people were wounded in the city.", "injured 11")]
    [InlineData("en", "Officials said 40 remain missing, including at least 12 believed to have been killed.", "killed 12 at_least")]
    [InlineData("en", "Nine were reportedly killed in the raid.", "killed 9")]
    [InlineData("id", "Sebanyak 7 orang diduga tewas dalam serangan itu.", "killed 7")]
    public void FarTollsAbbreviatedMonthsAndHedges(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The rebels launched 18 drones, two cruise missiles and one ballistic missile, and all 21 projectiles were shot down.", "drones_launched 18; missiles_launched 2; missiles_launched 1")]
    [InlineData("en", "The rebels launched 21 projectiles.", "drones_launched 21")]
    [InlineData("en", "In total the army fired 77 projectiles, including 12 missiles and 65 drones.", "missiles_launched 12; drones_launched 65")]
    public void ACombinedCount_WhoseSplitTheArticleStates_IsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The enemy fired 3 Kinzhal missiles and 2 Iskander missiles.", 2)]
    [InlineData("en", "Russia launched 40 Shahed drones and 10 decoy drones overnight.", 10)]
    [InlineData("id", "Sebanyak 18 drone, dua rudal jelajah antikapal dan satu rudal balistik antikapal ditembak jatuh.", 1)]
    public void WeaponTypesInOneList_AddUp(string code, string text, long added) =>
        Assert.True(Assert.Single(ExtractorHarness.Figures(code, text), f => f.Value == added).Additional);

    [Theory]
    [InlineData("en", "Air defence shot down 18 drones over Kyiv and 12 drones over Kharkiv.")]
    [InlineData("en", "Russia launched 40 drones, including 25 Shahed drones.")]
    [InlineData("en", "Russia launched 40 drones and 10 missiles.")]
    public void PartsByPlaceOrKind_DoNotAddUp(string code, string text) =>
        Assert.All(ExtractorHarness.Figures(code, text), f => Assert.False(f.Additional));

    [Theory]
    [InlineData("en", "The rebels fired dozens of missiles at the ships.", true)]
    [InlineData("id", "Puluhan rudal ditembakkan ke arah kapal.", true)]
    [InlineData("en", "The rebels fired 12 missiles at the ships.", false)]
    public void OrdersOfMagnitude_AreMarkedVague(string code, string text, bool vague) =>
        Assert.Equal(vague, Assert.Single(ExtractorHarness.Figures(code, text)).Vague);

    [Theory]
    [InlineData("en", "Eleven people were killed in Sumy and four in Chernihiv.", "killed 11; killed 4")]
    [InlineData("en", "Seven civilians were wounded on Saturday and three on Sunday.", "injured 7; injured 3")]
    [InlineData("en", "Fifteen drones were shot down over Odesa and nine over Mykolaiv.", "drones_downed 15; drones_downed 9")]
    [InlineData("id", "Sebelas orang tewas pada Jumat dan empat pada Sabtu.", "killed 11; killed 4")]
    [InlineData("fr", "Onze personnes ont été tuées samedi et quatre dimanche.", "killed 11; killed 4")]
    [InlineData("en", "Eleven people were killed and six houses destroyed.", "killed 11")]
    [InlineData("en", "Fifteen drones were shot down and 3 hit their targets.", "drones_downed 15")]
    [InlineData("en", "Eleven people were killed in Sumy and four buildings were damaged in Chernihiv.", "killed 11")]
    public void GappingAfterAnd_ANumberWithOnlyAPlaceOrTime_SharesThePredicateBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Killed: March 61, April 47.", "killed 61; killed 47")]
    [InlineData("en", "Civilian casualties per month: March 610, April 475.", "casualties 610; casualties 475")]
    [InlineData("en", "The number of civilians killed in May (96) was lower than in April (131).", "killed 96; killed 131")]
    public void MonthlyLabelsAndComparedParentheses_GiveEveryValueItsKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Nga tấn công bằng 650 vũ khí trên không, trong đó phòng không vô hiệu hóa 602 mục tiêu.", "drones_launched 650; drones_downed 602")]
    [InlineData("en", "Russia attacked with 120 drones and missiles; air defence neutralised 97 targets.", "drones_launched 120; drones_downed 97")]
    [InlineData("ru", "Противник атаковал 80 дронами, силы ПВО поразили 64 цели.", "drones_launched 80; drones_downed 64")]
    [InlineData("en", "The army said its jets struck 30 targets in the south.", "")]
    [InlineData("en", "Drones struck 30 targets in the south.", "")]
    public void TargetsUnderADowningWord_AreTheWeaponsDownedTogether(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("fa", "پدافند هوایی ۳۱ پهپاد از ۴۲ پهپاد را سرنگون کرد.", "drones_downed 31; drones_launched 42")]
    [InlineData("en", "Air defence shot down 31 drones out of 42 drones.", "drones_downed 31; drones_launched 42")]
    public void XOfY_WithTheNounRepeated_GivesTheWholeLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در این استان ۴ نفر کشته شدند.", "killed 4")]
    [InlineData("fa", "در حمله بامداد امروز به این شهر ۶ نفر شهید شدند.", "killed 6")]
    [InlineData("fa", "این حملات ۳ استان را هدف قرار داد.", "")]
    public void AnExclusionWordBeforeACountOfPeople_DoesNotExcludeIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The mission said on Friday that at least 310 civilians were killed and 1,420 injured in August.", FigureScope.Cumulative)]
    [InlineData("en", "Officials said Tuesday that 210 people were killed in September.", FigureScope.Cumulative)]
    [InlineData("ru", "Миссия сообщила в пятницу, что в августе погибли 310 мирных жителей.", FigureScope.Cumulative)]
    [InlineData("id", "Misi itu mengatakan pada Jumat bahwa 310 warga sipil tewas pada Agustus.", FigureScope.Cumulative)]
    [InlineData("en", "Officials said 12 people were killed on Tuesday.", FigureScope.Event)]
    [InlineData("en", "Twelve people were killed in the strike on Tuesday, officials said.", FigureScope.Event)]
    [InlineData("en", "In the past week the enemy launched more than 900 drones, about 700 glide bombs and 38 missiles at Ukraine, the president said in a video address on Sunday.", FigureScope.Cumulative)]
    [InlineData("de", "In der vergangenen Woche hat Russland 38 Raketen auf die Ukraine abgefeuert, sagte der Präsident in seiner Videobotschaft am Sonntag.", FigureScope.Cumulative)]
    public void Scope_TheDayOfAStatement_IsNoCueForTheFiguresItReports(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "Last month, a Russian missile strike on the city killed 20 people.", FigureScope.Event)]
    [InlineData("en", "An airstrike in April killed 14 people at a market.", FigureScope.Event)]
    [InlineData("en", "Sixteen people were killed in a strike on a hospital last month.", FigureScope.Event)]
    [InlineData("ru", "В прошлом месяце удар по рынку унес жизни 16 человек.", FigureScope.Event)]
    [InlineData("uk", "Минулого місяця удар по ринку забрав життя 16 людей.", FigureScope.Event)]
    [InlineData("fr", "Le mois dernier, une frappe sur un marché a tué 16 personnes.", FigureScope.Event)]
    [InlineData("de", "Im April wurden bei einem Luftangriff auf einen Markt 16 Menschen getötet.", FigureScope.Event)]
    [InlineData("es", "El mes pasado, un ataque contra un mercado mató a 16 personas.", FigureScope.Event)]
    [InlineData("vi", "Tháng trước, một vụ không kích vào khu chợ đã khiến 16 người thiệt mạng.", FigureScope.Event)]
    [InlineData("en", "Russian attacks killed 112 civilians across the country last month.", FigureScope.Cumulative)]
    [InlineData("en", "In April, 163 civilians were killed and 620 injured, the mission said.", FigureScope.Cumulative)]
    [InlineData("ru", "В прошлом месяце удары по стране унесли жизни 112 мирных жителей.", FigureScope.Cumulative)]
    [InlineData("fr", "Le mois dernier, les frappes ont tué 112 civils.", FigureScope.Cumulative)]
    public void Scope_ACalendarPeriodInTheClauseOfOneAttack_DatesThatAttack(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "More than 600 people have died in Israeli strikes on the city this week, the ministry said.", FigureScope.Cumulative)]
    [InlineData("en", "Russian drones have killed 25 this week, the governor said.", FigureScope.Cumulative)]
    [InlineData("en", "Sixty people have been killed in attacks on the camps around the city this week.", FigureScope.Cumulative)]
    [InlineData("fr", "Cette semaine, les frappes ont tué 90 civils.", FigureScope.Cumulative)]
    [InlineData("es", "Esta semana, los bombardeos mataron a 90 civiles.", FigureScope.Cumulative)]
    [InlineData("de", "Diese Woche wurden bei Angriffen 90 Zivilisten getötet.", FigureScope.Cumulative)]
    [InlineData("ru", "На этой неделе удары унесли жизни 90 мирных жителей.", FigureScope.Cumulative)]
    [InlineData("uk", "Цього тижня удари забрали життя 90 цивільних.", FigureScope.Cumulative)]
    [InlineData("ar", "قتل 90 مدنيا في الغارات هذا الأسبوع.", FigureScope.Cumulative)]
    [InlineData("fa", "این هفته ۹۰ نفر در حملات کشته شدند.", FigureScope.Cumulative)]
    [InlineData("vi", "Tuần này, các cuộc không kích đã khiến 90 dân thường thiệt mạng.", FigureScope.Cumulative)]
    [InlineData("id", "Minggu ini serangan udara menewaskan 90 warga sipil.", FigureScope.Cumulative)]
    [InlineData("en", "A Russian missile attack on the city this week killed 14 people.", FigureScope.Event)]
    [InlineData("en", "Earlier this week, 9 people were killed in the port.", FigureScope.Event)]
    [InlineData("en", "Five people were injured in a drone attack on the city on Wednesday, the third such attack this week.", FigureScope.Event)]
    [InlineData("fr", "Cette semaine, une frappe sur un marché a tué 16 personnes.", FigureScope.Event)]
    [InlineData("ru", "На этой неделе удар по рынку унес жизни 16 человек.", FigureScope.Event)]
    public void Scope_AWeekNamedRelativeToTheReport_IsItsTotalUnlessOneAttackIsNamed(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "The strike killed five members of one family, the fifth such attack on the village in a month.", FigureScope.Event)]
    [InlineData("en", "At least 20 people were killed when a drone struck the hospital, the fourth attack on the facility in a month.", FigureScope.Event)]
    [InlineData("fr", "La frappe a tué 12 personnes, la troisième attaque contre le village en un mois.", FigureScope.Event)]
    [InlineData("de", "Der Angriff tötete 12 Menschen, der dritte Angriff auf das Dorf innerhalb einer Woche.", FigureScope.Event)]
    [InlineData("en", "In the second week of the offensive, 120 people were killed.", FigureScope.Cumulative)]
    [InlineData("en", "The largest attack since the start of the war killed 12 people.", FigureScope.Event)]
    [InlineData("en", "Russian attacks killed 112 civilians in a month, the mission said.", FigureScope.Cumulative)]
    public void Scope_AnOrdinalRanksTheAttack_ThePeriodAfterItCountsAttacks(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "Two weeks after a missile strike on the city killed 35 people, drones struck it again.", FigureScope.Event)]
    [InlineData("en", "The strike came a week after an attack on the same village killed five people.", FigureScope.Event)]
    [InlineData("fr", "Deux semaines après la frappe qui a tué 35 personnes, les drones sont revenus.", FigureScope.Event)]
    [InlineData("de", "Zwei Wochen nach dem Angriff, bei dem 35 Menschen getötet wurden, kamen die Drohnen zurück.", FigureScope.Event)]
    [InlineData("en", "Over the past two weeks, 35 people were killed in the city.", FigureScope.Cumulative)]
    [InlineData("en", "In recent weeks 35 people were killed in the city.", FigureScope.Cumulative)]
    [InlineData("en", "After three weeks of fighting, 350 people had been killed.", FigureScope.Cumulative)]
    public void Scope_ASpanFollowedByAfter_IsAPointInTimeNotAPeriod(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "Thirteen people, most of them women and children, were killed in a strike on a school.", "killed 13")]
    [InlineData("en", "Thirteen people, mostly civilians, were killed in the shelling.", "killed 13")]
    [InlineData("en", "Twelve soldiers, all of them reservists, were wounded near the border.", "injured 12")]
    [InlineData("fr", "Treize personnes, pour la plupart des civils, ont été tuées dans la frappe.", "killed 13")]
    [InlineData("ru", "13 человек, в основном женщины и дети, погибли при ударе.", "killed 13")]
    [InlineData("en", "Thirteen people, most of them women, fled the village.", "")]
    [InlineData("en", "Thirteen people, including five children, were killed in a strike on a school.", "killed 13; killed 5")]
    public void AnUnnumberedPartBetweenCommas_DoesNotCutTheCountFromItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Israeli strikes on June 13 killed 21 people in the capital.", "killed 21 event")]
    [InlineData("en", "In May 12 people were killed in the region.", "killed 12 cumulative")]
    [InlineData("en", "The number of injured rose to 43, up from an earlier count of 35.", "injured 35 event; injured 43 event")]
    [InlineData("en", "Two more people died on Monday, bringing the total to 35.", "killed 2 event; killed 35 cumulative")]
    public void Scope_ADayWithAVerbAfterIt_AndAnEarlierCount_KeepTheEventsTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Five people aged between 40 and 70 were killed when a missile hit a cafe.", "killed 5")]
    [InlineData("en", "Four men aged 40 were killed in the shelling.", "killed 4")]
    [InlineData("en", "Four men aged between 20 and 60 were killed and 11 injured when a shell hit the bus stop.", "killed 4; injured 11")]
    [InlineData("en", "Russia attacked with 120 drones and 30 missiles.", "drones_launched 120; missiles_launched 30")]
    public void AnAgeOrAnAgeRangeAfterPeople_IsNoCountAndDoesNotCutTheirVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Air defence shot down 60 drones, and five others flew into Belarus.", "drones_downed 60")]
    [InlineData("en", "Russia launched 73 drones. Air defence shot down 60 of them, eight were lost to electronic warfare and five others flew into Belarus.", "drones_launched 73; drones_downed 60; drones_downed 8")]
    [InlineData("en", "Russia launched 100 drones overnight. Air defence shot down 80, and 15 others crossed into Belarusian airspace.", "drones_launched 100; drones_downed 80")]
    [InlineData("en", "Air defence shot down 60 drones, and five others were jammed.", "drones_downed 60; drones_downed 5")]
    public void WeaponsThatFlewOff_AreNoItemOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Russland griff die Ukraine in der Nacht mit 120 Drohnen an, 98 davon wurden abgeschossen.", "drones_launched 120; drones_downed 98")]
    [InlineData("de", "Russland griff die Stadt mit 64 Drohnen an, von denen 50 abgefangen wurden.", "drones_launched 64; drones_downed 50")]
    [InlineData("de", "Die Luftabwehr meldete 40 Drohnen, die abgeschossen wurden.", "drones_downed 40")]
    public void GermanDie_IsARelativeOnlyAfterAComma(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Загальні втрати противника з 24.02.22 орієнтовно склали: особового складу ‒ близько 640 500 (+1 210) осіб, танків ‒ 9 800 (+6), артсистем ‒ 17 300 (+25).", "casualties 640500 about cumulative; casualties 1210 exact event")]
    [InlineData("ru", "Общие потери противника ориентировочно составили: личного состава ‒ около 640 500 (+1 210) человек, танков ‒ 9 800 (+6).", "casualties 640500 about cumulative; casualties 1210 exact event")]
    [InlineData("en", "The enemy's total combat losses were approximately: personnel ‒ about 640,500 (+1,210) people, tanks ‒ 9,800 (+6).", "casualties 640500 about cumulative; casualties 1210 exact event")]
    public void ALossesList_ItsPersonnelItemIsCasualties_AndTheSignedValueBesideItIsTheDays(string code, string text, string expected)
    {
        var actual = ExtractorHarness.Figures(code, text)
            .Select(f => $"{FigureNames.Of(f.Kind)} {f.Value} {FigureNames.Of(f.Qualifier)} {(f.Scope == FigureScope.Cumulative ? "cumulative" : "event")}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split("; ").Order(StringComparer.Ordinal), actual);
    }

    [Theory]
    [InlineData("uk", "Втрати ворога за добу орієнтовно склали 1 210 осіб.", "casualties 1210 about")]
    [InlineData("ru", "Потери противника за сутки ориентировочно составили 1 210 человек.", "casualties 1210 about")]
    [InlineData("uk", "За минулу добу ворог втратив 1 210 військових.", "casualties 1210")]
    [InlineData("vi", "Số người thiệt mạng trong vụ tấn công đã lên tới 37.", "killed 37")]
    [InlineData("id", "Jumlah korban tewas akibat serangan itu meningkat hingga 37 orang.", "killed 37")]
    [InlineData("es", "El número de muertos por el ataque aumentó hasta 37.", "killed 37")]
    [InlineData("vi", "Vụ tấn công khiến lên tới 37 người thiệt mạng.", "killed 37 up_to")]
    [InlineData("id", "Serangan itu menewaskan hingga 37 orang.", "killed 37 up_to")]
    public void QualifiersAroundATollVerb_AreReadAsTheTollStatesThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "In March, the mission recorded 164 civilian casualties: 47 killed and 117 injured. Of the civilians killed, 15 were women, 8 were men and 3 were children.")]
    [InlineData("fr", "En mars, la mission a recensé 164 victimes civiles : 47 tués et 117 blessés. Parmi les civils tués, 15 étaient des femmes, 8 des hommes et 3 des enfants.")]
    public void Scope_PartsListedUnderARunningTotal_AreCumulative(string code, string text)
    {
        var parts = ExtractorHarness.Figures(code, text).Where(f => f.Value is 15 or 8 or 3).ToList();

        Assert.Equal(3, parts.Count);
        Assert.All(parts, f => Assert.Equal(FigureScope.Cumulative, f.Scope));
    }

    [Theory]
    [InlineData("en", "A total of 94 people were injured, 12 of them seriously, when the missile hit the station.", "injured 94; injured 12")]
    [InlineData("en", "At least 31 people were killed, 9 of them in the market, officials said.", "killed 31 at_least; killed 9")]
    [InlineData("en", "Russia launched 52 drones, 40 of them Shaheds.", "drones_launched 52; drones_launched 40")]
    public void OfThem_AfterAFigure_IsItsPart_WhateverFollows(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Strikes killed at least 45 people on Saturday, including 12 in a school in the city.", "killed 45 at_least; killed 12")]
    [InlineData("en", "Russia launched 80 drones overnight, including 30 at the capital.", "drones_launched 80; drones_launched 30")]
    [InlineData("en", "Strikes killed at least 45 people, including 12 children.", "killed 45 at_least; killed 12")]
    public void IncludingACountWithOnlyAPlace_IsAPartOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two people were killed on Tuesday, bringing to more than 500 the number killed in the area since May.", "killed 500 cumulative")]
    [InlineData("es", "Dos personas murieron, lo que eleva a 500 el número de muertos.", "killed 500 cumulative")]
    [InlineData("fr", "Deux personnes ont été tuées, ce qui porte à 500 le nombre de morts.", "killed 500 cumulative")]
    public void ATollNamedAfterItsValue_IsThatTollsRunningTotal(string code, string text, string expected) =>
        Assert.Contains(expected, ExtractorHarness.Figures(code, text).Select(f => $"{FigureNames.Of(f.Kind)} {f.Value} {(f.Scope == FigureScope.Cumulative ? "cumulative" : "event")}"));

    [Theory]
    [InlineData("fa", "دست‌کم ۲۱ نفر از جمله چهار کودک در حمله موشکی به یک ایستگاه قطار در شهر زخمی شدند.", "injured 21 at_least; injured 4")]
    [InlineData("fa", "۹ نفر در حمله پهپادی به یک اتوبوس مسافربری در جاده‌ای نزدیک شهر کشته شدند.", "killed 9")]
    [InlineData("vi", "Trong tháng 9, có 87 dân thường thiệt mạng và 301 người bị thương.", "killed 87; injured 301")]
    [InlineData("fa", "در این حمله یک ساختمان مسکونی تخریب شد.", "")]
    public void AVerbFinalClause_ReadsPastPlacesAndArticlesToItsVerb_AndAMonthsNumberIsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Die Luftwaffe meldete 87 Drohnen und zwei ballistische Raketen; 64 Drohnen seien abgeschossen worden.", "drones_launched 87; missiles_launched 2; drones_downed 64")]
    [InlineData("en", "The air force reported 87 drones and two ballistic missiles; 64 drones were shot down.", "drones_launched 87; missiles_launched 2; drones_downed 64")]
    [InlineData("ar", "أطلقت روسيا 87 طائرة مسيرة وصاروخين.", "drones_launched 87; missiles_launched 2")]
    public void AVerbAcrossAClauseBreakWithAnotherCountNearer_IsThatCountsAlone(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        Assert.DoesNotContain(ExtractorHarness.Figures(code, text), f => f.Combined);
    }

    [Theory]
    // Victims with their dead counted among them are casualties, killed and injured together (the twenty-seventh
    // session's convention; pinned as "injured 45; killed 12" until then: see LeadTwentySeventhTests). Victims with no
    // dead among them stay injured.
    [InlineData("uk", "Внаслідок удару 45 потерпілих, з них 12 загиблих.", "casualties 45; killed 12")]
    [InlineData("ru", "В результате удара 45 потерпевших, из них 12 погибших.", "casualties 45; killed 12")]
    [InlineData("ru", "В результате удара 45 потерпевших, из них 12 детей.", "injured 45; injured 12")]
    public void VictimsOfAnAttack_AreItsInjured(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "در پی حملات به نوار غزه از صبح امروز تاکنون ۳۷ نفر کشته شدند.", FigureScope.Event)]
    [InlineData("ar", "استشهد 37 فلسطينيا منذ فجر اليوم في غارات على قطاع غزة.", FigureScope.Event)]
    [InlineData("en", "Strikes have killed 37 people across the territory since dawn, rescuers said.", FigureScope.Event)]
    [InlineData("id", "Sedikitnya 37 orang tewas sejak pagi tadi akibat serangan udara.", FigureScope.Event)]
    [InlineData("en", "The army said its air defences had downed seven drones over the city since the morning.", FigureScope.Event)]
    [InlineData("fr", "L'armée a abattu sept drones au-dessus de la ville depuis le matin.", FigureScope.Event)]
    [InlineData("es", "El ejército derribó siete drones sobre la ciudad desde la mañana.", FigureScope.Event)]
    [InlineData("en", "Strikes have killed 37 people across the territory since the war began.", FigureScope.Cumulative)]
    public void Scope_ATallySinceThisMorning_IsThatDays(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "Of the 537 air targets, 475 were shot down: 433 drones and 42 missiles.", "drones_launched 537; drones_downed 433; missiles_downed 42")]
    [InlineData("en", "Of the 537 air targets, 475 were shot down.", "drones_launched 537; drones_downed 475")]
    public void ABarePartOfAMixedWhole_CountsBoth_AndYieldsToItsSplit(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        Assert.All(ExtractorHarness.Figures(code, text).Where(f => f.Value is 537 or 475), f => Assert.True(f.Combined));
    }

    [Fact]
    public void APartOfAMixedWholeNamingItsOwnWeaponsFarAfterIt_IsNotCombined()
    {
        var figures = ExtractorHarness.Figures("en", "In total, Russia launched 91 projectiles, including 10 missiles and 81 Iranian-designed long-range attack drones.");

        Assert.False(Assert.Single(figures, f => f.Value == 81).Combined);
    }

    [Theory]
    [InlineData("en", "The war has killed 530 civilians in the country, the ministry said.", FigureScope.Cumulative)]
    [InlineData("fr", "La guerre a fait 530 morts parmi les civils.", FigureScope.Cumulative)]
    [InlineData("es", "La guerra ha dejado 530 muertos entre los civiles.", FigureScope.Cumulative)]
    [InlineData("id", "Perang telah menewaskan 530 warga sipil di negara itu.", FigureScope.Cumulative)]
    [InlineData("vi", "Cuộc chiến đã khiến 530 dân thường thiệt mạng.", FigureScope.Cumulative)]
    [InlineData("en", "Twelve people were killed on Monday as the war entered its fourth year.", FigureScope.Event)]
    public void Scope_TheWarAsTheSubjectOfATally_MakesItARunningTotal(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "The air force reported 143 drones, of which 118 were shot down.", "drones_launched 143; drones_downed 118")]
    [InlineData("de", "Die Luftwaffe meldete 143 Drohnen, von denen 118 abgeschossen wurden.", "drones_launched 143; drones_downed 118")]
    [InlineData("ru", "ВСУ сообщили о 143 дронах, из которых 118 сбиты.", "drones_launched 143; drones_downed 118")]
    public void AVerbAfterAPartOfWhich_IsThePartsAlone(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Fact]
    public void Scope_APartOfARunningTotal_ContinuesItAcrossASentenceWithoutFigures()
    {
        var figures = ExtractorHarness.Figures("en", "The mission said 280 civilians were killed in July. Most casualties occurred in the east. Of those killed, 36 were children.");

        Assert.Equal(FigureScope.Cumulative, Assert.Single(figures, f => f.Value == 36).Scope);
    }

    [Theory]
    [InlineData("uk", "Противник запустив 96 дронів; 71 збито, ще 11 локаційно втрачені.", "drones_launched 96; drones_downed 71; drones_downed 11")]
    [InlineData("uk", "Противник запустив 96 дронів; 71 збито, 11 локаційно втрачено.", "drones_launched 96; drones_downed 71; drones_downed 11")]
    [InlineData("uk", "Окупанти обстріляли 25 локацій у громаді.", "")]
    public void ALongerDowningTerm_HidesAShorterExclusionInsideIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "Russia launched 6 ballistic missiles and 142 attack drones overnight.", "missiles_launched 6; drones_launched 142")]
    [InlineData("en", "The enemy used 4 cruise missiles and 60 strike drones in the attack.", "missiles_launched 4; drones_launched 60")]
    [InlineData("en", "Russia launched 142 attack drones overnight.", "drones_launched 142")]
    public void AnAttackWordBeforeAWeaponNoun_NamesTheWeapon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two missiles were fired at the ship. No one was hurt.", "missiles_launched 2")]
    [InlineData("en", "Forty drones were launched, but not one reached the city.", "drones_launched 40")]
    [InlineData("fa", "دو موشک شلیک شد و هیچ یک از سرنشینان زخمی نشدند.", "missiles_launched 2")]
    [InlineData("en", "Two missiles were fired at the ship. One sailor was hurt.", "missiles_launched 2; injured 1")]
    public void ASpelledNumberAfterADenial_CountsNobody(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll rose to 24 in October, up from 17 in September.", "killed 24; killed 17")]
    [InlineData("en", "Last month 24 civilians were killed in the region.", "killed 24")]
    [InlineData("en", "On 24 October, 12 people were killed.", "killed 12")]
    [InlineData("en", "On October 24, 12 people were killed.", "killed 12")]
    [InlineData("es", "El 7 de octubre murieron 12 personas.", "killed 12")]
    [InlineData("ar", "قتل 12 شخصا في 7 من أكتوبر.", "killed 12")]
    public void ANumberIsADayOnlyBesideAMonthsNameOrItsLinkWord(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "El 7 de octubre murieron 12 personas.")]
    [InlineData("ar", "قتل 12 شخصا في 7 من أكتوبر.")]
    public void Scope_ADayLinkedToItsMonth_DatesOneEvent(string code, string text) =>
        ExtractorHarness.AssertAllScopes(code, text, FigureScope.Event);

    [Theory]
    [InlineData("en", "In May, 38 men and 3 girls were killed, and 112 men, 90 women and 9 girls were injured.", "killed 38; killed 3; injured 112; injured 90; injured 9")]
    [InlineData("en", "In May, 38 people were killed and 112 men, 90 women and 9 girls were injured.", "killed 38; injured 112; injured 90; injured 9")]
    [InlineData("fr", "En mai, 38 hommes et 3 filles ont été tués, et 112 hommes, 90 femmes et 9 filles ont été blessés.", "killed 38; killed 3; injured 112; injured 90; injured 9")]
    [InlineData("id", "Pada Mei, 38 pria dan 3 anak perempuan tewas, dan 112 pria, 90 wanita dan 9 anak perempuan terluka.", "killed 38; killed 3; injured 112; injured 90; injured 9")]
    [InlineData("vi", "Trong tháng 5, 38 người đàn ông và 3 bé gái thiệt mạng, còn 112 người đàn ông, 90 phụ nữ và 9 bé gái bị thương.", "killed 38; killed 3; injured 112; injured 90; injured 9")]
    [InlineData("en", "Strikes killed 38 people, 21 in Kharkiv and 17 in Sumy, and injured 90.", "killed 38; killed 21; killed 17; injured 90")]
    [InlineData("de", "Unter den Toten sind 15 Frauen sowie 80 Menschen, die verletzt wurden.", "killed 15; injured 80")]
    public void AListEndingInItsOwnVerb_SharesIt_NotTheVerbBeforeIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Killed: 52 in July, 61 in August. Injured: 310, 355 and 290 respectively.", "killed 52; killed 61; injured 310; injured 355; injured 290")]
    [InlineData("fr", "Blessés : 310, 355 et 290 respectivement.", "injured 310; injured 355; injured 290")]
    [InlineData("ru", "Ранены 310, 355 и 290 человек соответственно.", "injured 310; injured 355; injured 290")]
    public void RespectivelyAfterTheLastValue_KeepsItAnItemOfTheList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Of the 90 civilians killed in May, 52 were killed in Donetsk region, 21 in Kharkiv region and 17 in Sumy region.", "killed 90; killed 52; killed 21; killed 17")]
    [InlineData("en", "Drones killed 12 people in Kherson region and 5 in Mykolaiv region.", "killed 12; killed 5")]
    [InlineData("en", "Drones killed 12 people in Kherson and 5 regions reported damage.", "killed 12")]
    public void AGappedItemMayNameAPlaceWithAUnitWord(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The ministry counted 2,310 dead (a week earlier: 2,250).", "killed 2310; killed 2250")]
    [InlineData("fr", "Le ministère compte 2 310 morts (une semaine plus tôt : 2 250).", "killed 2310; killed 2250")]
    [InlineData("en", "The ministry counted 2,310 dead (a week earlier 2,250).", "killed 2310; killed 2250")]
    public void AColonAfterAComparison_IntroducesTheEarlierValue(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 90 drones and five missiles overnight, 71 drones and three missiles were shot down.", "drones_launched 90; missiles_launched 5; drones_downed 71; missiles_downed 3")]
    [InlineData("id", "Rusia meluncurkan 90 drone dan lima rudal semalam, 71 drone dan tiga rudal berhasil ditembak jatuh.", "drones_launched 90; missiles_launched 5; drones_downed 71; missiles_downed 3")]
    [InlineData("en", "Russia attacked with 90 drones and five missiles, and air defences shot down 71 drones and three missiles.", "drones_launched 90; missiles_launched 5; drones_downed 71; missiles_downed 3")]
    [InlineData("en", "Russia launched 90 drones, five missiles and two guided bombs overnight.", "drones_launched 90; missiles_launched 5")]
    public void AfterAComma_AListWithItsOwnVerbAfterIt_IsANewList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Các cuộc tấn công đã khiến 12 người chết trong năm nay.", "killed 12")]
    [InlineData("vi", "Số người chết trong năm nay lên tới 300 người.", "killed 300")]
    public void ANumberWordInsideATimeExpression_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Các cuộc không kích đã nâng tổng số người chết ở Gaza lên hơn 50.000 người.", "killed 50000 more_than")]
    [InlineData("vi", "Vụ việc nâng tổng số người chết trong năm nay lên 300 người.", "killed 300")]
    public void ACountNounInsideARunningTotalPhrase_CountsItsVictims(string code, string text, string expected)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        ExtractorHarness.AssertAllScopes(code, text, FigureScope.Cumulative);
    }

    [Theory]
    [InlineData("en", "Russia has lost about 1,150,000 troops since the invasion began.", "casualties 1150000 about")]
    [InlineData("ru", "За сутки противник потерял 1 200 военнослужащих.", "casualties 1200")]
    [InlineData("en", "Air defences destroyed 40 drones over the region.", "drones_downed 40")]
    [InlineData("en", "Russia lost 12 tanks and 30 artillery systems.", "")]
    public void PeopleALosingVerbCounts_AreLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "Russia launched two Kh-59/69 guided missiles and 40 drones.", "missiles_launched 2; drones_launched 40")]
    [InlineData("uk", "Росія випустила 2 ракети Х-59/69 та 40 дронів.", "missiles_launched 2; drones_launched 40")]
    [InlineData("en", "Air defences downed 57/64 drones.", "drones_downed 57; drones_launched 64")]
    public void DigitsAfterASlashInAModelsName_AreMoreOfTheName(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "ارتفعت حصيلة القتلى منذ بدء الحرب إلى أكثر من 52 ألفا و300 شخص.", "killed 52300 more_than")]
    [InlineData("ar", "وارتفع عدد الجرحى منذ الصباح إلى 140.", "injured 140")]
    [InlineData("ar", "قتل 20 شخصا في الغارة، مما يرفع حصيلة الشهداء منذ بدء الحرب إلى 52 ألفا.", "killed 20; killed 52000")]
    public void Arabic_ATollHeadsItsNumberAcrossATimePhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Killed since 7 October 2023: 52,400. Injured: 118,000.", "killed 52400; injured 118000")]
    [InlineData("en", "Killed since the start of the war: 52,400.", "killed 52400")]
    [InlineData("fr", "Tués depuis le 7 octobre 2023 : 52 400.", "killed 52400")]
    [InlineData("en", "Killed in the past 48 hours: 44. Wounded in the past 48 hours: 210.", "killed 44; injured 210")]
    [InlineData("en", "Deaths over the last two days: 31.", "killed 31")]
    [InlineData("de", "Getötet in den letzten 24 Stunden: 12. Verletzt: 40.", "killed 12; injured 40")]
    [InlineData("fr", "Tués au cours des dernières 24 heures : 12.", "killed 12")]
    [InlineData("en", "Killed while trying to reach the aid convoy: 12 houses were hit.", "")]
    [InlineData("en", "Killed in the past 48 hours in the north of the city: 12 houses were hit.", "")]
    public void ALabelMayCarryATimeBeforeItsColon(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "Iranian officials said 610 people were killed during the conflict.", FigureScope.Cumulative)]
    [InlineData("fr", "Selon les autorités, 610 personnes ont été tuées pendant la guerre.", FigureScope.Cumulative)]
    [InlineData("ru", "За время войны погибли 610 человек.", FigureScope.Cumulative)]
    [InlineData("ar", "قتل 610 أشخاص خلال النزاع.", FigureScope.Cumulative)]
    public void Scope_DuringTheWar_IsARunningTotal(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "Within 24 hours 35 people were killed, the ministry said.", "killed 35")]
    [InlineData("en", "Over the past two days 18 people were wounded.", "injured 18")]
    [InlineData("de", "Nach Angaben des Ministeriums wurden binnen 24 Stunden 35 Menschen getötet.", "killed 35")]
    [InlineData("es", "En las últimas 24 horas 35 personas murieron.", "killed 35")]
    [InlineData("ru", "За последние 24 часа 35 человек погибли.", "killed 35")]
    [InlineData("en", "The ceasefire held for 48 hours.", "")]
    public void ACountRightAfterASpanOfHoursOrDays_IsACount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "The ministry said 230 people were killed in 2024 in the region.", FigureScope.Cumulative)]
    [InlineData("ru", "В 2024 году в области погибли 230 человек.", FigureScope.Cumulative)]
    [InlineData("id", "Sepanjang 2024, 230 orang tewas di wilayah itu.", FigureScope.Cumulative)]
    [InlineData("de", "Im Jahr 2024 wurden in der Region 230 Menschen getötet.", FigureScope.Cumulative)]
    [InlineData("en", "A strike on 10 October 2024 killed 12 people.", FigureScope.Event)]
    [InlineData("en", "A strike on October 10, 2024, killed 12 people.", FigureScope.Event)]
    public void Scope_AYearNamedAlone_IsThatYearsTotal(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "The mission recorded 64 civilians killed and 300 injured last week (a week earlier 51 and 280).", FigureScope.Cumulative)]
    [InlineData("en", "Since Monday, 12 people were killed and 40 injured.", FigureScope.Cumulative)]
    [InlineData("en", "Five people were killed and 4,100 injured on Monday.", FigureScope.Event)]
    [InlineData("fr", "La mission a recensé 64 civils tués et 300 blessés depuis le début du mois.", FigureScope.Cumulative)]
    public void Scope_FiguresCoordinatedByAnd_ShareOneTime(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("en", "In September, the mission verified 214 civilian casualties (46 killed and 168 injured), 7 per cent fewer than in August (230).", "casualties 214; killed 46; injured 168; casualties 230")]
    [InlineData("en", "It recorded 1,204 dead (a week earlier: 1,139).", "killed 1204; killed 1139")]
    public void AComparisonAfterABreakdownInParentheses_IsAboutTheWhole(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Officials said 610 people were killed during the 12-day war.", FigureScope.Cumulative)]
    [InlineData("en", "The ministry said 610 people were killed in the 12-day war with Israel, and 4,746 were injured.", FigureScope.Cumulative)]
    [InlineData("de", "Während des 12-tägigen Krieges wurden 610 Menschen getötet und 4746 verletzt.", FigureScope.Cumulative)]
    [InlineData("ru", "За время 12-дневной войны погибли 610 человек.", FigureScope.Cumulative)]
    [InlineData("uk", "Під час 12-денної війни загинули 610 людей.", FigureScope.Cumulative)]
    [InlineData("en", "A 48-hour bombardment killed 31 people in the city.", FigureScope.Event)]
    [InlineData("en", "Over the last week 44 people were killed and 120 wounded.", FigureScope.Cumulative)]
    [InlineData("en", "A 2-day-old baby was among 5 people killed overnight.", FigureScope.Event)]
    public void Scope_ASpanGluedToItsNumber_IsATimeOfItsOwn(string code, string text, FigureScope scope) =>
        ExtractorHarness.AssertAllScopes(code, text, scope);

    [Theory]
    [InlineData("id", "Rusia meluncurkan 90 drone dan 5 rudal, 71 drone serta 3 rudal berhasil dicegat.", "drones_launched 90; missiles_launched 5; drones_downed 71; missiles_downed 3")]
    [InlineData("id", "Rusia meluncurkan 90 drone serta 5 rudal.", "drones_launched 90; missiles_launched 5")]
    public void Indonesian_SertaJoinsItemsOfAList(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Кількість загиблих унаслідок удару по місту зросла до семи.", "killed 7")]
    [InlineData("uk", "Кількість поранених після атаки на Суми зросла до 40.", "injured 40")]
    [InlineData("id", "Total korban tewas sejak 7 Oktober 2023 mencapai 52.400 orang.", "killed 52400")]
    public void ATollHeadsItsNumberAcrossAPlaceOrADate(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia has lost more than 10,000 tanks and 1 million personnel, Ukraine's General Staff said.", "casualties 1000000")]
    [InlineData("en", "Ukraine's army destroyed 14 tanks, 30 guns and about 1,100 soldiers over the past day.", "casualties 1100 about")]
    [InlineData("fr", "La Russie a perdu plus de 10 000 chars et 1 million de soldats.", "casualties 1000000")]
    [InlineData("en", "Russia shot down 40 drones and 12 soldiers were killed in shelling.", "drones_downed 40; killed 12")]
    [InlineData("en", "The brigade destroyed 14 tanks and 30 trucks.", "")]
    public void PeopleInALossListAfterEquipment_AreLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "Some 300 drone operators have been trained at the school this year.", "")]
    [InlineData("en", "Three drone operators were killed in the strike.", "killed 3")]
    [InlineData("fr", "Trois opérateurs de drones ont été tués dans la frappe.", "killed 3")]
    [InlineData("ru", "Погибли три оператора дронов.", "killed 3")]
    [InlineData("en", "Ukraine received 40 interceptor missiles from Germany last month.", "")]
    [InlineData("en", "Air defences intercepted 30 missiles and 80 drones.", "missiles_downed 30; drones_downed 80")]
    public void AWeaponNamingPeopleOrAnInterceptor_IsNoWeaponCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Theory]
    [InlineData("en", "Key figures • Killed: 12 • Injured: 45 • Drones launched: 80 • Drones shot down: 71", "killed 12; injured 45; drones_launched 80; drones_downed 71")]
    [InlineData("en", "Missiles launched: 8. Missiles intercepted overnight: 6.", "missiles_launched 8; missiles_downed 6")]
    [InlineData("uk", "Ракет збито: 6. Дронів запущено: 80.", "missiles_downed 6; drones_launched 80")]
    [InlineData("en", "Drone attacks reported: 40.", "")]
    [InlineData("en", "Drones launched: 80 buildings were damaged.", "")]
    public void AWeaponLabelBeforeAColon_NamesTheCountAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected); // "" expects no figure

    [Fact]
    public void ACueInALaterClauseWithItsOwnCount_IsThatCounts()
    {
        var figures = ExtractorHarness.Figures("en", "The air force said 64 of 75 drones were shot down, 9 hits recorded in 4 locations.");

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(FigureScope.Event, f.Scope));
    }

    [Theory]
    [InlineData("en", "Officials said 32 people had been killed. Among them, 13 children.", "killed 32; killed 13")]
    [InlineData("fr", "Selon les autorités, 32 personnes ont été tuées. Parmi elles, 13 enfants.", "killed 32; killed 13")]
    [InlineData("id", "Sebanyak 32 orang tewas. Di antaranya, 13 anak-anak.", "killed 32; killed 13")]
    [InlineData("id", "Serangan itu menewaskan 32 orang, di antaranya 13 anak-anak.", "killed 32; killed 13")]
    [InlineData("id", "Dari 40 drone, 35 di antaranya berhasil ditembak jatuh.", "drones_launched 40; drones_downed 35")]
    [InlineData("en", "Officials said 32 people had been killed. Among them, the mayor said, 13 houses burned.", "killed 32")]
    public void ASentenceOpeningWithAmongThemAndAComma_ContinuesTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Another 24 were taken to hospital with injuries.", "injured 24")]
    [InlineData("de", "Fünf Menschen wurden ins Krankenhaus gebracht.", "injured 5")]
    public void TakenToHospital_IsInjured(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Half a million people have been killed or wounded, officials estimate.", "casualties 500000")]
    [InlineData("de", "Eine halbe Million Menschen wurden getötet oder verletzt.", "casualties 500000")]
    [InlineData("fr", "Un demi-million de soldats ont été tués ou blessés.", "casualties 500000")]
    [InlineData("en", "A few dozen people were injured.", "injured 12 at_least")]
    [InlineData("en", "Several dozen drones were shot down.", "drones_downed 12 at_least")]
    public void HalfAMillionAndAFewDozen_AreNumbers(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Кількість загиблих унаслідок удару зросла до шести, ще 23 людини поранені.", false)]
    [InlineData("es", "Tres personas murieron y otras 12 resultaron heridas.", false)]
    [InlineData("en", "Twelve people were injured on Monday. Another 5 were injured on Tuesday.", true)]
    public void AnotherCount_IsAdditionalOnlyAfterACountOfItsKind(string code, string text, bool additional)
    {
        var injured = ExtractorHarness.Figures(code, text).Where(f => f.Kind == FigureKind.Injured).ToList();

        Assert.Equal(additional, injured.Last().Additional);
    }

    [Fact]
    public void ADeniedDowningVerb_GivesNoDownedFigure()
    {
        var figures = ExtractorHarness.Figures("en", "Russia fired five missiles; three missiles that were not intercepted hit the port.");

        Assert.DoesNotContain(figures, f => f.Kind is FigureKind.MissilesDowned);
    }
    [Theory]
    [InlineData("en", "None of the 11 missiles was shot down, the air force said.", "missiles_launched 11")]
    [InlineData("en", "Air defences shot down 20 of 25 drones; none of the 4 missiles was intercepted.", "drones_downed 20; drones_launched 25; missiles_launched 4")]
    [InlineData("fr", "Aucun des quatre missiles n'a été intercepté.", "missiles_launched 4")]
    [InlineData("de", "Keine der fünf Raketen wurde abgefangen.", "missiles_launched 5")]
    [InlineData("es", "Ninguno de los seis misiles fue interceptado.", "missiles_launched 6")]
    [InlineData("uk", "Жодна з трьох ракет не була збита.", "missiles_launched 3")]
    [InlineData("ru", "Ни одна из 12 ракет не была сбита.", "missiles_launched 12")]
    [InlineData("ru", "Две ракеты не были сбиты.", "")]
    public void NoneOfTheWeapons_AreTheWholeLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The army said it had killed 40 militants in the raid, a claim that could not be independently verified.", "event")]
    [InlineData("en", "The UN has verified 12,000 civilian deaths.", "cumulative")]
    public void AClaimThatCouldNotBeVerified_IsNoRunningTotal(string code, string text, string scope) =>
        Assert.Equal(scope, FigureNames.Of(Assert.Single(ExtractorHarness.Figures(code, text)).Scope));

    [Theory]
    [InlineData("de", "Der Angriff kostete zwölf Menschen das Leben.", "killed 12")]
    [InlineData("de", "Der Raketenangriff hat mindestens 14 Menschen das Leben gekostet.", "killed 14 at_least")]
    [InlineData("de", "Die Explosion kostete drei Soldaten das Leben, elf weitere wurden verletzt.", "killed 3; injured 11")]
    [InlineData("de", "Das Leben in der Stadt ist für 300.000 Menschen schwierig geworden.", "")]
    [InlineData("en", "The strike, which cost the lives of at least nine people, was condemned.", "killed 9 at_least")]
    public void CostLives_IsKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("vi", "Lực lượng RSF tấn công thành phố El Obeid hôm thứ Sáu, khiến ít nhất 12 người thiệt mạng.", "killed 12 at_least")]
    [InlineData("vi", "Vụ tấn công hôm thứ 6 khiến 3 người thiệt mạng.", "killed 3")]
    [InlineData("vi", "Đây là lần thứ ba trong tuần Nga phóng 40 UAV.", "drones_launched 40")]
    public void ANumberAfterAnOrdinalMarker_IsNoCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll from Friday's drone strike on a market in the centre of the city of El Obeid in North Kordofan state has risen to 17, with 34 wounded.", "killed 17; injured 34")]
    public void ADeathTollFarBeforeItsNumber_StillNamesIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("de", "Israels Armee meldete den Abfang von zwei aus dem Jemen abgefeuerten Raketen.", "missiles_downed 2")]
    public void AnInterceptionNoun_IsADowning(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("es", "Rusia perdió 1.040 soldados en el último día, según el Estado Mayor ucraniano.", "casualties 1040")]
    [InlineData("es", "Tres personas perdieron la vida y 12 resultaron heridas.", "killed 3; injured 12")]
    public void ALosingVerbBeforePeople_IsLosses(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "The strike killed a family of six, including four children.", "killed 6; killed 4")]
    [InlineData("en", "Shelling killed a group of five soldiers near the river.", "killed 5")]
    [InlineData("fr", "La frappe a tué une famille de six personnes.", "killed 6")]
    [InlineData("es", "El ataque mató a una familia de cinco miembros.", "killed 5")]
    [InlineData("ru", "Удар убил семью из пяти человек.", "killed 5")]
    [InlineData("ru", "Армия атаковала город семью ракетами.", "missiles_launched 7")]
    [InlineData("id", "Serangan itu menewaskan satu keluarga beranggotakan lima orang.", "killed 5")]
    [InlineData("id", "Satu keluarga yang terdiri dari enam orang tewas dalam serangan tersebut.", "killed 6")]
    [InlineData("vi", "Vụ không kích giết chết một gia đình gồm 4 người.", "killed 4")]
    [InlineData("en", "The family of the victim said three people were missing.", "")]
    public void AGroupOfN_CountsItsPeople(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Two of the wounded later died in hospital.", "killed 2")]
    [InlineData("fr", "Deux des blessés sont décédés à l'hôpital.", "killed 2")]
    [InlineData("ru", "Двое из раненых скончались в больнице.", "killed 2")]
    [InlineData("de", "Zwei der Verletzten starben im Krankenhaus.", "killed 2")]
    [InlineData("en", "Two of the wounded were children.", "injured 2")]
    [InlineData("en", "16 of the dead and 93 of the injured were civilians.", "killed 16; injured 93")]
    public void WoundedWhoDied_AreCountedAmongTheDead(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The death toll rose by three overnight to 23, officials said.", "killed 3; killed 23")]
    [InlineData("en", "The number of injured rose by 10 to 57.", "injured 10; injured 57")]
    [InlineData("fr", "Le bilan s'est alourdi de trois morts, à 23.", "killed 3; killed 23")]
    [InlineData("ru", "Число погибших выросло на три, до 23 человек.", "killed 3; killed 23")]
    [InlineData("en", "The death toll rose by three; the city reopened 23 schools.", "killed 3")]
    public void AChangeBySizeToValue_GivesTheNewValueTheKind(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "The war in Sudan has killed at least 20,000 people and displaced more than 10 million.", "killed 20000 at_least")]
    [InlineData("en", "Israeli forces arrested 20 Palestinians and killed three in overnight raids.", "killed 3")]
    [InlineData("en", "An airstrike killed five displaced people sheltering in a school.", "killed 5")]
    [InlineData("id", "Polisi menangkap empat orang terduga teroris di Sumatera.", "")]
    [InlineData("id", "Pertahanan udara menangkap 90 drone.", "drones_downed 90")]
    [InlineData("fr", "Les combats ont tué 300 personnes et déplacé 20 000 habitants.", "killed 300")]
    [InlineData("es", "La guerra ha matado a 150 personas y desplazado a 40.000.", "killed 150")]
    public void ANumberAfterAnActThatIsNoCasualty_IsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("de", "Nach Angaben des Generalstabs verlor Russland am Vortag 1.040 Soldaten.", "casualties 1040", "event")]
    [InlineData("de", "Laut Behörden tötete der Angriff in der Nacht fünf Zivilisten.", "killed 5", "event")]
    [InlineData("de", "Die Armee hat seit Beginn des Krieges mehr als 700.000 Soldaten verloren.", "casualties 700000 more_than", "cumulative")]
    public void AVerbSecondClause_GovernsItsCountOfPeople(string code, string text, string expected, string scope)
    {
        ExtractorHarness.AssertFigures(code, text, expected);
        Assert.Equal(scope, FigureNames.Of(Assert.Single(ExtractorHarness.Figures(code, text)).Scope));
    }

    [Theory]
    [InlineData("de", "Laut Behörden tötete der Angriff zwei Soldaten, 40 Zivilisten wurden evakuiert.", "killed 2")]
    [InlineData("de", "Die Explosion zerstörte in der Nacht fünf Häuser.", "")]
    [InlineData("en", "Yesterday the strike killed the commander and 12 civilians fled.", "")]
    public void AFrontedVerb_StopsAtItsClause(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "The army said two missiles that were fired from Yemen were intercepted.", "missiles_downed 2")]
    [InlineData("en", "Forty drones launched from Kursk were shot down over Kharkiv.", "drones_downed 40")]
    [InlineData("fr", "Deux missiles tirés depuis le Yémen ont été interceptés.", "missiles_downed 2")]
    [InlineData("fa", "دو فروند موشک که از یمن شلیک شده بود رهگیری شد.", "missiles_downed 2")]
    [InlineData("en", "Twelve missiles were fired at Kyiv and intercepted.", "missiles_launched 12; missiles_downed 12")]
    [InlineData("en", "The 50 drones launched overnight hit energy facilities.", "drones_launched 50")]
    [InlineData("fa", "ارتش اعلام کرد دو موشک شلیک‌شده از یمن را رهگیری کرده است.", "missiles_downed 2")]
    [InlineData("fa", "ارتش اعلام کرد ۵ پهپاد پرتاب‌شده از لبنان سرنگون شد.", "drones_downed 5")]
    [InlineData("fa", "دشمن ۱۴ پهپاد پرتاب کرد که ۱۰ فروند از آنها سرنگون شدند.", "drones_launched 14; drones_downed 10")]
    public void WeaponsDescribedByTheirLaunch_TakeTheClausesDowningVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Overnight Russia launched 120 aerial attack assets: 100 drones and 20 missiles.", "drones_launched 100; missiles_launched 20")]
    [InlineData("en", "Russia launched 150 drones and missiles, including 130 drones and 20 missiles.", "drones_launched 130; missiles_launched 20")]
    [InlineData("en", "The enemy used 47 means of air attack, of which 40 were shot down.", "drones_launched 47; drones_downed 40")]
    public void ACombinedCountWithItsSplit_IsNoFigureOfItsOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("ru", "За сутки ВСУ потеряли до 1300 военнослужащих.", "casualties 1300 up_to")]
    [InlineData("ru", "Уничтожено до 1 200 военнослужащих.", "casualties 1200 up_to")]
    [InlineData("ru", "Погибли до 10 человек.", "killed 10 up_to")]
    [InlineData("uk", "Ворог втратив до 1100 військових.", "casualties 1100 up_to")]
    [InlineData("ru", "Число погибших выросло до 23.", "killed 23")]
    public void ToAfterACasualtyVerb_IsUpTo(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "La misión contabilizó en octubre 214 civiles muertos y 1.130 heridos.", "killed 214; injured 1130")]
    [InlineData("de", "Laut der Mission wurden im Oktober 214 Zivilisten getötet.", "killed 214")]
    [InlineData("fr", "La mission a recensé en octobre 214 civils tués.", "killed 214")]
    [InlineData("vi", "Trong tháng 9 có 14 người thiệt mạng.", "killed 14")]
    [InlineData("es", "El ataque del 12 de octubre mató a 5 soldados.", "killed 5")]
    public void AMonthsNameBeforeACount_IsNoUnitOfIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "La misión registró 63 civiles muertos (la semana anterior, 48) y 310 heridos (271).", "killed 63; killed 48; injured 310; injured 271")]
    [InlineData("en", "The mission recorded 63 civilians killed (48 the week before) and 310 injured (271).", "killed 63; killed 48; injured 310; injured 271")]
    [InlineData("fr", "La mission a recensé 63 civils tués (48 la semaine précédente) et 310 blessés (271).", "killed 63; killed 48; injured 310; injured 271")]
    [InlineData("en", "At least 56 people were killed (31 men, 25 women) and 90 injured.", "killed 56 at_least; killed 31; killed 25; injured 90")]
    public void AValueClosedInItsParenthesis_IsNoItemOfTheListAfterIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "Протягом тижня росіяни випустили по Україні понад 700 ударних дронів.", "drones_launched 700 cumulative")]
    [InlineData("ru", "В течение недели ПВО сбила 640 беспилотников.", "drones_downed 640 cumulative")]
    [InlineData("de", "In der Woche wurden fast 800 Kampfdrohnen gegen die Ukraine eingesetzt.", "drones_launched 800 cumulative")]
    [InlineData("es", "Durante la semana murieron 57 civiles, según la ONU.", "killed 57 cumulative")]
    [InlineData("fr", "Au cours du mois, 57 civils ont été tués, selon l'ONU.", "killed 57 cumulative")]
    [InlineData("ar", "قتل 57 مدنيا خلال الأسبوع، بحسب الأمم المتحدة.", "killed 57 cumulative")]
    [InlineData("es", "Entre el 4 y el 10 de noviembre murieron 57 civiles.", "killed 57 cumulative")]
    [InlineData("es", "La ONU registró 57 civiles muertos del 4 al 10 de noviembre.", "killed 57 cumulative")]
    [InlineData("es", "El 10 de noviembre murieron 5 civiles.", "killed 5 event")]
    [InlineData("uk", "Минулого тижня удар по Харкову забрав життя 5 людей.", "killed 5 event")]
    public void AWeekOrMonthAsAFrame_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
    [Theory]
    [InlineData("fa", "این حمله ۶ کشته برجای گذاشت و شمار کشته‌های این استان در ماه اکتبر را به ۵۲ نفر رساند.", "killed 52 cumulative; killed 6 event")]
    [InlineData("en", "In October, 6 people were killed and 20 injured in the province.", "injured 20 cumulative; killed 6 cumulative")]
    public void ATimeInsideAnotherFiguresPhrase_IsThatFigures(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Sedikitnya 31 orang tewas, 12 di antaranya anak-anak.", "killed 12; killed 31 at_least")]
    [InlineData("id", "Serangan itu menewaskan 31 orang, 12 di antaranya anak-anak.", "killed 12; killed 31")]
    [InlineData("en", "At least 31 people were killed, 12 of them children.", "killed 12; killed 31 at_least")]
    [InlineData("en", "At least 31 people were killed, and 12 of them soldiers were wounded in the second strike.", "injured 12; killed 31 at_least")]
    public void APartOfThemNamedByWhoTheyAre_IsAPartOfTheFigureBefore(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "В мае число убитых мирных жителей сократилось до 142 с 187 в апреле.", "killed 142; killed 187")]
    [InlineData("es", "Los civiles muertos bajaron a 142 en mayo desde 187 en abril, según la misión.", "killed 142; killed 187")]
    [InlineData("ar", "تراجع عدد القتلى المدنيين إلى 142 في مايو من 187 في أبريل.", "killed 142; killed 187")]
    [InlineData("ar", "ارتفع عدد القتلى في القصف إلى 26 بعد أن كان 14 في وقت سابق.", "killed 26; killed 14")]
    [InlineData("ru", "Число погибших выросло до 12 с 1 марта.", "killed 12")]
    [InlineData("es", "El número de muertos subió a 12 desde el 3 de marzo.", "killed 12")]
    public void AChangesNewValueThenItsStart_CountTheSameThing(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "Le bilan des morts dans la bande de Gaza s'élève désormais à 43 100, selon le ministère.", "killed 43100")]
    [InlineData("fr", "Le nombre de blessés à Khan Younès atteint 85.", "injured 85")]
    [InlineData("es", "La cifra de muertos en el sur del Líbano asciende ya a 61.", "killed 61")]
    [InlineData("de", "Die Zahl der Toten in der Region Sumy stieg nach Behördenangaben auf 14.", "killed 14")]
    [InlineData("ru", "Количество погибших в Белгороде по последним данным достигло 9.", "killed 9")]
    [InlineData("fr", "Le bilan des morts à Gaza est lourd, 12 écoles ont été détruites.", "")]
    public void ATollWithAPlaceBetween_HeadsItsNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "У жовтні загинули 174 цивільних, 902 дістали поранень; серед загиблих 11 дітей.", "killed 174; injured 902; killed 11")]
    [InlineData("ru", "Погибли 174 мирных жителя, ранены 902; среди погибших 11 детей.", "killed 174; injured 902; killed 11")]
    [InlineData("es", "Murieron 174 civiles y 902 resultaron heridos; entre los muertos hay 11 niños.", "killed 174; injured 902; killed 11")]
    [InlineData("ru", "Погибли 4 человека, ранены 15; среди раненых 3 ребенка.", "killed 4; injured 15; injured 3")]
    [InlineData("uk", "Поранено 15 людей, серед них 3 дитини.", "injured 15; injured 3")]
    public void AnAmongPhraseThatNamesAKind_GivesIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Die Miliz feuerte drei Raketen und fünf Drohnen auf ein Schiff ab, die alle abgefangen wurden.", "missiles_launched 3; drones_launched 5; missiles_downed 3; drones_downed 5")]
    [InlineData("fr", "Les rebelles ont tiré trois missiles et cinq drones, qui ont tous été interceptés.", "missiles_launched 3; drones_launched 5; missiles_downed 3; drones_downed 5")]
    [InlineData("es", "Los rebeldes lanzaron tres misiles y cinco drones, todos los cuales fueron derribados.", "missiles_launched 3; drones_launched 5; missiles_downed 3; drones_downed 5")]
    [InlineData("en", "The rebels fired three missiles and five drones, all of which were intercepted.", "missiles_launched 3; drones_launched 5; missiles_downed 3; drones_downed 5")]
    [InlineData("de", "Die Miliz feuerte fünf Drohnen ab, die alle auf Eilat zielten.", "drones_launched 5")]
    [InlineData("en", "The rebels fired three missiles and five drones, all of them at ships.", "missiles_launched 3; drones_launched 5")]
    public void AllAfterAListOfWeapons_DownsEveryItem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "روسیه ۴۰ پهپاد و ۶ موشک کروز شلیک کرد که ۳۵ فروند از آنها رهگیری شد.", "drones_downed 35; drones_launched 40; missiles_launched 6")]
    [InlineData("en", "Russia launched 40 drones and 6 Kalibr cruise missiles, 35 of which were intercepted.", "drones_downed 35; drones_launched 40; missiles_launched 6")]
    [InlineData("en", "Russia launched 40 drones and 6 Kalibr cruise missiles, 5 of which were intercepted.", "drones_launched 40; missiles_downed 5; missiles_launched 6")]
    public void APartOfThemLargerThanTheLastWeaponsCount_IsOfTheWeaponsThatHoldIt(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
    [Theory]
    [InlineData("en", "Since Saturday's attack, rescuers have recovered 9 more bodies, bringing the toll to 27.", "killed 27 event")]
    [InlineData("en", "Since Tuesday's strike on the market, the death toll has risen to 14.", "killed 14 event")]
    [InlineData("en", "Since Saturday, 45 people have been killed in the region.", "killed 45 cumulative")]
    public void SinceADayThatNamesOneAttack_CountsThatAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "Las defensas ucranianas derribaron durante la noche 14 drones lanzados por Rusia.", "drones_downed 14")]
    [InlineData("en", "Air defence shot down overnight 14 drones launched by Russia from Kursk.", "drones_downed 14")]
    [InlineData("fr", "La défense aérienne a abattu dans la nuit 14 drones lancés par la Russie.", "drones_downed 14")]
    [InlineData("es", "Rusia lanzó durante la noche 14 drones lanzados desde Kursk.", "drones_launched 14")]
    [InlineData("en", "An apartment block was destroyed as fourteen missiles were fired at the region.", "missiles_launched 14")]
    public void ALaunchingParticipleAfterTheNoun_DescribesWeaponsADowningVerbBeforeGoverns(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Mindestens 12 Menschen wurden am Montag bei einem Angriff auf einen Markt in Khartum getötet.", "killed 12 at_least")]
    [InlineData("de", "Vier Soldaten sind in der Nacht bei einem Drohnenangriff nahe der Grenze verletzt worden.", "injured 4")]
    [InlineData("de", "Zwölf Menschen flohen am Montag nach dem Angriff auf einen Markt in Khartum aus der Stadt.", "")]
    public void AVerbSecondClausesParticiple_ClosesItFarFromTheCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Sieben Menschen wurden verletzt, zwei von ihnen Kinder.", "injured 7; injured 2")]
    [InlineData("de", "Sieben Menschen wurden verletzt, zwei von ihnen schwer.", "injured 7; injured 2")]
    [InlineData("ar", "أطلقت روسيا 32 طائرة مسيرة، وأسقطت الدفاعات الجوية ثلاثة منها.", "drones_launched 32; drones_downed 3")]
    [InlineData("ar", "أطلقت روسيا 32 طائرة مسيرة. وأسقطت الدفاعات الجوية اثنين منها.", "drones_launched 32; drones_downed 2")]
    [InlineData("ar", "أطلقت روسيا 32 طائرة مسيرة، وأسقطت الدفاعات الجوية 20 منها.", "drones_launched 32; drones_downed 20")]
    [InlineData("ar", "أصيب 12 شخصا بينهم ثلاثة أطفال.", "injured 12; injured 3")]
    public void OfThemAfterASpelledNumber_IsAPart(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "Le bilan s'élève désormais à 23 morts, contre 19 annoncé la veille, selon les secours.", "killed 23; killed 19")]
    [InlineData("es", "El balance asciende a 23 muertos, frente a los 19 informados el lunes.", "killed 23; killed 19")]
    [InlineData("ar", "ارتفعت حصيلة القتلى إلى 23 مقابل 19 المعلنة أمس.", "killed 23; killed 19")]
    [InlineData("fr", "Le bilan s'élève à 23 morts, contre 19 blessés la veille.", "killed 23; injured 19")]
    public void AnEarlierValueReportedBefore_IsComparedWithTheFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "Le Hezbollah a revendiqué le tir de 40 roquettes sur le nord d'Israël, dont la plupart ont été interceptées.", "missiles_launched 40")]
    [InlineData("fr", "Le Hezbollah a revendiqué le tir de 40 roquettes, dont 30 ont été interceptées.", "missiles_launched 40; missiles_downed 30")]
    [InlineData("ar", "أسقطت دفاعاتنا الجوية معظم المسيرات، وقد هاجمت عشرة منها المعسكر.", "drones_launched 10")]
    [InlineData("en", "Air defence shot down 20 of 30 drones launched overnight.", "drones_downed 20; drones_launched 30")]
    public void ThePartsVerbInItsOwnClause_SaysWhatThePartDid(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "أطلقت روسيا صاروخين باليستيين واثنين وثلاثين طائرة مسيرة، وأسقطت الدفاعات الجوية اثنين منها.", "missiles_launched 2; drones_launched 32; drones_downed 2")]
    [InlineData("ar", "قتل اثنان وأصيب ثلاثة في الغارة.", "killed 2; injured 3")]
    [InlineData("ar", "قتل 4 أشخاص وأصيب 9 آخرون.", "killed 4; injured 9")]
    public void ArabicGluedAnd_JoinsItemsAndVerbs(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "أعلنت الوزارة ارتفاع حصيلة الشهداء إلى 43469 شهيدا منذ السابع من أكتوبر. وقالت إن 44 شهيدا و105 إصابات وصلوا المستشفيات خلال الساعات الـ24 الماضية.", "killed 43469 cumulative; killed 44 event; injured 105 event")]
    [InlineData("ar", "أعلنت الوزارة ارتفاع حصيلة الشهداء إلى 43469 شهيدا منذ السابع من أكتوبر. وقالت إن 44 شهيدا و105 إصابات وصلوا المستشفيات.", "killed 43469 cumulative; killed 44 cumulative; injured 105 cumulative")]
    [InlineData("ru", "Губернатор сообщил, что погиб мужчина 1965 года рождения, еще двое получили ранения.", "killed 1 event; injured 2 event")]
    [InlineData("uk", "Загинув чоловік 1971 року народження, ще троє людей поранені.", "killed 1 event; injured 3 event")]
    [InlineData("ru", "В 2024 году погибли 120 мирных жителей.", "killed 120 cumulative")]
    public void AnHourUnitBeforeItsNumber_AndABirthYear_AreNoRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("de", "Russland griff mit 73 Drohnen an. 46 wurden abgeschossen, 25 gingen durch elektronische Abwehr verloren.", "drones_launched 73; drones_downed 46; drones_downed 25")]
    [InlineData("de", "Russland griff mit 50 Drohnen an. 30 wurden laut der Luftwaffe über dem Gebiet Charkiw abgeschossen.", "drones_launched 50; drones_downed 30")]
    [InlineData("de", "Russland griff mit 50 Drohnen an. 30 davon stürzten laut der Luftwaffe auf offene Felder.", "drones_launched 50")]
    public void AVerbSecondClausesParticiple_GivesABareNumberItsVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("es", "El ataque, el más letal en semanas, dejó al menos 11 muertos y 60 heridos.", "killed 11 event; injured 60 event")]
    [InlineData("fr", "La frappe, la plus sanglante depuis des semaines, a fait 11 morts.", "killed 11 event")]
    [InlineData("es", "En las últimas semanas murieron 11 personas en la región.", "killed 11 cumulative")]
    public void ADeadliestAttackInWeeks_IsOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Officials first said eleven people died in the strike on Sumy, but this figure was later revised down to eight.", "killed 11 event; killed 8 event")]
    [InlineData("en", "Russia launched 64 drones overnight, the air force said. That number was later updated to 70.", "drones_launched 64 event; drones_launched 70 event")]
    [InlineData("en", "The UN says 2,300 civilians have been killed since January. This figure was later revised to 2,410.", "killed 2300 cumulative; killed 2410 cumulative")]
    [InlineData("id", "Polisi menyebut 11 orang tewas dalam ledakan di Sumy. Angka tersebut kemudian diralat menjadi delapan.", "killed 11 event; killed 8 event")]
    [InlineData("vi", "Ban đầu chính quyền nói 11 người chết trong vụ tấn công ở Sumy, sau đó con số này được điều chỉnh xuống 8.", "killed 11 event; killed 8 event")]
    [InlineData("fa", "مقامات گفتند در حمله به سومی ۱۱ نفر کشته شدند. این رقم سپس به هشت نفر کاهش یافت.", "killed 11 event; killed 8 event")]
    [InlineData("fr", "Les autorités ont d'abord annoncé 11 morts à Soumy. Ce chiffre a ensuite été ramené à huit.", "killed 11 event; killed 8 event")]
    [InlineData("ru", "Сначала власти сообщали о 11 погибших в Сумах. Позже эта цифра была уточнена до восьми.", "killed 11 event; killed 8 event")]
    // Negatives: no figure before it to restate; a number with its own noun; the figure named from further back.
    [InlineData("en", "This figure rose to 30 in the second quarter, the agency said.", "")]
    [InlineData("en", "Eleven people died in the strike on Sumy. This figure includes 3 children.", "killed 11 event; killed 3 event")]
    [InlineData("en", "Eleven people died in the strike on Sumy. The weather was cold. Schools stayed shut. This figure was revised to 12.", "killed 11 event")]
    [InlineData("en", "Eleven people died in the strike on Sumy. That figure excludes the 40 drones shot down over the region.", "killed 11 event; drones_downed 40 event")]
    public void AFigureNamedAgain_RestatesTheFigureBefore_WithItsKindAndTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "در حمله پهپادی به شهر سومی یک نفر کشته شد.", "killed 1")]
    [InlineData("fa", "بر اثر اصابت موشک یک تن جان باخت.", "killed 1")]
    // Negatives: "one" with no counter is no tally on its own; a person named by another noun is no count.
    [InlineData("fa", "در حمله پهپادی به شهر سومی یک کودک کشته شد.", "")]
    [InlineData("vi", "Một người đã thiệt mạng trong cuộc tấn công ở Sumy.", "")]
    public void AOneBeforeAPeopleCounter_IsATally(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("uk", "У ніч на 10 грудня ворог запустив 95 ударних БпЛА. Збито 71 дрон. Зафіксовано влучання ще 20 ударних БпЛА на 9 локаціях.", "drones_launched 95; drones_downed 71")]
    [InlineData("ru", "Ночью противник запустил 60 ударных БПЛА. Зафиксировано попадание еще 12 ударных БПЛА на 5 локациях.", "drones_launched 60")]
    [InlineData("uk", "Росія запустила 70 дронів і 2 ракети. Зафіксовано влучання 2 ракет та 11 ударних БпЛА на 5 локаціях, ще 9 дронів локаційно втрачено.", "drones_launched 70; missiles_launched 2; drones_downed 9")]
    [InlineData("ru", "Ночью противник запустил 60 ударных БПЛА и 3 ракеты. Зафиксированы попадания 2 ракет и 9 ударных БПЛА на 4 локациях.", "drones_launched 60; missiles_launched 3")]
    [InlineData("uk", "Ворог атакував 4 ракетами та 48 дронами. Збито 40 дронів.", "missiles_launched 4; drones_launched 48; drones_downed 40")]
    [InlineData("uk", "Противник випустив ще 20 ударних БпЛА вранці.", "drones_launched 20")]
    public void HitsOfAnotherCount_OrOfAListsLaterItem_AreNoLaunch(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "In Odessa ist bei einem Drohnenangriff ein Mensch getötet worden, fünf weitere wurden verletzt.", "killed 1; injured 5")]
    [InlineData("de", "Ein Mensch wurde in Belgorod getötet.", "")]
    [InlineData("de", "Bei Angriffen auf ein Flüchtlingslager in Darfur hat es nach Angaben von Helfern Dutzende Tote gegeben.", "killed 12 at_least")]
    [InlineData("es", "Una de las 12 personas heridas es un niño.", "injured 1; injured 12")]
    [InlineData("es", "La cifra de muertos por el bombardeo de un mercado en Omdurmán asciende ya a 25, según fuentes médicas.", "killed 25")]
    [InlineData("es", "El número de heridos en un ataque contra una escuela asciende a 40.", "injured 40")]
    [InlineData("es", "La cifra de muertos subió, y un mercado recibió 25 camiones de ayuda.", "")]
    public void AnArticleThatCountsNothing_NeitherCountsNorCutsATollFromItsNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "وأودت الحرب في السودان منذ أبريل 2023 بحياة أكثر من 20 ألف شخص وشردت نحو 14 مليونا.", "killed 20000 more_than")]
    [InlineData("ar", "أودى القصف بحياة ثلاثة أشخاص.", "killed 3")]
    [InlineData("ar", "نجا 5 أشخاص من القصف.", "")]
    public void ClaimingLivesWithTheSubjectBetween_CountsTheKilled(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "По словам Зеленского, Россия выпустила по Украине 6 ракет, из которых 5 были сбиты, а также около 90 дронов.", "missiles_launched 6; missiles_downed 5; drones_launched 90 about")]
    [InlineData("fr", "La Russie a tiré 6 missiles, dont 5 ont été abattus, ainsi qu'environ 90 drones.", "missiles_launched 6; missiles_downed 5; drones_launched 90 about")]
    [InlineData("es", "Rusia lanzó seis misiles, de los cuales cinco fueron derribados, además de unos 90 drones.", "missiles_launched 6; missiles_downed 5; drones_launched 90 about")]
    [InlineData("de", "Russland feuerte sechs Raketen ab, von denen fünf abgeschossen wurden, sowie etwa 90 Drohnen.", "missiles_launched 6; missiles_downed 5; drones_launched 90 about")]
    [InlineData("ru", "Сбиты 5 ракет, из 6 выпущенных, а также 90 дронов.", "missiles_downed 5; missiles_launched 6; drones_downed 90")]
    public void APartsVerbClosedByAComma_LeavesLaterItemsToTheMainVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia lost another 900 soldiers over the past day, the General Staff said.", "casualties 900 event")]
    [InlineData("vi", "Bộ Tổng tham mưu cho biết Nga tổn thất thêm 900 binh sĩ trong ngày qua.", "casualties 900 event")]
    [InlineData("vi", "Nga thiệt hại 900 quân trong ngày qua.", "casualties 900 event")]
    [InlineData("id", "Rusia kehilangan 900 tentara dalam sehari terakhir.", "casualties 900 event")]
    [InlineData("fa", "روسیه در شبانه‌روز گذشته ۹۰۰ سرباز از دست داد.", "casualties 900 event")]
    // Negatives: losses that are not people; homes lost; money.
    [InlineData("en", "The army lost another 12 tanks and 30 armoured vehicles over the past day.", "")]
    [InlineData("id", "Sebanyak 300 warga kehilangan tempat tinggal setelah serangan itu.", "")]
    [InlineData("vi", "Công ty thiệt hại 300 triệu đồng sau vụ tấn công.", "")]
    public void PeopleAVerbOfLosingGoverns_AreCasualties(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Russia lost 900 soldiers over the past day, bringing its total losses to about 700,000.", "casualties 900 event; casualties 700000 cumulative")]
    [InlineData("vi", "Nga tổn thất 900 binh sĩ trong ngày qua, nâng tổng số lên khoảng 700.000 quân.", "casualties 900 event; casualties 700000 cumulative")]
    [InlineData("fa", "روسیه در شبانه‌روز گذشته ۹۰۰ سرباز از دست داده و مجموع تلفات آن به حدود ۷۰۰ هزار نفر رسیده است.", "casualties 900 event; casualties 700000 cumulative")]
    [InlineData("id", "Rusia kehilangan 900 tentara dalam sehari terakhir, sehingga total kerugian personel menjadi sekitar 700.000.", "casualties 900 event; casualties 700000 cumulative")]
    // Negative: the whole of one attack's toll.
    [InlineData("en", "The total toll from Monday's missile strike on Dnipro rose to 46.", "killed 46 event")]
    public void ATollHeadedByAWordForTheWhole_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "More than 900 people have died of measles since June, while a drone strike on a market in Kassala killed 17 people.", "killed 17 event")]
    [InlineData("en", "The agency said 240 civilians had been killed since March, while an air strike on a school killed 11.", "killed 240 cumulative; killed 11 event")]
    // Negatives: no attack named in the count's own segment; attacks in the plural.
    [InlineData("en", "The agency said 240 civilians had been killed since March, while 45 were injured.", "killed 240 cumulative; injured 45 cumulative")]
    [InlineData("en", "Since January, Russian strikes have killed 300 civilians in the region.", "killed 300 cumulative")]
    public void ARunningTotalsTimeInAnotherClause_DoesNotReachOneAttacksCount(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fr", "Selon l'ONU, au moins 120 civils ont été tués en Ukraine du 1er au 7 décembre.", "killed 120 cumulative")]
    [InlineData("fr", "Entre le 1er et le 7 décembre, au moins 95 civils ont été tués en Ukraine, selon l'ONU.", "killed 95 cumulative")]
    [InlineData("de", "Vom 1. bis 7. Dezember wurden in der Ukraine nach UN-Angaben mindestens 95 Zivilisten getötet.", "killed 95 cumulative")]
    // Negatives: one ordinal day is a date.
    [InlineData("de", "Am 7. Dezember wurden in Cherson 5 Zivilisten getötet.", "killed 5 event")]
    [InlineData("fr", "Le 1er décembre, une frappe a tué 5 personnes à Kherson.", "killed 5 event")]
    public void ARangeOfOrdinalDays_IsAPeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fr", "Au total, 320 drones ont été lancés contre l'Ukraine cette semaine, a déclaré Volodymyr Zelensky.", "drones_launched 320 cumulative")]
    [InlineData("de", "In dieser Woche hat Russland insgesamt mehr als 800 Drohnen auf die Ukraine abgefeuert, sagte Selenskyj.", "drones_launched 800 cumulative")]
    [InlineData("es", "Esta semana Rusia lanzó en total más de 800 drones contra Ucrania, denunció Zelenski.", "drones_launched 800 cumulative")]
    [InlineData("uk", "Протягом цього тижня росіяни випустили по Україні понад 1 100 ударних дронів і 30 ракет різних типів.", "drones_launched 1100 cumulative; missiles_launched 30 cumulative")]
    [InlineData("ru", "На этой неделе Россия выпустила по Украине более 800 дронов и 20 ракет.", "drones_launched 800 cumulative; missiles_launched 20 cumulative")]
    // Negative: one night's tally stays an event.
    [InlineData("fr", "Cette nuit, la Russie a lancé 80 drones sur l'Ukraine.", "drones_launched 80 event")]
    public void ThisWeeksTally_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fr", "Deux soldats ont été tués et sept autres blessés, dont trois grièvement, lors de combats.", "killed 2; injured 7; injured 3")]
    [InlineData("es", "Doce personas resultaron heridas, tres de ellas de gravedad.", "injured 12; injured 3")]
    [InlineData("ar", "أصيب 12 شخصا، بينهم ثلاثة بحالة خطيرة.", "injured 12; injured 3")]
    [InlineData("de", "Zwölf Menschen wurden verletzt, drei davon lebensgefährlich.", "injured 12; injured 3")]
    [InlineData("ru", "Ранены 12 человек, из них трое в тяжелом состоянии.", "injured 12; injured 3")]
    // Negatives: severity of things, or an adverb that is no injury.
    [InlineData("fr", "Trois bâtiments ont été gravement endommagés.", "")]
    [InlineData("ru", "Вчера 12 человек тяжело работали на разборе завалов.", "")]
    public void ABreakdownBySeverity_CountsTheInjured(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Russland habe in der Nacht 110 Drohnen und vier Raketen gestartet. Die Flugabwehr habe 102 Drohnen und alle Raketen abgeschossen.", "drones_launched 110; missiles_launched 4; drones_downed 102; missiles_downed 4")]
    [InlineData("es", "Rusia lanzó 4 misiles y 50 drones. Todos los misiles fueron derribados.", "missiles_launched 4; drones_launched 50; missiles_downed 4")]
    [InlineData("fr", "La Russie a tiré 4 missiles et 50 drones. Tous les missiles ont été abattus.", "missiles_launched 4; drones_launched 50; missiles_downed 4")]
    [InlineData("uk", "Росія випустила 4 ракети та 50 дронів. Усі ракети збито.", "missiles_launched 4; drones_launched 50; missiles_downed 4")]
    [InlineData("ar", "أطلقت روسيا 4 صواريخ و50 مسيرة. وتم إسقاط جميع الصواريخ.", "missiles_launched 4; drones_launched 50; missiles_downed 4")]
    // Negatives: no launched count to take; another verb; a launched count from long before.
    [InlineData("de", "Die Flugabwehr hat alle Raketen abgeschossen.", "")]
    [InlineData("de", "Alle Raketen wurden in Russland produziert, sagte er, nachdem 4 Raketen abgefeuert wurden.", "missiles_launched 4")]
    [InlineData("fr", "La Russie a tiré 4 missiles. Le ciel était clair. Les écoles étaient fermées. Les rues étaient vides. Tous les missiles ont été abattus.", "missiles_launched 4")]
    public void AllWeaponsWithoutANumber_AreAsManyAsWereLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Das israelische Militär hat nach eigenen Angaben zwei aus dem Jemen in Richtung Eilat abgefeuerte Drohnen abgefangen.", "drones_downed 2")]
    [InlineData("de", "Die Armee hat zwei aus dem Libanon gestartete Drohnen abgefangen.", "drones_downed 2")]
    [InlineData("ru", "ПВО перехватили две выпущенные из Йемена ракеты.", "missiles_downed 2")]
    [InlineData("de", "Russland meldete 20 über Belgorod abgeschossene Drohnen.", "drones_downed 20")]
    // Negatives: the attribute alone decides when the clause has no verb of its own; an attack word names the weapon.
    [InlineData("de", "Die Luftwaffe meldete zwei gestartete Drohnen.", "drones_launched 2")]
    [InlineData("de", "Die Ukraine hat 142 Angriffsdrohnen abgeschossen.", "drones_downed 142")]
    public void AParticiplePhraseBeforeTheWeaponNoun_IsAnAttribute(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("de", "Von den 87 Drohnen seien 63 abgeschossen worden, 20 weitere seien infolge elektronischer Abwehr verloren gegangen.", "drones_launched 87; drones_downed 63; drones_downed 20")]
    [InlineData("de", "Russland griff mit 50 Drohnen an. 30 seien laut der Luftwaffe über dem Gebiet Charkiw abgeschossen worden.", "drones_launched 50; drones_downed 30")]
    [InlineData("ar", "أطلقت روسيا 52 طائرة مسيرة خلال الليل، وأسقطت الدفاعات الجوية 40 منها، واختفت 12 أخرى عن الرادار.", "drones_launched 52; drones_downed 40; drones_downed 12")]
    // Negatives: a denied verb after the number; people who disappeared are missing, no casualties.
    [InlineData("de", "Russland griff mit 50 Drohnen an. 30 davon stürzten laut der Luftwaffe auf offene Felder, sie seien nicht abgeschossen worden.", "drones_launched 50")]
    [InlineData("ar", "اختفى 5 أشخاص بعد القصف.", "")]
    public void ALossVerbAfterItsAuxiliary_OrBeforeTheCount_DownsTheWeapons(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ar", "وتجاوز عدد الجرحى في لبنان 16 ألفا منذ بدء العدوان.", "injured 16000 more_than")]
    [InlineData("ar", "وبلغ عدد الجرحى في لبنان 16 ألفا منذ بدء العدوان.", "injured 16000")]
    public void AQualifyingVerbBeforeTheToll_QualifiesItsNumber(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "Собянин: силами ПВО Минобороны отражена атака 25 беспилотников, летевших на Москву.", "drones_downed 25")]
    [InlineData("ru", "Силы ПВО отразили атаку 12 беспилотников на Москву.", "drones_downed 12")]
    [InlineData("uk", "Протиповітряна оборона відбила атаку 30 дронів на Київ.", "drones_downed 30")]
    // Negative: an attack without a repelling verb is a launch.
    [InlineData("ru", "Противник атаковал 25 беспилотниками, 20 сбиты.", "drones_launched 25; drones_downed 20")]
    public void ARepelledAttackOfWeapons_DownsThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("ru", "Число погибших уточнено: ранее сообщалось о 16 погибших, однако по последним данным, их 14.", "killed 16 event; killed 14 event")]
    [InlineData("uk", "У Харкові загинули 5 людей; раніше повідомлялося про 4, тепер їх 5.", "killed 5 event; killed 4 event")]
    // Negative: "their" before a count with its own noun.
    [InlineData("ru", "Их 5 детей остались без крова после удара, в котором погибли 3 человека.", "killed 3 event")]
    public void ThemBeforeABareNumber_RestatesTheFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
