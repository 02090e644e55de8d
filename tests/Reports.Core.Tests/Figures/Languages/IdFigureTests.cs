namespace Reports.Core.Tests.Figures.Languages;

public sealed class IdFigureTests
{
    [Theory]
    [InlineData("Serangan rudal itu menewaskan tujuh orang dan melukai sedikitnya 40 lainnya.", "killed 7; injured 40 at_least")]
    [InlineData("Setidaknya 15 warga sipil tewas dalam serangan udara di Kharkiv.", "killed 15 at_least")]
    [InlineData("Rusia meluncurkan 120 drone dan 8 rudal jelajah ke Ukraina semalam.", "drones_launched 120; missiles_launched 8")]
    [InlineData("Angkatan Udara mengatakan 95 dari 120 drone berhasil ditembak jatuh.", "drones_downed 95; drones_launched 120")]
    [InlineData("Puluhan orang terluka akibat ledakan tersebut.", "injured 10 at_least")]
    [InlineData("Lebih dari 1.000 orang tewas sejak awal perang.", "killed 1000 more_than")]
    [InlineData("Dua belas orang terluka, termasuk tiga anak-anak.", "injured 12; injured 3")]
    [InlineData("Seorang pria tewas dan dua lainnya terluka dalam serangan drone.", "killed 1; injured 2")]
    [InlineData("Sebanyak 30 drone hilang akibat peperangan elektronik.", "drones_downed 30")]
    [InlineData("Hampir 500 orang meninggal dunia dalam sebulan terakhir.", "killed 500 nearly")]
    [InlineData("Jumlah korban tewas akibat serangan itu bertambah menjadi 18 orang.", "killed 18")]
    [InlineData("Pasukan menembak jatuh 27 dari 31 drone serta 3 dari 5 rudal jelajah yang diluncurkan.", "drones_downed 27; drones_launched 31; missiles_downed 3; missiles_launched 5")]
    [InlineData("Korban tewas akibat serangan di kota itu mencapai 41.000 orang.", "killed 41000")]
    [InlineData("Empat orang tewas dan sedikitnya 30 lainnya luka-luka dalam serangan bom luncur.", "killed 4; injured 30 at_least")]
    [InlineData("Kecelakaan bus di jalan tol menewaskan 12 orang.", "")]
    public void Extract_WireSentence_FindsItsFigures(string text, string expected) =>
        ExtractorHarness.AssertFigures("id", text, expected);

    [Theory]
    [InlineData("Jerman akan memasok 50 rudal Patriot kepada Ukraina.")]
    [InlineData("Bantuan tersebut senilai 2,5 miliar dolar AS.")]
    [InlineData("Rusia melancarkan 20 serangan ke 14 desa di wilayah itu.")]
    [InlineData("Korban adalah seorang pria berusia 45 tahun.")]
    [InlineData("Ukraina berencana memproduksi 4.000 drone setiap bulan.")]
    public void Extract_NotAFigure_FindsNothing(string text) =>
        Assert.Empty(ExtractorHarness.Extract("id", text));
}
