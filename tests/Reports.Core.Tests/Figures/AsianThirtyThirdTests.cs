namespace Reports.Core.Tests.Figures;

/// <summary>
/// Thirty-third session, asian helper, written for these tests (no evaluation text).
/// </summary>
public sealed class AsianThirtyThirdTests
{
    [Theory]
    [InlineData("fa", "سپاه اعلام کرد در موج نهم عملیات وعده صادق ۲، ۴۰ موشک به سوی پایگاه‌های هوایی شلیک شد.", "missiles_launched 40")]
    [InlineData("vi", "Iran cho biết trong đợt 7 của chiến dịch Lời hứa Chân thực 3, 18 tên lửa đã được phóng vào Tel Aviv.", "missiles_launched 18")]
    [InlineData("id", "Dalam operasi Janji Sejati 3, 22 rudal balistik diluncurkan ke Tel Aviv.", "missiles_launched 22")]
    [InlineData("en", "In the latest wave of Operation True Promise 3, 30 missiles were fired at Tel Aviv.", "missiles_launched 30")]
    // Negative: a number of its own after the operation's name keeps its weapons.
    [InlineData("fa", "در جریان عملیات وعده صادق، ۴۰ موشک به سوی پایگاه‌های هوایی شلیک شد.", "missiles_launched 40")]
    public void Extract_NumberedOperationName_IsNoWeaponCount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Theo tình báo phương Tây, lực lượng Houthi vẫn còn hàng trăm tên lửa chống hạm.", "")]
    [InlineData("vi", "Quân đội Israel ước tính Hamas vẫn nắm giữ khoảng 1.000 rocket.", "")]
    [InlineData("id", "Houthi Diperkirakan Masih Miliki Ratusan Rudal Antikapal", "")]
    [InlineData("fa", "فرمانده سپاه گفت ما هزاران موشک و پهپاد در اختیار داریم.", "")]
    // Negative: a launching verb of its own after "still" keeps the launch.
    [InlineData("vi", "Dù bị không kích, Houthi vẫn còn phóng 3 tên lửa vào Israel hôm thứ Năm.", "missiles_launched 3")]
    public void Extract_WeaponsStillHeld_AreNoLaunches(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("vi", "Houthi phóng 3 tên lửa về phía tàu hàng; hai quả bị đánh chặn, còn một quả rơi xuống biển.", "missiles_launched 3; missiles_downed 2")]
    [InlineData("id", "Houthi meluncurkan tiga rudal ke arah kapal tanker itu; dua dicegat, sementara satu rudal jatuh ke laut.", "missiles_launched 3; missiles_downed 2")]
    [InlineData("fa", "یمن سه موشک به سوی کشتی شلیک کرد که دو فروند رهگیری شد و یک موشک به دریا افتاد.", "missiles_launched 3; missiles_downed 2")]
    // Negative: a weapon shot down into the sea keeps its downing verb.
    [InlineData("vi", "Tàu khu trục đã bắn rơi 2 UAV của Houthi trên biển Đỏ.", "drones_downed 2")]
    public void Extract_WeaponFellIntoTheSeaAfterALaunchedTotal_IsNoDowning(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Sejak 13 Juni, serangan rudal Iran telah menewaskan 24 orang di Israel.", "killed 24 cumulative")]
    [InlineData("id", "Serangan drone Rusia sejak 1 Desember telah menewaskan 17 warga sipil di Kherson.", "killed 17 cumulative")]
    [InlineData("id", "Sejak awal perang pada 13 Juni, serangan rudal Iran telah menewaskan 28 orang di Israel.", "killed 28 cumulative")]
    [InlineData("vi", "Từ ngày 13 tháng 6, cuộc tấn công tên lửa của Iran đã làm 24 người thiệt mạng tại Israel.", "killed 24 cumulative")]
    [InlineData("vi", "Cuộc tấn công bằng UAV của Nga từ ngày 1 tháng 12 đã làm 17 dân thường thiệt mạng ở Kherson.", "killed 17 cumulative")]
    // Negative: a day named alone still dates that one attack.
    [InlineData("id", "Pada 13 Juni, serangan rudal Iran menewaskan empat orang di Bat Yam.", "killed 4 event")]
    public void Scope_TollSinceADayOfANeutralAttackOfAWeapon_IsCumulative(string code, string text, string expected) =>
        ExtractorHarness.AssertScopes(code, text, expected);

    [Theory]
    [InlineData("vi", "Theo một bác sĩ tại bệnh viện, mỗi ngày có khoảng 20 người thiệt mạng do pháo kích.", "")]
    [InlineData("id", "Menurut relawan, setiap hari ada sekitar 30 orang tewas di kamp itu.", "")]
    // Negatives: a subject and its verb between the rate and the count keep what one night brings (the twenty-fourth
    // session's convention), and a day's time before "there are" is no rate.
    [InlineData("vi", "Mỗi đêm Nga phóng 300 UAV vào Ukraine.", "drones_launched 300")]
    [InlineData("vi", "Hôm qua có 12 người thiệt mạng.", "killed 12")]
    public void Extract_RateBeforeOnlyFunctionWordsAndTheCount_IsNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
