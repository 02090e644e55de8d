namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-sixth session, asian helper, written for these tests (no evaluation text): a related link run into the body
/// ("Liên kết: …", "Tautan: …", "لینک: …") and a live update's link line after its time stamp ("8:30 - Liên kết: …",
/// "08.30 WIB - Baca juga: …", "ساعت ۸:۳۰ - بیشتر بخوانید: …") are another article's headline.
/// </summary>
public sealed class AsianTwentySixthTests
{
    [Theory]
    [InlineData("vi", "Bốn người thiệt mạng trong cuộc không kích ở Rafah ngày 6/12. Liên kết: Iran tuyên bố bắn hạ 9 UAV trên bầu trời Isfahan", "killed 4")]
    [InlineData("id", "Empat orang tewas dalam serangan udara di Rafah pada Jumat. Tautan: Iran Klaim Tembak Jatuh 9 Drone di Isfahan", "killed 4")]
    [InlineData("fa", "چهار نفر در حمله هوایی به رفح کشته شدند. لینک: ایران ۹ پهپاد را بر فراز اصفهان سرنگون کرد", "killed 4")]
    [InlineData("vi", "9:10 - Không quân Ukraine: Nga phóng 60 UAV trong đêm.\n9:40 - Liên kết: Nga bắn hạ 12 UAV Ukraine trên bầu trời Bryansk", "drones_launched 60")]
    [InlineData("id", "09.10 WIB - Rusia meluncurkan 60 drone semalam.\n09.40 WIB - Baca juga: Rusia Tembak Jatuh 12 Drone Ukraina di Bryansk", "drones_launched 60")]
    [InlineData("fa", "ساعت ۹:۱۰ - روسیه شب گذشته ۶۰ پهپاد شلیک کرد.\nساعت ۹:۴۰ - بیشتر بخوانید: روسیه ۱۲ پهپاد اوکراینی را بر فراز بریانسک سرنگون کرد", "drones_launched 60")]
    [InlineData("en", "9:10 - Russia launched 60 drones overnight.\n9:40 - Read more: Russia says it downed 12 Ukrainian drones over Bryansk", "drones_launched 60")]
    // Negatives: a live update's own entry after its time stamp stays a figure; "link" inside a sentence is a word.
    [InlineData("vi", "9:40 - Nga bắn hạ 12 UAV Ukraine trên bầu trời Bryansk.", "drones_downed 12")]
    [InlineData("id", "09.40 WIB - Rusia menembak jatuh 12 drone Ukraina di Bryansk.", "drones_downed 12")]
    [InlineData("en", "Officials found no link between the blast and the 12 people killed in Bryansk.", "killed 12")]
    public void ALinkRunIntoTheBodyOrAfterALiveUpdatesTimeIsAnotherArticle(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
