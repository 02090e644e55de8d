namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-eighth session, scope helper, written for these tests (no evaluation text): a day's part of a running total told
/// after its dash, one victim dated by a month, an attack by a weapon where nouns do not mark the number, a campaign named
/// in a clause whose count follows a toll verb.
/// </summary>
public sealed class ScopeTwentyEighthTests
{
    [Theory]
    [InlineData("uk", "Загальні втрати ворога від початку вторгнення склали близько 1 020 000 осіб, з них 1 150 — за минулу добу.", "casualties 1020000 cumulative; casualties 1150 event")]
    [InlineData("ru", "Общие потери противника с начала вторжения составили около 1 020 000 человек, из них 1 150 — за последние сутки.", "casualties 1020000 cumulative; casualties 1150 event")]
    [InlineData("ar", "قالت الوزارة إن أكثر من 44900 فلسطيني قتلوا منذ بداية الحرب، بينهم 41 خلال اليوم الأخير.", "killed 44900 cumulative; killed 41 event")]
    [InlineData("ar", "وخسرت القوات الروسية خلال اليوم الأخير نحو 1150 عسكريا بين قتيل وجريح.", "casualties 1150 event")]
    // Negative: A running-total time after the dash keeps the whole's scope.
    [InlineData("uk", "Загальні втрати ворога склали близько 1 020 000 осіб, з них 1 150 — з початку року.", "casualties 1020000 cumulative; casualties 1150 cumulative")]
    public void ADaysPartOfARunningTotal_AfterItsDash_IsThatDay(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "The charity has lost four drivers this year. One of his drivers was killed in October when a drone hit his van.", "casualties 4 cumulative; killed 1 event")]
    [InlineData("ru", "Фонд потерял в этом году четырех водителей. Один из них погиб в октябре, когда дрон попал в его машину.", "casualties 4 cumulative; killed 1 event")]
    [InlineData("uk", "З початку року загинули п'ятеро рятувальників. Один із них загинув у жовтні, коли дрон атакував пожежну машину.", "killed 5 cumulative; killed 1 event")]
    // Negative: An item beside other counts is part of the month's tally.
    [InlineData("en", "Three local staff and one foreign national were killed in Darfur in October, the agency said.", "killed 3 cumulative; killed 1 cumulative")]
    public void OneVictimDatedByAMonth_IsOneEvent(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("id", "Pada April tahun lalu, serangan rudal di pusat kota Sumy menewaskan 35 orang.", "killed 35 event")]
    [InlineData("vi", "Hồi tháng 4 năm ngoái, cuộc tấn công tên lửa vào trung tâm thành phố Sumy đã khiến 35 người thiệt mạng.", "killed 35 event")]
    // Negative: An attack named without a weapon, a toll from a hundred and a marked plural keep the month's total.
    [InlineData("id", "Pada Oktober, serangan Rusia menewaskan 40 warga sipil di wilayah Kherson, kata jaksa.", "killed 40 cumulative")]
    [InlineData("id", "Pada Oktober, serangan rudal menewaskan 140 warga sipil di wilayah Kharkiv.", "killed 140 cumulative")]
    [InlineData("vi", "Trong tháng 10, các cuộc tấn công tên lửa đã khiến 35 người thiệt mạng ở Kharkov.", "killed 35 cumulative")]
    public void AnAttackByAWeapon_WhereNounsDoNotMarkTheNumber_IsOneAttack(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("es", "Dos soldados murieron el lunes en el norte de Gaza. Con ellos, son ya 470 los soldados muertos en la ofensiva terrestre.", "killed 2 event; killed 470 cumulative")]
    [InlineData("en", "The soldiers killed in the ground offensive now stand at 467, the army said.", "killed 467 cumulative")]
    [InlineData("de", "Die bei der Bodenoffensive getöteten Soldaten sind inzwischen 455, teilte die Armee mit.", "killed 455 cumulative")]
    [InlineData("fr", "Ils sont désormais 480 les soldats tués dans l'offensive terrestre, selon l'armée.", "killed 480 cumulative")]
    // Negative: A campaign named without a toll verb, with a day, stays the day's event.
    [InlineData("es", "Dos soldados murieron el lunes en la ofensiva terrestre en el norte de Gaza.", "killed 2 event")]
    public void ACampaignInAClauseWithATollVerb_IsItsRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Israel's offensive has killed more than 870 people in Lebanon, the health ministry said on Wednesday.", "killed 870 cumulative")]
    [InlineData("fr", "L'offensive israélienne a tué plus de 870 personnes au Liban, selon le ministère de la Santé.", "killed 870 cumulative")]
    [InlineData("es", "La ofensiva israelí ha matado a más de 870 personas en el Líbano, según el Ministerio de Sanidad.", "killed 870 cumulative")]
    [InlineData("de", "Die israelische Offensive hat im Libanon mehr als 870 Menschen getötet, teilte das Gesundheitsministerium mit.", "killed 870 cumulative")]
    [InlineData("ru", "Израильское наступление унесло жизни более 870 человек в Ливане, сообщил минздрав.", "killed 870 cumulative")]
    [InlineData("uk", "Ізраїльський наступ забрав життя понад 870 людей у Лівані, повідомило міністерство.", "killed 870 cumulative")]
    [InlineData("ar", "قالت وزارة الصحة إن الحرب الإسرائيلية على لبنان أسفرت عن مقتل أكثر من 870 شخصا.", "killed 870 cumulative")]
    [InlineData("fa", "تهاجم اسرائیل بیش از ۸۷۰ نفر را در لبنان کشته است.", "killed 870 cumulative")]
    [InlineData("id", "Ofensif Israel telah menewaskan lebih dari 870 orang di Lebanon, kata Kementerian Kesehatan.", "killed 870 cumulative")]
    [InlineData("vi", "Chiến dịch tấn công của Israel đã khiến hơn 870 người thiệt mạng ở Liban, Bộ Y tế cho biết.", "killed 870 cumulative")]
    // Negatives: fighting is no war as a whole; one attack named in the segment; a day named; ar "العدوان" (an aggression) is often one raid.
    [InlineData("en", "Fighting killed 12 people in Khartoum, the army said.", "killed 12 event")]
    [InlineData("en", "During the war, a missile strike on the market killed 35 people in Sumy.", "killed 35 event")]
    [InlineData("en", "Israel's offensive killed 12 people in Lebanon on Tuesday, the ministry said.", "killed 12 event")]
    [InlineData("ar", "أسفر العدوان الأمريكي على مديرية الصليف بمحافظة الحديدة عن استشهاد ثلاثة مواطنين.", "killed 3 event")]
    public void AWarAsAWhole_BeforeACountWithNoTime_IsItsRunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("en", "Israeli strikes have killed more than 120 people in southern Lebanon in recent days, the ministry said.", "killed 120 cumulative")]
    [InlineData("fr", "Les frappes israéliennes ont tué plus de 120 personnes dans le sud du Liban ces derniers jours.", "killed 120 cumulative")]
    [InlineData("es", "Los bombardeos israelíes han matado a más de 120 personas en el sur del Líbano en los últimos días.", "killed 120 cumulative")]
    [InlineData("de", "Israelische Angriffe haben in den vergangenen Tagen im Südlibanon mehr als 120 Menschen getötet.", "killed 120 cumulative")]
    [InlineData("ru", "За последние дни израильские удары унесли жизни более 120 человек на юге Ливана.", "killed 120 cumulative")]
    [InlineData("uk", "За останні дні ізраїльські удари забрали життя понад 120 людей на півдні Лівану.", "killed 120 cumulative")]
    [InlineData("ar", "قتلت الغارات الإسرائيلية أكثر من 120 شخصا في جنوب لبنان خلال الأيام الماضية.", "killed 120 cumulative")]
    [InlineData("fa", "حملات اسرائیل در روزهای اخیر بیش از ۱۲۰ نفر را در جنوب لبنان کشته است.", "killed 120 cumulative")]
    [InlineData("id", "Serangan Israel telah menewaskan lebih dari 120 orang di Lebanon selatan dalam beberapa hari terakhir.", "killed 120 cumulative")]
    [InlineData("vi", "Các cuộc không kích của Israel đã khiến hơn 120 người thiệt mạng ở miền nam Liban trong những ngày gần đây.", "killed 120 cumulative")]
    // Negatives: the past day is one day.
    [InlineData("vi", "Các cuộc không kích của Israel đã khiến 12 người thiệt mạng ở miền nam Liban trong ngày qua.", "killed 12 event")]
    [InlineData("ar", "قتلت الغارات الإسرائيلية 12 شخصا في جنوب لبنان خلال اليوم الماضي.", "killed 12 event")]
    public void RecentDays_FrameARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
