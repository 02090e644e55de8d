using Reports.Core.Articles;

namespace Reports.Core.Tests.Articles;

public sealed class DatelineDetectorTests
{
    private static readonly DateOnly Reference = new(2025, 11, 22);

    private readonly DatelineDetector sut = DatelineDetector.Default;

    [Theory]
    [InlineData("Published 2025-03-27 08:00. Drones hit the port.", "2025-03-27")]
    [InlineData("KYIV, 27/3/2025 – Drones hit the port.", "2025-03-27")]
    [InlineData("KYIV, 27.03.2025 – Drones hit the port.", "2025-03-27")]
    [InlineData("WASHINGTON, 3/27/2025 – Drones.", "2025-03-27")]
    [InlineData("KYIV, March 27, 2025 – Drones hit the port.", "2025-03-27")]
    [InlineData("KYIV, Mar. 27, 2025 – Drones.", "2025-03-27")]
    [InlineData("KYIV, 27 March 2025 – Drones.", "2025-03-27")]
    [InlineData("PARIS, 27 mars 2025 – Des drones.", "2025-03-27")]
    [InlineData("MADRID, 27 de marzo de 2025 – Drones.", "2025-03-27")]
    [InlineData("КИЇВ, 3 лютого 2025 року – Дрони.", "2025-02-03")]
    [InlineData("Hà Nội, ngày 27/3/2025 – UAV tấn công.", "2025-03-27")]
    [InlineData("Hà Nội, ngày 4/3/2025 – UAV tấn công.", "2025-03-04")]
    [InlineData("Hà Nội, ngày 27 tháng 3 năm 2025 – UAV.", "2025-03-27")]
    [InlineData("تهران، ۲۲ اردیبهشت ۱۴۰۴ – پهپادها.", "2025-05-12")]
    [InlineData("تهران، ۱۴۰۴/۰۲/۲۲ – پهپادها.", "2025-05-12")]
    [InlineData("بيروت، ١٧ نيسان ٢٠٢٥ – طائرات مسيرة.", "2025-04-17")]
    [InlineData("بيروت، ١٧/٤/٢٠٢٥ – طائرات مسيرة.", "2025-04-17")]
    [InlineData("First 2025-03-27, then 2025-04-01.", "2025-03-27")]
    [InlineData("March 2, 2025 and then 2025-04-01.", "2025-03-02")]
    public void Detect_StatedDate_IsFound(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), sut.Detect(text, Reference));

    [Theory]
    [InlineData("KYIV, 3/4/2025 – day and month cannot be told apart.")]
    [InlineData("KYIV, 31/2/2025 – no such day.")]
    [InlineData("KYIV, 1985-03-27 – too old.")]
    [InlineData("Killed 12 people and 27 March was not a year.")]
    [InlineData("12/15 drones were shot down.")]
    [InlineData("No date at all.")]
    [InlineData("")]
    public void Detect_NoClearDate_IsNull(string text) => Assert.Null(sut.Detect(text, null));

    [Theory]
    [InlineData("MARESK, Oct 9 – At least 12 people were killed.", "2025-10-09")]
    [InlineData("PARIS, 28 novembre (dépêche) – Au moins six morts.", "2024-11-28")]
    [InlineData("PARIS, 23 novembre – the day after the file is still this year (time zones).", "2025-11-23")]
    [InlineData("BẮC VÂN, ngày 15/3 (bản tin) – UAV.", "2025-03-15")]
    [InlineData("تهران خیالی، ۲۲ اردیبهشت (گزارش نمونه)", "2025-05-12")]
    public void Detect_DateWithoutYear_TakesTheLatestYearNotAfterTheReference(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), sut.Detect(text, Reference));

    [Theory]
    [InlineData("Officials said the toll may 12 be higher.")]
    [InlineData("گزارش شد که ۱۲ تیر شلیک شد.")]
    public void Detect_MonthNameThatIsAlsoAWordWithoutYear_IsIgnored(string text) => Assert.Null(sut.Detect(text, Reference));

    [Fact]
    public void Detect_MonthNameThatIsAlsoAWordWithYear_IsADate() =>
        Assert.Equal(new DateOnly(2025, 7, 3), sut.Detect("تهران، ۱۲ تیر ۱۴۰۴ – پهپادها.", Reference));

    [Fact]
    public void Detect_DateWithoutYearAndNoReference_IsNull() => Assert.Null(sut.Detect("MARESK, Oct 9 – At least 12 killed."));

    [Fact]
    public void Detect_DateBeyondTheWindow_IsIgnored() =>
        Assert.Null(sut.Detect(new string('x', DatelineDetector.Window) + " 2025-03-27", Reference));
}
