namespace Reports.Core.Tests.Figures;

/// <summary>
/// Eighteenth session, written for these tests (no evaluation text): a number of a unit (a distance, floors) between a
/// count of people and its verb is no count and no stop on the way ("هشت نیروی پلیس … در ۲۰ کیلومتری بنو کشته شدند");
/// a span of hours or days right before a count of weapons excludes nothing ("طی پنج ساعت ۳۷ پهپاد … منهدم کرد"); "others"
/// after a count of victims that are "lost" are missing people, no drones and no dead ("tewas dan tiga lainnya hilang").
/// </summary>
public sealed class LeadEighteenthMeasureTests
{
    [Theory]
    [InlineData("fa", "هشت نیروی پلیس در حمله به یک پاسگاه در ۲۰ کیلومتری شهر بنو کشته شدند.", "killed 8")]
    [InlineData("fa", "پنج غیرنظامی در ۳۰ متری محل انفجار زخمی شدند.", "injured 5")]
    [InlineData("en", "Eight police officers at a checkpoint 20 km from Bannu were killed.", "killed 8")]
    [InlineData("de", "Acht Polizisten wurden an einem Kontrollpunkt 20 Kilometer von Bannu entfernt getötet.", "killed 8")]
    // Negatives: the distance alone is no count; a count of people before another count keeps its own verb.
    [InlineData("fa", "این روستا در ۲۰ کیلومتری مرز قرار دارد و دیشب هدف حمله قرار گرفت.", "")]
    [InlineData("en", "Three people were killed and 12 injured 20 km from the front line.", "killed 3; injured 12")]
    public void AUnitsNumberOnTheWayIsNoStop(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fa", "وزارت دفاع روسیه اعلام کرد پدافند هوایی طی پنج ساعت ۳۷ پهپاد اوکراینی را منهدم کرد.", "drones_downed 37")]
    [InlineData("fa", "وزارت دفاع روسیه اعلام کرد طی پنج ساعت ۳۷ پهپاد اوکراینی منهدم شد.", "drones_downed 37")]
    [InlineData("en", "Within three hours 37 drones were shot down over the Bryansk region.", "drones_downed 37")]
    // Negatives: a unit that is no span still excludes the number after it.
    [InlineData("en", "The drone factory is worth 37 million dollars, officials said.", "")]
    public void ASpanBeforeWeaponsExcludesNothing(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("id", "Dua tentara UNIFIL tewas dan tiga lainnya hilang setelah pos mereka terkena tembakan artileri.", "killed 2")]
    [InlineData("vi", "Hai binh sĩ thiệt mạng và ba người khác mất tích sau trận pháo kích.", "killed 2")]
    // Negatives: "others" after weapons that are lost are lost weapons; "others" wounded after the dead are wounded.
    [InlineData("id", "Sebanyak 138 drone ditembak jatuh dan 119 lainnya hilang dari radar.", "drones_downed 138; drones_downed 119")]
    [InlineData("id", "Dua tentara tewas dan tiga lainnya terluka dalam serangan itu.", "killed 2; injured 3")]
    public void OthersMissingAfterVictimsAreNoFigure(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);
}
