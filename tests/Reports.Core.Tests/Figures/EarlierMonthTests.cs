namespace Reports.Core.Tests.Figures;

/// <summary>
/// An earlier month's value in parentheses ("(a month earlier 950)", "(bulan sebelumnya 950 orang)", "(ماه پیش ۹۵۰ نفر)")
/// is that month's running total, like the figure it is compared with (data <c>monthsRelative</c>). Sentences written for
/// these tests.
/// </summary>
public sealed class EarlierMonthTests
{
    [Theory]
    [InlineData("fa", "در این ماه ۱۰۲۰ غیرنظامی زخمی شدند (ماه پیش ۹۵۰ نفر).", "injured 1020 cumulative; injured 950 cumulative")]
    [InlineData("id", "Bulan ini 1.020 warga sipil terluka (bulan sebelumnya 950 orang).", "injured 1020 cumulative; injured 950 cumulative")]
    [InlineData("en", "This month 1,020 civilians were injured (a month earlier 950).", "injured 1020 cumulative; injured 950 cumulative")]
    // Negative: the day before stays a day.
    [InlineData("en", "On Tuesday 12 civilians were injured in Kharkiv (the day before, 9).", "injured 12 event; injured 9 event")]
    public void AnEarlierMonthsValue_IsARunningTotal(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);
}
