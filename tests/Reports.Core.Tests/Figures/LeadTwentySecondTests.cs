using System.Globalization;
using Reports.Core.Articles;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-second session, written for these tests (no evaluation text): Vietnamese weekdays ("hôm thứ Bảy", "tối thứ
/// Sáu") and the Indonesian Sunday ("hari Minggu", "Minggu malam") are a day's time, so a count on a weekday after a
/// running total is that day's event ("… lên hơn 70.100 người. … làm 38 người thiệt mạng hôm thứ Bảy" read the 38 as a
/// running total), and a figure is dated by its weekday. Both words are also other words (Vietnamese "thứ hai" =
/// second, Indonesian "minggu" = week), so they are written whole after a time word (data <c>eventTime</c>,
/// event-dates <c>weekdays</c>); "lần thứ hai" (the second time) and "dua minggu" (two weeks) stay what they were.
/// </summary>
public sealed class LeadTwentySecondTests
{
    /// <summary>A Thursday.</summary>
    private static readonly DateOnly Published = new(2025, 8, 28);

    [Theory]
    [InlineData("vi", "Tổng số người thiệt mạng đã lên hơn 70.100 người. Các cuộc không kích đã làm 38 người thiệt mạng hôm thứ Bảy.", "killed 70100 cumulative; killed 38 event")]
    [InlineData("vi", "Tổng số người thiệt mạng đã lên hơn 70.100 người. Các cuộc không kích đã làm 38 người thiệt mạng vào tối thứ Sáu.", "killed 70100 cumulative; killed 38 event")]
    [InlineData("id", "Jumlah total korban tewas menjadi lebih dari 70.100 orang. Serangan udara menewaskan 38 orang pada hari Minggu.", "killed 70100 cumulative; killed 38 event")]
    // Negatives: with no day of its own a count right after a running total continues it, as before.
    [InlineData("vi", "Tổng số người thiệt mạng đã lên hơn 70.100 người. Trong số đó có 38 người thiệt mạng là trẻ em.", "killed 70100 cumulative; killed 38 cumulative")]
    [InlineData("id", "Jumlah total korban tewas menjadi lebih dari 70.100 orang. Di antaranya 38 orang tewas adalah anak-anak.", "killed 70100 cumulative; killed 38 cumulative")]
    public void AWeekdayIsADaysTime(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Ba người thiệt mạng khi UAV tấn công Sumy tối thứ Ba.", "2025-08-26")]
    [InlineData("vi", "Ba người thiệt mạng khi UAV tấn công Sumy hôm thứ Bảy.", "2025-08-23")]
    [InlineData("vi", "Ba người thiệt mạng khi UAV tấn công Sumy rạng sáng thứ Năm.", "2025-08-28")]
    [InlineData("id", "Tiga orang tewas ketika drone menghantam Sumy pada hari Minggu.", "2025-08-24")]
    [InlineData("id", "Tiga orang tewas ketika drone menghantam Sumy pada Minggu malam.", "2025-08-24")]
    // Negatives: an ordinal and a count of weeks are no weekday.
    [InlineData("vi", "Nga tấn công Sumy lần thứ hai trong ngày, ba người thiệt mạng.", "2025-08-28")]
    [InlineData("id", "Tiga orang tewas di Sumy, dua minggu setelah serangan pertama.", "2025-08-28")]
    public void AFigureIsDatedByItsWeekday(string code, string evidence, string day) =>
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), EventDates.Default.Resolve(evidence, code, Published).Day);

    [Theory]
    // English "make" is a verb of producing, as "produce" and "manufacture" were: weapons made are no weapons launched.
    [InlineData("en", "Russia is thought to make around 2,700 Shahed drones a month at its plant in Tatarstan.", "")]
    [InlineData("en", "The plant makes 150 missiles a year.", "")]
    // Negatives: launched and downed weapons stay figures.
    [InlineData("en", "Russia launched 270 Shahed drones overnight, making it one of the largest attacks of the war.", "drones_launched 270")]
    [InlineData("en", "Air defences shot down 45 drones, the air force said, and made no comment on the missiles.", "drones_downed 45")]
    public void WeaponsMadeAreNoWeaponsLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // After a word that frames the whole month (data monthIn), the number after the month's name counts what follows it.
    [InlineData("In October 23 civilians were killed and 41 injured in the region.", "killed 23; injured 41")]
    [InlineData("In November 14 men, 9 women, 3 boys and 2 girls were killed in the region.", "killed 14; killed 9; killed 3; killed 2")]
    [InlineData("During March 12 drones were shot down over the city.", "drones_downed 12")]
    // Negatives: a day stays a day (after "on", before a comma, before a year).
    [InlineData("On October 23 a drone hit the city, killing 4 people.", "killed 4")]
    [InlineData("In October 23, 2024, a strike killed 6 people.", "killed 6")]
    [InlineData("Since October 23 the strikes have killed 6 people.", "killed 6")]
    public void ANumberAfterAWholeMonthCountsWhatFollowsIt(string text, string expected) =>
        ExtractorHarness.AssertFigures("en", text, expected);

    [Theory]
    // A unit that is a toll's cause ("from the strikes") right before a verb of exceeding is no thing the number counts.
    [InlineData("The death toll from the strikes exceeded 1,000.", "killed 1000 more_than")]
    [InlineData("The death toll in the strikes exceeded 1,000.", "killed 1000 more_than")]
    [InlineData("The death toll from strikes exceeded 1,000, officials said.", "killed 1000 more_than")]
    // Negatives: with no toll before it, the unit is what is counted.
    [InlineData("The number of strikes exceeded 1,000 this year.", "")]
    [InlineData("Ukraine said the strikes exceeded 1,000 this year.", "")]
    public void AUnitThatIsATollsCauseIsNotCounted(string text, string expected) =>
        ExtractorHarness.AssertFigures("en", text, expected);

    [Theory]
    // A toll that "passes", "tops" or "crossed" a number is more than it (en qualifiers.more_than), as "topped" was.
    [InlineData("The death toll in Gaza passes 70,000, the health ministry said.", "killed 70000 more_than")]
    [InlineData("Gaza death toll from Israeli strikes passes 70,000", "killed 70000 more_than")]
    [InlineData("The number of drones Russia has launched this year passed 10,000, the air force said.", "drones_launched 10000 more_than")]
    [InlineData("The death toll from the strikes crossed 1,000 on Monday.", "killed 1000 more_than")]
    // Negative: the words say nothing about a number they do not stand right before.
    [InlineData("A convoy passed 3 checkpoints before 5 people were killed in the strike.", "killed 5")]
    public void ATollThatPassesANumberIsMoreThanIt(string text, string expected) =>
        ExtractorHarness.AssertFigures("en", text, expected);
}
