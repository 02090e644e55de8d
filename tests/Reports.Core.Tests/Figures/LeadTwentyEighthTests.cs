namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-eighth session, written for these tests (no evaluation text): weapons held in stock, in reserve, in service or
/// produced at a rate are no launch, in every language (data <c>supplied</c>, <c>rateAfter</c> past a weapon's type
/// name); interceptors ordered or delivered are no weapons downed (data <c>exclusions</c>); Spanish and French "de"
/// between two numbers is "of" (data <c>ofBetweenNumbers</c>).
/// </summary>
public sealed class LeadTwentyEighthTests
{
    [Theory]
    [InlineData("en", "Analysts say Moscow keeps a reserve of some 1,500 long-range drones for large raids.")]
    [InlineData("en", "About 800 cruise missiles are in stock, the intelligence service believes.")]
    [InlineData("de", "Nach Schätzungen lagern etwa 900 Marschflugkörper in russischen Depots.")]
    [InlineData("ru", "По оценкам экспертов, на складах находится около 1000 крылатых ракет.")]
    [InlineData("ru", "На вооружении армии остаются около 200 ракет ATACMS.")]
    [InlineData("uk", "За даними розвідки, на складах зберігаються близько 600 крилатих ракет.")]
    [InlineData("id", "Moskow diperkirakan menyimpan cadangan 1.500 drone jarak jauh.")]
    [InlineData("vi", "Các chuyên gia ước tính Moskva đang dự trữ khoảng 1.500 UAV tầm xa.")]
    [InlineData("ar", "وقال الحرس الثوري إنه أنتج أكثر من 1000 صاروخ هذا العام.")]
    [InlineData("fa", "به گفته کارشناسان، ایران حدود ۲۰۰۰ موشک بالستیک در اختیار دارد.")]
    public void WeaponsHeldInStockOrProduced_AreNoLaunch(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");

    [Theory]
    // A rate after the weapons' type name: the name is more of the count's phrase.
    [InlineData("de", "Russland stellt inzwischen rund 2.500 Drohnen vom Typ Geran-2 pro Monat her.")]
    [InlineData("ru", "Завод выпускает до 3 тысяч беспилотников «Герань» в месяц, сообщают СМИ.")]
    [InlineData("en", "The plant turns out about 300 drones of type Shahed per month.")]
    public void ARateAfterTheWeaponsTypeName_IsNoCount(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");

    [Theory]
    // The same weapons launched, with their type name, and no rate: a count as before.
    [InlineData("de", "Russland griff in der Nacht mit 60 Drohnen vom Typ Geran-2 an.", "drones_launched 60")]
    [InlineData("ru", "Ночью противник запустил 45 беспилотников «Герань» по Одессе.", "drones_launched 45")]
    public void ATypeNameWithNoRate_StaysACount(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("fr", "La Russie a lancé 85 drones dans la nuit, dont 60 ont été abattus. Kyiv a commandé 500 intercepteurs supplémentaires.")]
    [InlineData("es", "Rusia lanzó 85 drones durante la noche, de los cuales 60 fueron derribados. Kiev ha encargado 500 interceptores más.")]
    [InlineData("ru", "Россия запустила 85 дронов, 60 из них сбиты. Германия передаст Украине 500 ракет-перехватчиков.")]
    [InlineData("uk", "Росія запустила 85 дронів, 60 з них збито. Німеччина передасть Україні 500 ракет-перехоплювачів.")]
    [InlineData("ar", "أطلقت روسيا 85 مسيرة، أسقطت الدفاعات 60 منها. وستسلم ألمانيا 500 صاروخ اعتراضي لأوكرانيا.")]
    public void InterceptorsOrdered_AreNoWeaponsDowned(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "drones_launched 85; drones_downed 60");

    [Theory]
    [InlineData("es", "Israel intercepta cinco de seis misiles lanzados desde Yemen.")]
    [InlineData("fr", "Israël intercepte cinq de six missiles tirés depuis le Yémen.")]
    [InlineData("es", "El ejército interceptó 5 de 6 misiles.")]
    public void DeBetweenTwoNumbers_IsOf(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "missiles_downed 5; missiles_launched 6");

    [Theory]
    // "de" next to one number only is no "of": a change from one value to another, a date.
    [InlineData("es", "El número de misiles lanzados subió de 5 a 10.", "missiles_launched 5; missiles_launched 10")]
    [InlineData("es", "El 5 de mayo, Rusia lanzó 40 drones contra Járkov.", "drones_launched 40")]
    public void DeBesideOneNumber_IsNoOf(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // "One of them" is a count of one, as en "One of them died" and ru "Один из них скончался" were read already.
    [InlineData("es", "Tres personas resultaron heridas en el ataque. Una de ellas murió el viernes en el hospital.")]
    [InlineData("fr", "Trois personnes ont été blessées dans la frappe. L'un d'eux est mort à l'hôpital vendredi.")]
    [InlineData("de", "Drei Menschen wurden bei dem Angriff verletzt. Einer von ihnen starb am Freitag im Krankenhaus.")]
    [InlineData("vi", "Ba người bị thương trong cuộc tấn công. Một trong số họ đã tử vong tại bệnh viện hôm thứ Sáu.")]
    [InlineData("id", "Tiga orang terluka dalam serangan itu. Salah satu dari mereka meninggal di rumah sakit pada Jumat.")]
    [InlineData("en", "Three people were wounded in the strike. One of them died in hospital on Friday.")]
    public void OneOfThem_IsACountOfOne(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "injured 3; killed 1");

    [Theory]
    // A bare article is still no count ("Una persona murió", "Un civil a été tué").
    [InlineData("es", "Una persona murió en el ataque contra la ciudad.")]
    [InlineData("fr", "Un civil a été tué dans la frappe sur la ville.")]
    [InlineData("vi", "Một người thiệt mạng trong cuộc tấn công.")]
    public void ABareArticle_StaysNoCount(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");
}
