namespace Reports.Core.Tests.Figures;

/// <summary>
/// Eighteenth session, written for these tests (no evaluation text): "all" before a downing verb whose passive names its
/// agent first ("tất cả đều bị tàu Mỹ bắn hạ", "die alle von der Flugabwehr abgeschossen wurden", "همه توسط پدافند هوایی
/// منهدم شدند") downs what was launched; a superlative frames the period after it however many words its phrase takes
/// ("the deadliest single incident for the army in five months" is one event); Persian "از مرز N گذشت" (passed the N mark)
/// is more than N; "another" followed by a thing ("killed at another school") is no count of others the verb before it
/// acts on, and an article "one" before a noun and "other" ("tại một trường học khác") is no victim; Vietnamese attacks
/// in the plural ("các cuộc tấn công", data <c>pluralMarkers</c>) name no one attack, so the count after them continues the
/// period's running total as "the attacks" does in English; "em" counts children ("61 em"); a count marked "others" with
/// its own verb after a list of places is a group of its own, not the list's last item.
/// </summary>
public sealed class LeadEighteenthTests
{
    [Theory]
    [InlineData("vi", "Lực lượng Houthi đã phóng 9 UAV về phía Biển Đỏ, tất cả đều bị tàu Mỹ bắn hạ.", "drones_launched 9; drones_downed 9")]
    [InlineData("vi", "Nga phóng 12 tên lửa hành trình vào Kiev, tất cả đều bị hải quân Ukraine bắn hạ.", "missiles_launched 12; missiles_downed 12")]
    [InlineData("vi", "Đêm qua Nga phóng 30 UAV, tất cả đều bị lực lượng phòng không bắn hạ.", "drones_launched 30; drones_downed 30")]
    [InlineData("de", "Russland griff mit 40 Drohnen an, die alle von der Flugabwehr abgeschossen wurden.", "drones_launched 40; drones_downed 40")]
    [InlineData("fa", "روسیه ۴۰ پهپاد پرتاب کرد که همه توسط پدافند هوایی منهدم شدند.", "drones_launched 40; drones_downed 40")]
    // Negatives: "all" with no downing verb after it, or a number of its own between.
    [InlineData("en", "Russia launched 40 drones, all of them aimed at energy facilities in three regions.", "drones_launched 40")]
    [InlineData("vi", "Nga phóng 9 UAV vào Kharkiv, tất cả đều nhằm vào hạ tầng năng lượng.", "drones_launched 9")]
    [InlineData("en", "Russia launched 40 drones; all of them hit the city, and 3 were shot down.", "drones_launched 40; drones_downed 3")]
    public void AllDownedWithTheAgentBeforeTheVerb(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Eight soldiers were killed in a blast, the deadliest single incident for the Israeli military in five months.", "killed 8 event")]
    [InlineData("vi", "Tám binh sĩ Israel đã thiệt mạng trong một vụ nổ, vụ việc đẫm máu nhất đối với quân đội Israel trong 5 tháng qua.", "killed 8 event")]
    [InlineData("id", "Sedikitnya 12 orang tewas dalam serangan itu, yang paling mematikan bagi warga kota ini dalam tiga bulan terakhir.", "killed 12 event")]
    // Negatives: a superlative counting the period's own number, or set off by commas, frames nothing.
    [InlineData("en", "Russia launched a record 6,297 drones at Ukraine in July, the air force said.", "drones_launched 6297 cumulative")]
    [InlineData("en", "In the worst-hit region, Donetsk, 2,000 civilians have been killed since 2022.", "killed 2000 cumulative")]
    [InlineData("vi", "Nga đã phóng số lượng kỷ lục 6.297 UAV vào Ukraine trong tháng 7.", "drones_launched 6297 cumulative")]
    public void SuperlativeFramesThePeriodAfterItsWholePhrase(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("fa", "شمار کشته‌شدگان جنگ غزه پس از ۱۸ ماه از مرز ۵۰ هزار نفر گذشت.", "killed 50000 more_than")]
    // Negative: "from the border" before a place is no qualifier.
    [InlineData("fa", "از مرز لبنان ۵ موشک به سوی شمال اسرائیل شلیک شد.", "missiles_launched 5")]
    public void PassedTheMarkIsMoreThan(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "4 people were killed at another school in Rafah.", "killed 4")]
    [InlineData("en", "Four people were killed in another strike on Kharkiv.", "killed 4")]
    [InlineData("en", "Two civilians were wounded in another drone attack on Nikopol on Sunday.", "injured 2")]
    [InlineData("vi", "4 người đã thiệt mạng tại một trường học khác ở Rafah.", "killed 4")]
    [InlineData("vi", "Một ngày trước đó, 4 người đã thiệt mạng tại một điểm phân phát khác ở Rafah.", "killed 4")]
    // Negatives: "another" with a number, or as people, is still the others counted.
    [InlineData("en", "Two people were killed and another 11 were wounded in the strike.", "killed 2; injured 11")]
    [InlineData("es", "El ataque mató a 19 personas e hirió a otras 40.", "killed 19; injured 40")]
    [InlineData("vi", "Một người thiệt mạng và 3 người khác bị thương.", "killed 1; injured 3")]
    [InlineData("vi", "3 người thiệt mạng, một người khác bị thương nặng.", "killed 3; injured 1")]
    public void AnotherThingIsNoOthersCounted(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Chỉ trong tuần này Nga đã phóng hơn 1.200 UAV vào Ukraine. Các cuộc tấn công khiến 9 người thiệt mạng và 40 người bị thương.", "drones_launched 1200 cumulative; killed 9 cumulative; injured 40 cumulative")]
    [InlineData("vi", "Trong tháng 10, Nga đã phóng hơn 5.000 UAV vào Ukraine. Những vụ tấn công này làm 120 dân thường thiệt mạng.", "drones_launched 5000 cumulative; killed 120 cumulative")]
    [InlineData("en", "This week alone Russia launched more than 1,200 drones at Ukraine. The attacks killed 9 people and wounded 40.", "drones_launched 1200 cumulative; killed 9 cumulative; injured 40 cumulative")]
    // Negatives: one attack named, or a time of the count's own, is an event.
    [InlineData("vi", "Chỉ trong tuần này Nga đã phóng hơn 1.200 UAV vào Ukraine. Cuộc tấn công đêm qua khiến 9 người thiệt mạng.", "drones_launched 1200 cumulative; killed 9 event")]
    [InlineData("vi", "Chỉ trong tuần này Nga đã phóng hơn 1.200 UAV vào Ukraine. Vụ tấn công vào Odesa khiến 9 người thiệt mạng.", "drones_launched 1200 cumulative; killed 9 event")]
    public void PluralAttacksContinueThePeriod(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Số trẻ em thiệt mạng trong tháng 10 là 77 em, so với 61 em trong tháng 9.", "killed 77; killed 61")]
    [InlineData("vi", "Hai em nhỏ thiệt mạng và 5 người khác bị thương trong vụ tấn công.", "killed 2; injured 5")]
    // Negative: "em" inside "trẻ em" is the same people word; the age is no count.
    [InlineData("vi", "Một trẻ em 7 tuổi bị thương và 3 người thiệt mạng.", "injured 1; killed 3")]
    public void ChildrenCountedByEm(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Các cuộc tấn công trong ngày 12/3 đã khiến 5 người thiệt mạng ở Kharkiv, 2 người ở Sumy và một người ở Odesa, hơn 20 người khác bị thương.", "killed 5; killed 2; killed 1; injured 20 more_than")]
    [InlineData("fa", "در این حملات ۵ نفر در خارکیف، ۲ نفر در سومی و یک نفر در اودسا کشته و ۲۰ نفر دیگر زخمی شدند.", "killed 5; killed 2; killed 1; injured 20")]
    // Negatives: "others" as the last item of one list shares its verb; items with no "others" share the later verb.
    [InlineData("en", "Among the victims, 12 men, 8 women and 20 others were killed in the shelling.", "killed 12; killed 8; killed 20")]
    [InlineData("en", "Three girls were killed, and 112 men and 9 girls were injured.", "killed 3; injured 112; injured 9")]
    public void OthersAfterAListOfPlacesAreAGroupOfTheirOwn(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
