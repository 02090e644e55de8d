namespace Reports.Core.Tests.Figures;

/// <summary>
/// Twenty-seventh session, written for these tests (no evaluation text): people hurt whose breakdown counts dead among
/// them ("пострадали 14 человек, в том числе трое погибших") are casualties, killed and injured together, in every
/// language, as they were already when the dead were not counted; the dead are their killed part. Weapons sent with a
/// mark of a delivery in the sending verb's clause (an aid package, the front) are delivered, not launched; launchers
/// and what they carry are no launch.
/// </summary>
public sealed class LeadTwentySeventhTests
{
    [Theory]
    [InlineData("ru", "В результате удара по городу пострадали 14 человек, в том числе трое погибших.")]
    [InlineData("uk", "Внаслідок удару по місту постраждали 14 людей, серед них троє загиблих.")]
    [InlineData("ar", "أسفر القصف على المدينة عن 14 مصابا بينهم ثلاثة قتلى.")]
    [InlineData("es", "Catorce personas resultaron heridas en el ataque, entre ellas tres fallecidas.")]
    [InlineData("fr", "Quatorze personnes ont été blessées dans la frappe, dont trois mortellement.")]
    [InlineData("de", "Bei dem Angriff wurden 14 Menschen verletzt, darunter drei Tote.")]
    [InlineData("en", "Fourteen people were hurt in the strike, including three who later died in hospital.")]
    [InlineData("vi", "Vụ tấn công khiến 14 người bị thương, trong đó 3 người đã tử vong.")]
    [InlineData("id", "Sebanyak 14 orang terluka dalam serangan itu, termasuk tiga orang yang kemudian meninggal dunia.")]
    public void TheHurtWithCountedDeadAmongThem_AreCasualties(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "casualties 14; killed 3");

    [Theory]
    // A death told after the count ("three of them fatally") is a later outcome: the injured stay injured.
    [InlineData("en", "Fourteen people were wounded in the shelling, three of them fatally.", "injured 14; killed 3")]
    [InlineData("de", "Bei dem Angriff wurden 14 Menschen verletzt, drei von ihnen tödlich.", "injured 14; killed 3")]
    [InlineData("ru", "Ранения получили 14 человек, трое из них скончались в больнице.", "injured 14; killed 3")]
    // The dead after a killed and an injured count belong to the killed one: a round-up's parts.
    [InlineData("es", "La misión registró 150 civiles muertos y 700 heridos en el mes, entre ellos 12 niños fallecidos.", "killed 150; injured 700; killed 12")]
    [InlineData("en", "The mission recorded 150 civilians killed and 700 injured in the month, including 12 children killed.", "killed 150; injured 700; killed 12")]
    // Parts that are no dead leave the injured as they are; a killed count in its own clause is no part.
    [InlineData("ru", "В результате удара по городу пострадали 14 человек, в том числе трое детей.", "injured 14; injured 3")]
    [InlineData("en", "The attack wounded 14 people, including three children, and killed two others.", "injured 14; injured 3; killed 2")]
    [InlineData("uk", "Постраждали 14 людей. Серед загиблих троє дітей.", "injured 14; killed 3")]
    public void TheInjuredStay_WhenTheDeadAreNoBreakdownOfThem(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    [InlineData("en", "The administration is weighing sending about 300 more long-range missiles to Kyiv as part of a new aid package.")]
    [InlineData("en", "The charity has sent 9,000 drones to the front since last spring, its director said.")]
    [InlineData("en", "The White House is sending 300 more ATACMS and 1,500 Stinger missiles as part of a security assistance package.")]
    [InlineData("es", "Washington envió 250 misiles a Kiev como parte de un paquete de ayuda militar.")]
    [InlineData("fr", "Paris a envoyé 35 missiles à Kiev dans le cadre d'un nouveau paquet d'aide.")]
    [InlineData("de", "Berlin schickte 250 Drohnen nach Kiew im Rahmen eines neuen Hilfspakets.")]
    [InlineData("ru", "Волонтеры отправили на фронт 700 дронов за месяц.")]
    [InlineData("uk", "Фонд відправив на фронт 650 дронів за місяць.")]
    [InlineData("ar", "أرسلت واشنطن 250 صاروخا إلى كييف ضمن حزمة مساعدات عسكرية جديدة.")]
    [InlineData("fa", "واشنگتن ۲۵۰ موشک به کی‌یف ارسال کرد که بخشی از بسته کمک نظامی است.")]
    [InlineData("id", "Washington mengirim 250 rudal ke Kyiv sebagai bagian dari paket bantuan militer.")]
    [InlineData("vi", "Washington đã gửi 250 tên lửa cho Kiev trong gói viện trợ quân sự mới.")]
    public void WeaponsSentWithAMarkOfDelivery_AreNoLaunch(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");

    [Theory]
    // Without a mark of delivery a sending verb still launches.
    [InlineData("en", "Russia sent 85 drones against cities in the south overnight, the air force said.", "drones_launched 85")]
    [InlineData("es", "Rusia envió 85 drones contra ciudades del sur durante la noche.", "drones_launched 85")]
    [InlineData("ru", "Противник направил на область 85 беспилотников, сообщил губернатор.", "drones_launched 85")]
    // A launching verb of its own before the count is the count's, whatever the clause says of a package.
    [InlineData("en", "Russia launched 85 drones overnight at the depot storing the latest aid package.", "drones_launched 85")]
    public void WeaponsSentWithoutAMarkOfDelivery_AreLaunched(string code, string text, string expected) =>
        ExtractorHarness.AssertFigures(code, text, expected);

    [Theory]
    // Launchers and what they carry or hold are no launch.
    [InlineData("en", "A Patriot launcher holds four missiles, and each HIMARS launcher carries six rockets.")]
    [InlineData("uk", "Одна пускова установка несе до 12 ракет, пояснив військовий експерт у коментарі для видання.")]
    [InlineData("ar", "تحمل كل منصة إطلاق ما يصل إلى 12 صاروخا، بحسب الخبراء العسكريين.")]
    public void WhatALauncherCarries_IsNoLaunch(string code, string text) =>
        ExtractorHarness.AssertFigures(code, text, "");
}
