using Reports.Core.Places;

namespace Reports.Core.Tests.Figures;

/// <summary>
/// Seventeenth session, written for these tests (no evaluation text): a number before a word for a family or household
/// counts families, not people ("nine members of one family": the "one" is no victim); a word for members is a people
/// noun in every language; ", and all of them were shot down" after a launch (a conjunction after the comma, a weapon's
/// type name beside its noun) downs what was launched; in a verb-final clause the prepositions of its time and place
/// phrases are no distance between the people counted and the verb; Arabic-script place names written with a zero-width non-joiner or
/// run together are the names written with a space.
/// </summary>
public sealed class LeadSeventeenthTests
{
    [Theory]
    [InlineData("en", "Nine members of one family were killed when a strike hit their home in Rafah.", "killed 9")]
    [InlineData("id", "Sembilan anggota satu keluarga tewas ketika rumah mereka di Rafah dihantam serangan udara.", "killed 9")]
    [InlineData("vi", "9 thành viên của một gia đình đã thiệt mạng khi nhà của họ ở Rafah bị không kích.", "killed 9")]
    [InlineData("fa", "۹ عضو یک خانواده در حمله هوایی به منزلشان در رفح جان باختند.", "killed 9")]
    [InlineData("ru", "Четыре члена одной семьи погибли в результате удара по жилому дому.", "killed 4")]
    [InlineData("uk", "Внаслідок удару загинули п'ятеро членів однієї родини.", "killed 5")]
    [InlineData("de", "Bei dem Angriff wurden sieben Mitglieder einer Familie getötet.", "killed 7")]
    [InlineData("fr", "Neuf membres d'une même famille ont été tués dans une frappe.", "killed 9")]
    [InlineData("es", "Murieron ocho miembros de una misma familia en el bombardeo.", "killed 8")]
    [InlineData("ar", "قتل تسعة أفراد من عائلة واحدة في غارة على منزلهم.", "killed 9")]
    // Negatives: families counted are no people count; "a family of five" still counts the five.
    [InlineData("en", "Israeli strikes killed 12 families in Gaza this week, the ministry said.", "")]
    [InlineData("id", "Serangan itu menewaskan tiga keluarga di Rafah.", "")]
    [InlineData("vi", "Cuộc không kích khiến 3 gia đình thiệt mạng toàn bộ.", "")]
    [InlineData("en", "A family of five was killed when the strike hit their home.", "killed 5")]
    public void MembersOfOneFamily_CountsTheMembers(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "Russia launched 60 Shahed drones at Kyiv overnight, and all of them were shot down by air defences.", "drones_launched 60; drones_downed 60")]
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all of them were destroyed.", "drones_launched 60; drones_downed 60")]
    [InlineData("id", "Rusia mengirim 60 drone Shahed ke arah Kyiv pada Rabu dini hari, dan semuanya berhasil dihancurkan.", "drones_launched 60; drones_downed 60")]
    [InlineData("en", "The Houthis fired two ballistic missiles at Eilat, all of which were intercepted.", "missiles_launched 2; missiles_downed 2")]
    // Negatives: "all" that is not the weapons' ("and all of the victims were civilians"), and a new count after it.
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all of the region lost power.", "drones_launched 60")]
    [InlineData("en", "Russia launched 60 drones at Kyiv overnight, and all 45 were shot down.", "drones_launched 60; drones_downed 45")]
    public void AndAllOfThemDowned_AfterALaunch_DownsTheLaunch(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "دو امدادگر هلال احمر در حمله پهپادی به آمبولانس آنها در شمال غزه در نزدیکی اردوگاه جان باختند.", "killed 2")]
    [InlineData("fa", "هفت نفر از اعضای تیم امداد در حمله به ساختمان در مرکز شهر در ساعات اولیه صبح به شدت زخمی شدند.", "injured 7")]
    // Negatives: a comma or the next number still ends the count's reach; people with another verb are no casualties.
    [InlineData("fa", "بیست نفر از ساکنان در حمله پهپادی به روستا در شمال استان در پناهگاه به سر بردند و سه نفر در این حمله کشته شدند.", "killed 3")]
    [InlineData("fa", "دو امدادگر هلال احمر در حمله به آمبولانس در شمال غزه در نزدیکی اردوگاه بازداشت شدند.", "")]
    public void VerbFinal_PrepositionsOfTimeAndPlace_AreNoDistance(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("۹ نفر در حمله هوایی به خان‌یونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("۹ نفر در حمله هوایی به خانیونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("۹ نفر در حمله هوایی به خان یونس کشته شدند.", "fa", "ps/gaza/khan-younis")]
    [InlineData("حمله به دیر البلح و دیرالبلح", "fa", "ps/gaza/deir-al-balah")]
    public void ArabicScriptNames_WithAJoinerOrRunTogether_AreFound(string text, string language, string expected) =>
        Assert.Contains(Gazetteer.Default.Find(text, language), m => m.PlaceId == expected);

    [Theory]
    // Negative: the run-together form needs the whole name, not its first word ("خان" alone is a common word).
    [InlineData("این خان بزرگ روستا بود.", "fa", "ps/gaza/khan-younis")]
    public void ArabicScriptNames_FirstWordAlone_IsNoPlace(string text, string language, string unexpected) =>
        Assert.DoesNotContain(Gazetteer.Default.Find(text, language), m => m.PlaceId == unexpected);
}
