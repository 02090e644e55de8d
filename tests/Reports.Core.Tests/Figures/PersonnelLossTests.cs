namespace Reports.Core.Tests.Figures;

/// <summary>
/// Personnel lost ("mất 1.200 binh sĩ", "۱۲۰۰ نیرو از دست داده"): a loss verb with a count of soldiers is a casualty
/// figure, with a count of drones a downing; the verb with other things is none. Sentences written for these tests.
/// </summary>
public sealed class PersonnelLossTests
{
    [Theory]
    [InlineData("vi", "Nga mất thêm 1.200 binh sĩ trong ngày qua, Bộ Tổng tham mưu Ukraine cho biết.", "casualties 1200")]
    [InlineData("vi", "Nga đã mất 3 UAV trong đêm qua do tác chiến điện tử.", "drones_downed 3")]
    [InlineData("fa", "ستاد کل ارتش اوکراین اعلام کرد روسیه در شبانه\u200cروز گذشته ۱۲۰۰ نیرو از دست داده است.", "casualties 1200")]
    // Negatives: time taken, power lost, troops sent.
    [InlineData("vi", "Việc sửa chữa sẽ mất 3 ngày và 200 hộ gia đình sẽ mất điện.", "")]
    [InlineData("fa", "ایران ۵۰۰۰ نیرو به مرز اعزام کرد.", "")]
    public void ALossVerbWithSoldiers_IsACasualtyFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
