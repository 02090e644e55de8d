namespace Reports.Core.Tests.Figures.Languages;

public sealed class ViFigureTests
{
    [Theory]
    [InlineData("Vụ không kích khiến 12 người thiệt mạng và hơn 30 người bị thương.", "killed 12; injured 30 more_than")]
    [InlineData("Ít nhất 5 dân thường đã chết sau cuộc pháo kích đêm qua.", "killed 5 at_least")]
    [InlineData("Nga đã phóng 76 máy bay không người lái và 4 tên lửa đạn đạo vào Ukraine.", "drones_launched 76; missiles_launched 4")]
    [InlineData("Lực lượng phòng không đã bắn hạ 60 trong số 76 UAV.", "drones_downed 60; drones_launched 76")]
    [InlineData("Khoảng 1.500 binh sĩ đã thương vong kể từ đầu năm.", "casualties 1500 about")]
    [InlineData("Vụ tấn công làm 8 người bị thương, trong đó có 3 trẻ em.", "injured 8; injured 3")]
    [InlineData("Hàng trăm người bị thương trong các vụ nổ.", "injured 100 at_least")]
    [InlineData("Gần 2.000 người đã thiệt mạng trong cuộc xung đột.", "killed 2000 nearly")]
    [InlineData("Quân đội cho biết đã đánh chặn hai quả tên lửa hành trình.", "missiles_downed 2")]
    [InlineData("Một người thiệt mạng và bốn người bị thương trong vụ tập kích.", "killed 1; injured 4")]
    [InlineData("Hai mươi ba người bị thương khi tên lửa rơi xuống khu dân cư.", "injured 23")]
    [InlineData("Số người thiệt mạng trong vụ tấn công đã tăng lên 25 người.", "killed 25")]
    [InlineData("Đối phương phóng 4 tên lửa hành trình, trong đó 3 quả bị đánh chặn.", "missiles_launched 4; missiles_downed 3")]
    [InlineData("Cuộc tập kích khiến hai người thiệt mạng, trong đó có một bé gái 8 tuổi.", "killed 2")]
    [InlineData("Trong số này, 72 UAV đã bị bắn hạ, 11 chiếc khác biến mất khỏi radar.", "drones_downed 72; drones_downed 11")]
    [InlineData("Vụ cháy xưởng sản xuất làm 8 người chết và 2 người bị thương.", "")]
    [InlineData("Vụ đánh bom đã cướp đi sinh mạng của 305 người và làm bị thương 128 người.", "killed 305; injured 128")]
    [InlineData("Tay súng giết 4 người, làm khoảng 50 người từ 12 nước bị thương.", "killed 4; injured 50 about")]
    public void Extract_WireSentence_FindsItsFigures(string text, string expected) =>
        ExtractorHarness.AssertFigures("vi", text, expected);

    [Theory]
    [InlineData("Đức công bố gói viện trợ quân sự trị giá 1,42 tỷ USD cho Ukraine.")]
    [InlineData("Một UAV lao vào tòa nhà chung cư vào sáng 14/8.")]
    [InlineData("Nhóm gồm 54 quốc gia, trong đó có 31 thành viên NATO.")]
    [InlineData("Ukraine đặt mục tiêu sản xuất 1.000 UAV mỗi ngày.")]
    [InlineData("Một cuộc tấn công như vậy có thể khiến 100 người thiệt mạng.")]
    [InlineData("Ông Vasyl, 49 tuổi, đã chiến đấu suốt ba năm qua.")]
    public void Extract_NotAFigure_FindsNothing(string text) =>
        Assert.Empty(ExtractorHarness.Extract("vi", text));

    [Fact]
    public void Extract_DecimalWithScale_ReadsVietnameseSeparators()
    {
        var figures = ExtractorHarness.Extract("vi", "Cơ quan Liên Hợp Quốc ghi nhận 11.284 dân thường thiệt mạng kể từ tháng 2/2022.");
        Assert.Equal([("killed", 11284L, "exact")], figures);
    }
}
